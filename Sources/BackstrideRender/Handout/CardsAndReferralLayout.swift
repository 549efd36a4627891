import BackstrideCore

extension HandoutLayout {
    /// Every exercise of the plan once: diagram, dose in each phase it is used, cues, the common mistake
    /// and why it is in this plan. A card never splits across pages.
    func exerciseCards(_ pages: inout PageSet, ids: [String]? = nil) {
        let ids = ids ?? plan.exerciseIds
        guard !ids.isEmpty else { return }
        pages.newPage(bookmark: wording.phrase("outline", "exercises"))
        flow.place([.title(wording.phrase("cards", "title"))], on: &pages)
        let labels = CardLabels(mistake: wording.phrase("cards", "mistake"), stop: wording.phrase("cards", "stop"))
        let cardLayout = ExerciseCardLayout(engine: engine, typography: typography)
        let cards = ids.compactMap { id -> (items: [PageItem], height: Double)? in
            guard let exercise = library[id] else { return nil }
            var doses: [(String, String)] = []
            var why: [Weakness] = []
            for phase in Phase.allCases {
                let used = plan.weeks.filter { $0.phase == phase }.flatMap(\.days).flatMap(\.sessions).flatMap(\.exercises).filter { $0.id == id }
                guard let first = used.first else { continue }
                // The dose of the phase's main sessions, not of a warm-up, when both occur.
                let dose = used.max { $0.dosage.estimatedSeconds < $1.dosage.estimatedSeconds } ?? first
                doses.append((wording.phrase("phases", phase.rawValue), wording.words(dose.dosage)))
                for w in first.why where !why.contains(w) { why.append(w) }
            }
            let reasons = why.isEmpty ? wording.phrase("cards", "general") : why.map { wording.phrase("finding_names", $0.rawValue) }.joined(separator: ", ")
            let content = ExerciseCardContent(dosageLines: doses, whyLabel: wording.phrase("cards", "why"), why: reasons, labels: labels)
            return cardLayout.layout(exercise, content, width: pages.width)
        }
        pages.placeCards(cards)
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
        let context: [String: Any] = [
            "clientName": plan.client, "selfGuided": plan.selfGuided, "signs": signs, "hasContext": !history.isEmpty, "context": history,
            "emergency": level == .emergency, "urgent": level == .urgent, "routine": level == .routine,
        ]
        flow.place(wording.blocks("referral", context) + [.figure("red-flag-box")], on: &pages)
    }
}
