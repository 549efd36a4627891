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
                doses.append((wording.phrase("phases", phase.rawValue), dose.dosage.description))
                for w in first.why where !why.contains(w) { why.append(w) }
            }
            let reasons = why.isEmpty ? wording.phrase("cards", "general") : why.map { wording.phrase("finding_names", $0.rawValue) }.joined(separator: ", ")
            let content = ExerciseCardContent(dosageLines: doses, whyLabel: wording.phrase("cards", "why"), why: reasons, labels: labels)
            return cardLayout.layout(exercise, content, width: pages.width)
        }
        pages.placeCards(cards)
    }

    /// For a withheld plan: emergency or see-a-doctor advice, the signs reported, what to tell the doctor.
    func referral(_ pages: inout PageSet) {
        pages.newPage(bookmark: wording.phrase("outline", "referral"))
        clinicHeader(&pages)
        let signs = plan.screening.findings.map { ["text": wording.phrase("signs", $0.sign), "reason": $0.reason] }
        let context: [String: Any] = [
            "clientName": plan.client, "emergency": plan.screening.level == .emergency, "selfGuided": plan.selfGuided, "signs": signs,
        ]
        flow.place(wording.blocks("referral", context), on: &pages)
        let height = redFlagBox(x: pages.left, y: 0, width: pages.width).height
        pages.ensure(height + typography.gap)
        pages.y += typography.gap
        let box = redFlagBox(x: pages.left, y: pages.y, width: pages.width)
        pages.add(box.items)
        pages.y += box.height
    }
}
