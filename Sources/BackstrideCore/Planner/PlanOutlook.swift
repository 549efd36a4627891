/// What lies beyond the plan: how it stands against the client's goal race, and how to carry on when it ends.
enum PlanOutlook {
    /// How the plan stands against a goal that names a distance. Readiness is judged by the long run: from the
    /// plan's longest recent run, growing at most 10% a week with an easier week after every three, until it
    /// reaches about 80% of the race (never more than 32 km), plus an easier race week.
    static func goal(_ profile: ClientProfile, weeks: [PlanWeek], baseline: RunnerBaseline) -> GoalOutlook? {
        guard let text = profile.running.goal, let km = GoalDistance.kilometres(in: text), let end = weeks.last?.end else { return nil }
        let toUnits = { (km: Double) in baseline.units == .km ? km : km / DistanceUnit.kilometresPerMile }
        let need = baseline.roundDown(toUnits(min(km * ProgressionRules.goalLongRunShare, ProgressionRules.goalLongRunCapKilometres)))
        let longest = longestRun(in: weeks.suffix(2), baseline: baseline)
        let readyBy = end.adding(days: 7 * (weeksToGrow(from: longest, to: need) + ProgressionRules.goalTaperWeeks))
        var outlook = GoalOutlook(goal: text, distance: (toUnits(km) * 10).rounded() / 10, date: profile.running.goalDate,
                                  status: .noDate, neededLongRun: need, readyBy: readyBy, weeksAfterPlan: nil)
        guard let date = profile.running.goalDate else { return outlook }
        if date <= end {
            let before = weeks.filter { $0.start <= date }
            outlook.status = longestRun(in: before.suffix(4), baseline: baseline) >= need ? .insidePlan : .unrealistic
        } else {
            outlook.weeksAfterPlan = end.days(until: date) / 7
            outlook.status = readyBy <= date ? .afterPlan : .unrealistic
        }
        return outlook
    }

    /// The longest run of some weeks; a walk-run week counts as the running it holds.
    static func longestRun(in weeks: some Collection<PlanWeek>, baseline: RunnerBaseline) -> Double {
        weeks.flatMap(\.runs).map { run in
            if let i = run.intervals { return Double(i.runMinutes * i.repeats) * baseline.pace }
            return run.distance ?? 0
        }.max() ?? 0
    }

    /// Weeks, easier weeks included, for a long run to grow from `from` to `to` at the safe rate.
    static func weeksToGrow(from: Double, to: Double) -> Int {
        guard to > from else { return 0 }
        var run = max(from, 0.5)
        var growing = 0
        while run < to {
            run *= 1 + ProgressionRules.singleRunIncreaseCap
            growing += 1
        }
        return growing + growing / (ProgressionRules.cutbackEvery - 1)
    }

    static func after(_ weeks: [PlanWeek], baseline: RunnerBaseline) -> AfterPlan? {
        guard let last = weeks.last else { return nil }
        // An easier last week is not where running carries on from: the week before it is.
        let from = weeks.last { !$0.cutback } ?? last
        var strength: [String] = []
        for session in last.days.flatMap(\.sessions) where session.kind == .strength {
            for e in session.exercises where !strength.contains(e.id) { strength.append(e.id) }
        }
        return AfterPlan(weeklyVolume: from.volume, longestRun: baseline.roundDown(longestRun(in: weeks.suffix(4), baseline: baseline)),
                         strength: strength, stillWalkRun: last.runs.contains { $0.kind == .walkRun })
    }
}
