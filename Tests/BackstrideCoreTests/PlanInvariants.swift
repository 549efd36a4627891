import BackstrideCore

/// Every rule the plan compiler promises, checked on a compiled plan. Returns the broken ones, in words.
enum PlanInvariants {
    static func violations(_ plan: Plan, _ profile: ClientProfile, _ library: ExerciseLibrary) -> [String] {
        var broken: [String] = []
        func fail(_ s: String) { broken.append(s) }
        let step = profile.units == .km ? ProgressionRules.roundingKilometres : ProgressionRules.roundingMiles
        let screening = Screener.screen(profile, today: plan.today)
        if plan.withheld != screening.withheld { fail("withheld differs from screening") }
        if plan.withheld {
            if !plan.weeks.isEmpty { fail("a withheld plan has weeks") }
            return broken
        }
        if plan.weeks.count != profile.schedule.weeks { fail("has \(plan.weeks.count) weeks, not \(profile.schedule.weeks)") }
        let findings = profile.weaknesses.map(\.weakness).filter(\.isHandledByExercise)
        var highest = 0.0
        var previous: PlanWeek?
        var allDays: [PlanDay] = []
        for week in plan.weeks {
            let w = "week \(week.number)"
            if week.days.map(\.weekday) != Weekday.allCases { fail("\(w): days are not Monday to Sunday") }
            for (i, day) in week.days.enumerated() where day.date != week.start.adding(days: i) || day.date.weekday != day.weekday {
                fail("\(w): \(day.date) is misplaced")
            }
            allDays += week.days
            let runs = week.days.flatMap(\.sessions).filter(\.isRun)
            let walkRun = runs.contains { $0.kind == .walkRun }
            let volume = runs.compactMap(\.distance).reduce(0, +)
            if abs(volume - week.volume) > step + 1e-6 { fail("\(w): volume \(week.volume) but runs add to \(volume)") }
            // The 10% cap governs continuous running; the walk-run ladder has its own steps.
            if !walkRun, highest > 0, previous.map({ !$0.days.flatMap(\.sessions).contains { $0.kind == .walkRun } }) == true,
               week.volume > highest * (1 + ProgressionRules.weeklyIncreaseCap) + step + 1e-6 {
                fail("\(w): volume \(week.volume) is more than 10% over the highest week \(highest)")
            }
            if week.cutback, let previous, !walkRun, week.volume > previous.volume * 0.8 + 1e-6 {
                fail("\(w): cutback week \(week.volume) is not 70-80% of \(previous.volume)")
            }
            if week.cutback, week.number % 3 != 0 && week.number % 4 != 0 { fail("\(w): cutback not in a 3rd or 4th week") }
            if !walkRun { highest = max(highest, week.volume) }
            if runs.count > profile.running.runsPerWeek { fail("\(w): \(runs.count) runs, more than runs_per_week") }
            if runs.count >= 3, let long = runs.first(where: { $0.long == true })?.distance,
               long > week.volume * ProgressionRules.longRunShare + step + 1e-6 {
                fail("\(w): long run \(long) is more than a third of \(week.volume)")
            }
            for day in week.days where day.sessions.contains(where: { $0.long == true }) && day.weekday != profile.schedule.longRunDay {
                fail("\(w): long run on \(day.weekday), not \(profile.schedule.longRunDay)")
            }
            if !week.days.contains(where: \.isRestDay) { fail("\(w): no rest day") }
            for day in week.days where day.sessions.contains(where: \.isTraining) {
                if !profile.schedule.days.contains(day.weekday) { fail("\(w): training on unavailable \(day.weekday)") }
                if day.date < profile.schedule.start { fail("\(w): training before the start") }
            }
            let exercises = week.days.flatMap(\.sessions).flatMap(\.exercises)
            for finding in findings where !exercises.contains(where: { $0.why.contains(finding) }) {
                fail("\(w): nothing addresses \(finding.rawValue)")
            }
            for e in exercises {
                guard let ex = library[e.id] else { fail("\(w): unknown exercise \(e.id)"); continue }
                if !ex.isPossible(with: profile.equipment) { fail("\(w): \(e.id) needs equipment the client lacks") }
                if !Set(e.why).isSubset(of: Set(findings)) { fail("\(w): \(e.id) claims findings the client does not have") }
                if findings.isEmpty == false, e.why.isEmpty { fail("\(w): \(e.id) says no finding it addresses") }
            }
            for session in week.days.flatMap(\.sessions) where session.kind == .strength || session.kind == .mobility {
                // Warm-ups before runs may come from any phase; the sessions' main work must suit this one.
                for e in session.exercises where library[e.id].map({ !$0.phases.contains(week.phase) }) ?? false {
                    fail("\(w): \(e.id) is not for the \(week.phase) phase")
                }
                let seconds = session.exercises.reduce(0) { $0 + $1.dosage.estimatedSeconds }
                if seconds > profile.schedule.minutes * 60 { fail("\(w): a \(session.kind) session takes \(seconds) s, over \(profile.schedule.minutes) min") }
                if session.kind == .strength, !ProgressionRules.exercisesPerStrengthSession.contains(session.exercises.count),
                   session.exercises.count > 4 { fail("\(w): strength session with \(session.exercises.count) exercises") }
            }
            let strengthDays = week.days.filter { $0.sessions.contains { $0.kind == .strength } }
            if strengthDays.count > ProgressionRules.strengthSessionsPerWeek.upperBound { fail("\(w): \(strengthDays.count) strength days") }
            if week.number == 1, week.days.flatMap(\.sessions).contains(where: { $0.cadence != nil }) { fail("week 1 has a cadence target") }
            for session in runs { if let c = session.cadence, c > ProgressionRules.cadenceCap { fail("\(w): cadence \(c) over the cap") } }
            previous = week
        }
        for (a, b) in zip(allDays, allDays.dropFirst()) {
            if a.isHard && b.isHard { fail("hard days back to back: \(a.date) and \(b.date)") }
            if a.sessions.contains(where: { $0.kind == .strength }) && b.sessions.contains(where: { $0.kind == .strength }) {
                fail("strength on consecutive days: \(a.date) and \(b.date)")
            }
        }
        return broken
    }
}
