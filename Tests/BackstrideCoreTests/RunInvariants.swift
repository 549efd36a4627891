import BackstrideCore

/// The rules for single runs: the 30-day single-run rule, the settle-phase pain limit, minutes, long runs, jogs by
/// time, walk-run spacing and ladder, and cadence targets.
enum RunInvariants {
    /// - Parameter followUp: a plan re-planned from a log may repeat or step back a walk-run step, so the ladder's
    ///   order is not checked; every rule for single runs still is.
    static func violations(_ plan: Plan, _ profile: ClientProfile, _ facts: PlanFacts, followUp: Bool = false) -> [String] {
        var broken: [String] = []
        func fail(_ s: String) { broken.append(s) }
        var history: [(date: CalendarDate, distance: Double)] = []
        if let before = facts.runBeforePlan, let monday = plan.weeks.first?.start { history.append((monday.adding(days: -1), before)) }
        var lastWalkRunDate: CalendarDate?
        var ladder: [(step: Int, week: PlanWeek)] = []
        var lastWalkRunning: Double?
        var sawContinuous = false
        let tolerance = 1e-6
        for week in plan.weeks {
            let w = "week \(week.number)"
            let long = week.runs.first { $0.long == true }
            for day in week.days {
                for run in day.sessions where run.isRun {
                    let d = day.date
                    if let i = run.intervals {
                        if let last = lastWalkRunDate, last.days(until: d) < 2 { fail("\(w): walk-run on consecutive days \(last) and \(d)") }
                        lastWalkRunDate = d
                        guard let step = ProgressionRules.walkRunLadder.firstIndex(where: { $0 == (i.walkMinutes, i.runMinutes) }) else {
                            fail("\(w): walk-run \(i.walkMinutes)/\(i.runMinutes) is not on the ladder")
                            continue
                        }
                        ladder.append((step, week))
                        if run.minutes ?? 0 > profile.schedule.minutes { fail("\(w): a walk-run of \(run.minutes ?? 0) min, over the client's minutes") }
                        if run.cadence != nil { fail("\(w): a cadence target on walk-run") }
                        let running = Double(i.runMinutes * i.repeats) * facts.pace
                        lastWalkRunning = running
                        history.append((d, running))
                        continue
                    }
                    // A jog by time counts as its minutes at easy pace.
                    let distance = run.byTime == true ? Double(run.minutes ?? 0) * facts.pace : run.distance ?? 0
                    let window = history.filter { $0.date >= d.adding(days: -ProgressionRules.singleRunWindowDays) && $0.date < d }
                    if let longest = window.map(\.distance).max(), distance > longest * (1 + ProgressionRules.singleRunIncreaseCap) + tolerance {
                        fail("\(w): a \(distance) run on \(d) is more than 10% over the longest of the last 30 days (\(longest))")
                    }
                    if !sawContinuous, let walk = lastWalkRunning, distance > walk * (1 + ProgressionRules.singleRunIncreaseCap) + tolerance {
                        fail("\(w): the first continuous run \(distance) is longer than the last walk-run's running \(walk)")
                    }
                    sawContinuous = true
                    if week.phase == .settle, let limit = facts.painLimit, distance > limit + tolerance {
                        fail("\(w): a \(distance) run while settling, past the pain limit \(limit)")
                    }
                    if d.weekday != profile.schedule.longRunDay, distance > Double(profile.schedule.minutes) * facts.pace + tolerance {
                        fail("\(w): a \(distance) run does not fit \(profile.schedule.minutes) min")
                    }
                    if run.byTime == true {
                        if run.minutes == nil { fail("\(w): a jog by time without minutes") }
                        if run.long == true { fail("\(w): a jog by time called a long run") }
                    } else if distance < facts.minimumRun - tolerance {
                        fail("\(w): a \(distance) run is shorter than the \(facts.minimumRun) minimum and not a jog by time")
                    }
                    if let long, run.long != true, distance > (long.distance ?? 0) + tolerance { fail("\(w): an easy run longer than the long run") }
                    if let c = run.cadence {
                        if run.long == true { fail("\(w): a cadence target on the long run") }
                        if c > ProgressionRules.cadenceCap { fail("\(w): cadence \(c) over the cap") }
                    }
                    history.append((d, distance))
                }
            }
            if let long, week.runs.count >= 3, let d = long.distance, d > week.volume * ProgressionRules.longRunShare + facts.step + tolerance {
                fail("\(w): long run \(d) is more than a third of \(week.volume)")
            }
            for day in week.days where day.sessions.contains(where: { $0.long == true }) && day.weekday != profile.schedule.longRunDay {
                fail("\(w): long run on \(day.weekday), not \(profile.schedule.longRunDay)")
            }
        }
        if !followUp { broken += walkRunLadder(ladder) }
        broken += cadence(plan, profile)
        return broken
    }

    /// Steps never go down, each is done at least twice before the next, and an easier week never moves up.
    static func walkRunLadder(_ sessions: [(step: Int, week: PlanWeek)]) -> [String] {
        var broken: [String] = []
        var count = 0
        for (i, s) in sessions.enumerated() {
            guard i > 0 else { count = 1; continue }
            let before = sessions[i - 1]
            if s.step < before.step { broken.append("week \(s.week.number): walk-run steps down") }
            if s.step > before.step {
                if count < ProgressionRules.walkRunRepeatsPerStep { broken.append("week \(s.week.number): walk-run step done only \(count) time(s) before the next") }
                if s.week.cutback { broken.append("week \(s.week.number): an easier week moves up the walk-run ladder") }
                if s.step > before.step + 1 { broken.append("week \(s.week.number): walk-run skips a step") }
                count = 1
            } else {
                count += 1
            }
        }
        return broken
    }

    static func cadence(_ plan: Plan, _ profile: ClientProfile) -> [String] {
        let runs = plan.weeks.flatMap(\.runs)
        let targets = runs.compactMap(\.cadence)
        var broken: [String] = []
        let called = profile.has(.overstriding) || profile.has(.heelStriking) || (profile.running.cadence.map { $0 < ProgressionRules.cadenceThreshold } ?? false)
        if !targets.isEmpty, !called { broken.append("cadence targets with no finding behind them") }
        if plan.weeks.first?.runs.contains(where: { $0.cadence != nil }) == true { broken.append("week 1 has a cadence target") }
        if !targets.isEmpty, !plan.notes.contains("cadence_counting") { broken.append("cadence targets without how to count steps") }
        return broken
    }
}
