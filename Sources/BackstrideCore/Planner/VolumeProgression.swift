/// How a week's running is done: walk-run intervals at a ladder step, or continuous runs.
public enum RunMode: Equatable, Sendable {
    case walkRun(step: Int)
    case continuous
}

/// One week's running target before it is split into runs.
public struct WeeklyTarget: Equatable, Sendable {
    public var mode: RunMode
    /// Target volume in the plan's units (for walk-run weeks, an estimate from minutes).
    public var volume: Double
    public var cutback: Bool
}

/// The weekly running volume rules: start scaled by pain, at most 10% over the highest week so far,
/// a cutback week every 3rd or 4th week, never above what the goal needs.
struct VolumeProgression {
    let profile: ClientProfile
    let units: DistanceUnit

    var step: Double { units == .km ? ProgressionRules.roundingKilometres : ProgressionRules.roundingMiles }

    func roundDown(_ value: Double) -> Double { (value / step + 1e-9).rounded(.down) * step }

    var startsWithWalkRun: Bool {
        profile.running.weekly.value == 0 || profile.symptoms.pain > ProgressionRules.moderatePainUpTo
    }

    var cutbackEvery: Int {
        profile.has(.trainingLoad) ? ProgressionRules.cutbackEveryWithTrainingLoad : ProgressionRules.cutbackEvery
    }

    func isCutback(week number: Int) -> Bool { number % cutbackEvery == 0 }

    /// Distance of one walk-run or easy continuous session of `minutes`, in the plan's units.
    func estimate(runMinutes: Double, walkMinutes: Double) -> Double {
        let km = runMinutes / 60 * ProgressionRules.easyRunSpeed + walkMinutes / 60 * ProgressionRules.walkSpeed
        return units == .km ? km : km / DistanceUnit.kilometresPerMile
    }

    var goalCap: Double? {
        guard let goal = profile.running.goal, let km = GoalDistance.kilometres(in: goal) else { return nil }
        let need = km * ProgressionRules.goalWeeklyMultiple
        return units == .km ? need : need / DistanceUnit.kilometresPerMile
    }

    /// Targets for every week; `runsPerWeek[i]` is the number of runs week i will have, `withLong[i]`
    /// whether one of them is a long run. Volumes are what the split runs add up to, so the caps hold
    /// for what the client actually runs.
    func targets(weeks: Int, runsPerWeek: [Int], withLong: [Bool]) -> [WeeklyTarget] {
        var result: [WeeklyTarget] = []
        /// The highest continuous week so far: what the 10% cap counts from.
        var highest = 0.0
        var walkRun = startsWithWalkRun
        var ladderStep = 0
        var sessionsAtStep = 0
        var firstContinuous: Double?
        let current = profile.running.weekly.converted(to: units)
        let keep = profile.symptoms.pain <= ProgressionRules.lowPainUpTo ? ProgressionRules.lowPainKeep : ProgressionRules.moderatePainKeep
        let loadCut = profile.has(.trainingLoad) ? 1 - ProgressionRules.trainingLoadStartCut : 1

        for index in 0..<weeks {
            let cutback = index > 0 && isCutback(week: index + 1)
            let runs = runsPerWeek[index]
            guard runs > 0 else {
                // A first week that starts after the last free day: nothing to run yet.
                result.append(WeeklyTarget(mode: walkRun ? .walkRun(step: ladderStep) : .continuous, volume: 0, cutback: false))
                continue
            }
            if walkRun {
                let ladder = ProgressionRules.walkRunLadder[ladderStep]
                let cycles = cutback ? ProgressionRules.walkRunCycles - 2 : ProgressionRules.walkRunCycles
                // Rounded per session, as the sessions will print it, so the week's total is what the client does.
                let volume = roundDown(estimate(runMinutes: Double(ladder.run * cycles), walkMinutes: Double(ladder.walk * cycles))) * Double(runs)
                result.append(WeeklyTarget(mode: .walkRun(step: ladderStep), volume: volume, cutback: cutback))
                // A step moves on only after it has been done at least twice, and never from a cutback week.
                sessionsAtStep += runs
                if !cutback, sessionsAtStep >= ProgressionRules.walkRunRepeatsPerStep {
                    sessionsAtStep = 0
                    ladderStep += 1
                    walkRun = ladderStep < ProgressionRules.walkRunLadder.count
                }
                continue
            }
            var volume: Double
            let started = result.contains { $0.volume > 0 }
            if let first = firstContinuous {
                let cap = max(goalCap ?? (current > 0 ? current : .infinity), first)
                // After a cutback week, return to the highest week so far rather than jump above it.
                let grow = result.last?.cutback == true ? 1 : 1 + ProgressionRules.weeklyIncreaseCap
                volume = min(highest * grow, cap)
            } else if !started {
                volume = current * keep * loadCut
            } else {
                // Straight after the ladder: the same minutes as a walk-run session, now all running. The
                // 10% cap counts from here; the ladder had its own steps.
                let minutes = Double(ProgressionRules.walkRunCycles * 5)
                volume = estimate(runMinutes: minutes, walkMinutes: 0) * Double(runs)
            }
            if cutback, let last = result.last {
                volume = min(volume, last.volume * ProgressionRules.cutbackShare)
            }
            volume = RunSplit(volume: volume, runs: runs, withLong: withLong[index], step: step).total
            if firstContinuous == nil { firstContinuous = volume }
            result.append(WeeklyTarget(mode: .continuous, volume: volume, cutback: cutback))
            highest = max(highest, volume)
        }
        return result
    }
}
