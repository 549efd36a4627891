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

    /// Targets for every week; `runsPerWeek[i]` is the number of runs week i will have.
    func targets(weeks: Int, runsPerWeek: [Int]) -> [WeeklyTarget] {
        var result: [WeeklyTarget] = []
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
            if walkRun {
                let ladder = ProgressionRules.walkRunLadder[ladderStep]
                let cycles = cutback ? ProgressionRules.walkRunCycles - 2 : ProgressionRules.walkRunCycles
                let volume = estimate(runMinutes: Double(ladder.run * cycles), walkMinutes: Double(ladder.walk * cycles)) * Double(runs)
                result.append(WeeklyTarget(mode: .walkRun(step: ladderStep), volume: volume, cutback: cutback))
                highest = max(highest, volume)
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
            if let first = firstContinuous {
                let cap = max(goalCap ?? (current > 0 ? current : .infinity), first)
                // After a cutback week, return to the highest week so far rather than jump above it.
                let grow = result.last?.cutback == true ? 1 : 1 + ProgressionRules.weeklyIncreaseCap
                volume = min(highest * grow, cap)
            } else if result.isEmpty {
                volume = current * keep * loadCut
            } else {
                // Straight after the ladder: the same minutes as the last walk-run week, now running.
                let minutes = Double(ProgressionRules.walkRunCycles * 5)
                volume = min(estimate(runMinutes: minutes, walkMinutes: 0) * Double(runs), highest * (1 + ProgressionRules.weeklyIncreaseCap))
            }
            if cutback, let last = result.last {
                volume = min(volume, last.volume * ProgressionRules.cutbackShare)
            }
            volume = roundDown(volume)
            if firstContinuous == nil { firstContinuous = volume }
            result.append(WeeklyTarget(mode: .continuous, volume: volume, cutback: cutback))
            highest = max(highest, volume)
        }
        return result
    }
}
