import BackstrideCore

extension HandoutLayout {
    /// Every exercise of the plan once: diagram, dose in each phase it is used, cues, the common mistake
    /// and why it is in this plan. A card never splits across pages.
    func exerciseCards(_ pages: inout PageSet, ids: [String]) {
        guard !ids.isEmpty else { return }
        pages.newPage(bookmark: wording.phrase("outline", "exercises"))
        flow.place([.title(wording.phrase("cards", "title"))], on: &pages)
        let labels = CardLabels(mistake: wording.phrase("cards", "mistake"), stop: wording.phrase("cards", "stop"))
        let cardLayout = ExerciseCardLayout(engine: engine, typography: typography)
        let cards = ids.compactMap { id -> (items: [PageItem], height: Double)? in
            guard let exercise = library[id] else { return nil }
            let content = ExerciseCardContent(dosageLines: doseByWeek(id), whyLabel: wording.phrase("cards", "why"), why: reasons(id),
                                              labels: labels, guidance: guidance(exercise))
            return cardLayout.layout(exercise, content, width: pages.width)
        }
        pages.placeCards(cards)
    }

    /// The dose week by week, weeks with the same dose together ("Weeks 1-2"): the plan steps doses up weekly.
    /// A week's dose is its main session's, not a warm-up's, when both occur.
    func doseByWeek(_ id: String) -> [(String, String)] {
        var runs: [(from: Int, to: Int, dose: String)] = []
        for week in weeksAhead {
            let used = week.days.flatMap(\.sessions).flatMap(\.exercises).filter { $0.id == id }
            guard let dose = used.max(by: { $0.dosage.estimatedSeconds < $1.dosage.estimatedSeconds }) else { continue }
            let text = wording.words(dose.dosage, held: library[id]?.pose.hold ?? true)
            if let last = runs.last, last.dose == text, last.to == week.number - 1 {
                runs[runs.count - 1].to = week.number
            } else {
                runs.append((week.number, week.number, text))
            }
        }
        return runs.map { r in
            (r.from == r.to ? wording.phrase("cards", "week", ["number": r.from]) : wording.phrase("cards", "weeks", ["from": r.from, "to": r.to]), r.dose)
        }
    }

    /// The client's findings the exercise works on, or what it is for when it is not for a finding.
    func reasons(_ id: String) -> String {
        let prescribed = weeksAhead.flatMap(\.days).flatMap(\.sessions).flatMap(\.exercises).filter { $0.id == id }
        var why: [Weakness] = []
        for w in prescribed.flatMap(\.why) where !why.contains(w) { why.append(w) }
        return why.isEmpty ? wording.phrase("cards", "general") : why.map { wording.phrase("finding_names", $0.rawValue) }.joined(separator: ", ")
    }

    /// How hard to work (strength work only), how to choose the band, weight or step, and the test for moving on.
    func guidance(_ e: Exercise) -> [String] {
        var lines: [String] = []
        if e.isStrengthWork {
            let holds = e.dosage.allSatisfy { $0.reps == nil }
            lines.append(wording.phrase("cards", holds ? "effort_hold" : "effort_reps"))
        }
        if let load = e.load { lines.append(wording.phrase("cards", "load", ["load": load])) }
        if let test = e.moveOn { lines.append(wording.phrase("cards", "move_on", ["test": test])) }
        return lines
    }

    /// For a withheld plan: what to do and how soon (emergency now, urgent today, routine this week), the signs
    /// reported, when to go, what to bring and what to tell the doctor.
    func referral(_ pages: inout PageSet) {
        pages.newPage(bookmark: wording.phrase("outline", "referral"))
        clinicHeader(&pages)
        let level = plan.screening.level
        // Each reason names its sign; an emergency sign is named alone, since the page explains cauda equina once.
        let signs = plan.screening.warnings.map { $0.level == .emergency ? wording.phrase("signs", $0.sign) + "." : $0.reason }
        let history = historyItems()
        // A referral at a follow-up speaks to someone already on the plan: stop and get checked before going on.
        var context: [String: Any] = [
            "clientName": plan.client, "selfGuided": plan.selfGuided, "signs": signs, "hasContext": !history.isEmpty, "context": history,
            "emergency": level == .emergency, "urgent": level == .urgent, "routine": level == .routine, "started": !profile.log.isEmpty,
        ]
        if let clinician = profile.clinician { context["clinician"] = clinician }
        flow.place(wording.blocks("referral", context) + [.figure("red-flag-box")], on: &pages)
    }
}
