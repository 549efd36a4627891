import BackstrideCore

/// The rules for exercises: every finding worked on every week, what a client may do (equipment, phase, flare
/// safety, symptoms), sessions of 2-4 different exercises, few exercises a week, and chains one step at a time.
enum ExerciseInvariants {
    static func violations(_ plan: Plan, _ profile: ClientProfile, _ library: ExerciseLibrary, _ facts: PlanFacts) -> [String] {
        var broken: [String] = []
        func fail(_ s: String) { broken.append(s) }
        let findings = facts.findings
        let phases = plan.weeks.map(\.phase)
        var flareSafeWeeks = Set(phases.indices.filter { phases[$0] == .settle })
        if profile.symptoms.pain >= ProgressionRules.flareSafeOnlyFromPain, let last = flareSafeWeeks.max() { flareSafeWeeks.insert(last + 1) }
        let nerve = profile.symptoms.signs.contains(.legNumbness) || profile.symptoms.signs.contains(.radiatingLegPain)
        let pattern = Set(profile.symptoms.pattern)
        let flexion = !pattern.isDisjoint(with: [.sitting, .bending, .lifting])
        let extension_ = !pattern.isDisjoint(with: [.standing, .walking, .arching])
        var previousIds: Set<String> = []
        for (index, week) in plan.weeks.enumerated() {
            let w = "week \(week.number)"
            let sessions = week.days.flatMap(\.sessions)
            let exercises = sessions.flatMap(\.exercises)
            for finding in findings where !exercises.contains(where: { $0.why.contains(finding) }) {
                fail("\(w): nothing addresses \(finding.rawValue)")
            }
            if findings.isEmpty, !exercises.contains(where: { $0.purpose == .base }) { fail("\(w): no findings and no strength base") }
            // Exercises to learn: a run's warm-up the client already did in an earlier week is not one.
            let warmUps = Set(sessions.filter(\.isRun).flatMap(\.exercises).map(\.id))
            let mainWork = Set(sessions.filter { !$0.isRun }.flatMap(\.exercises).map(\.id))
            let ids = Set(exercises.map(\.id)).filter { !(warmUps.contains($0) && !mainWork.contains($0) && previousIds.contains($0)) }
            // An exercise the "why" line says moved on is printed that week only as the warm-up, and the line says so.
            for step in week.changes where step.kind == .exerciseStep {
                guard let from = step.from else { continue }
                if mainWork.contains(from) { fail("\(w): \(from) moved on but is still in a session") }
                let said = week.changes.contains { $0.kind == .warmUpKept && $0.to == from }
                if warmUps.contains(from) != said { fail("\(w): \(from) moved on; warm-up \(warmUps.contains(from)), said \(said)") }
            }
            // More only when every finding needs its own exercise, with a strength session of two and a warm-up.
            let cap = max(index == 0 ? ProgressionRules.exercisesInFirstWeek : ProgressionRules.exercisesPerWeek,
                          findings.count + ProgressionRules.exercisesPerStrengthSession.lowerBound + 1)
            if ids.count > cap { fail("\(w): \(ids.count) different exercises, more than \(cap)") }
            if index > 0, ids.subtracting(previousIds).count > ProgressionRules.newExercisesPerWeek + 1 {
                fail("\(w): \(ids.subtracting(previousIds).count) new exercises")
            }
            for e in exercises {
                guard let ex = library[e.id] else { fail("\(w): unknown exercise \(e.id)"); continue }
                if !ex.isPossible(with: profile.equipment) { fail("\(w): \(e.id) needs equipment the client lacks") }
                if !Set(e.why).isSubset(of: Set(findings)) { fail("\(w): \(e.id) claims findings the client does not have") }
                if e.why.isEmpty, e.purpose == nil { fail("\(w): \(e.id) says no finding it addresses and no purpose") }
                if flareSafeWeeks.contains(index), !ex.flareSafe { fail("\(w): \(e.id) is not flare-safe") }
                if nerve, ex.tags.contains(.nerveTension) { fail("\(w): \(e.id) stretches the nerve for a client with leg symptoms") }
                if week.phase == .settle, flexion, ex.tags.contains(.spinalFlexion) { fail("\(w): \(e.id) bends a flexion-sore back while settling") }
                if week.phase == .settle, extension_, ex.tags.contains(.spinalExtension) { fail("\(w): \(e.id) arches an extension-sore back while settling") }
            }
            for session in sessions where session.kind == .strength || session.kind == .mobility {
                // Warm-ups before runs may come from any phase; the sessions' main work must suit this one.
                for e in session.exercises where library[e.id].map({ !$0.phases.contains(week.phase) }) ?? false {
                    fail("\(w): \(e.id) is not for the \(week.phase) phase")
                }
                let seconds = session.exercises.reduce(0) { $0 + $1.dosage.estimatedSeconds }
                if seconds > profile.schedule.minutes * 60 { fail("\(w): a \(session.kind) session takes \(seconds) s, over \(profile.schedule.minutes) min") }
                let sessionIds = session.exercises.map(\.id)
                if Set(sessionIds).count != sessionIds.count { fail("\(w): an exercise twice in one session") }
                for a in sessionIds { for b in sessionIds where easierSteps(of: a, library).contains(b) {
                    fail("\(w): \(a) and its easier step \(b) in one session")
                } }
                if session.kind == .strength, session.exercises.count > ProgressionRules.exercisesPerStrengthSession.upperBound {
                    fail("\(w): strength session with \(session.exercises.count) exercises")
                }
            }
            previousIds.formUnion(exercises.map(\.id))
        }
        return broken
    }

    /// Every exercise below `id` along its regressions.
    static func easierSteps(of id: String, _ library: ExerciseLibrary) -> [String] {
        var steps: [String] = []
        var current = library[id]
        while let next = current?.regression, !steps.contains(next) {
            steps.append(next)
            current = library[next]
        }
        return steps
    }
}
