import BackstrideCore

extension HandoutLayout {
    /// What a phase (on the overview) or a week (on its page) is about, built only from what those weeks hold:
    /// no words about mobility, drills or new exercises the printed plan does not contain. The plan compiler
    /// changes what plans hold, so the words follow the plan rather than the phase's name.
    /// A week's page has room for the aim and the running only (`brief`); the overview says the rest.
    func focusText(_ weeks: [PlanWeek], phase: Phase, brief: Bool = false) -> String {
        let days = weeks.flatMap(\.days).filter { !$0.sessions.isEmpty }
        let sessions = days.flatMap(\.sessions)
        var parts: [String] = []
        if weeks.count == 1, weeks[0].cutback {
            parts.append(wording.phrase("focus", "cutback"))
            if brief { return parts.joined(separator: " ") }
        }
        parts.append(wording.phrase("focus", phase.rawValue))
        if sessions.contains(where: { $0.kind == .walkRun }) {
            parts.append(wording.phrase("focus", "walk_run"))
        } else if sessions.contains(where: { $0.kind == .run }) {
            parts.append(wording.phrase("focus", phase == .settle ? "easy_runs" : "chat_pace"))
        } else {
            parts.append(wording.phrase("focus", "no_running", ["contact": contact]))
        }
        if brief { return parts.joined(separator: " ") }
        if sessions.contains(where: { $0.kind == .crossTrain }) { parts.append(wording.phrase("focus", "cross_train")) }
        let mobilityDays = days.filter { $0.sessions.contains { $0.kind == .mobility && !$0.exercises.isEmpty } }.count
        if mobilityDays > 0 { parts.append(wording.phrase("focus", mobilityDays == days.count ? "mobility_daily" : "mobility_some")) }
        let strengthCounts = Set(weeks.filter { !$0.cutback || weeks.count == 1 }
            .map { $0.days.flatMap(\.sessions).filter { $0.kind == .strength }.count }.filter { $0 > 0 })
        if let low = strengthCounts.min(), let high = strengthCounts.max() {
            parts.append(wording.phrase("focus", "strength", ["count": low == high ? "\(low)" : "\(low) or \(high)"]))
        }
        if sessions.filter(\.isRun).flatMap(\.exercises).contains(where: { library[$0.id]?.category == .runningForm }) {
            parts.append(wording.phrase("focus", "drills"))
        }
        let new = newExercises(in: weeks)
        if !new.isEmpty { parts.append(wording.phrase("focus", "new", ["list": new.joined(separator: ", ")])) }
        return parts.joined(separator: " ")
    }

    /// Names of exercises that first appear in these weeks, when earlier weeks of the plan exist to compare with.
    func newExercises(in weeks: [PlanWeek]) -> [String] {
        guard let first = weeks.first?.number, first > 1 else { return [] }
        let before = Set(plan.weeks.filter { $0.number < first }.flatMap(\.days).flatMap(\.sessions).flatMap(\.exercises).map(\.id))
        var names: [String] = []
        for e in weeks.flatMap(\.days).flatMap(\.sessions).flatMap(\.exercises) where !before.contains(e.id) {
            let name = library[e.id]?.name ?? e.id
            if !names.contains(name) { names.append(name) }
        }
        return names
    }
}
