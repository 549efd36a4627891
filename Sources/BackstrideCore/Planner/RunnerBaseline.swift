/// How a plan's running begins.
enum RunStart: Equatable {
    /// Continuous runs, shorter and fewer while settling.
    case continuous
    /// Walk-run intervals from this ladder step.
    case walkRun(step: Int)
    /// A first week without running, then walk-run from the first step.
    case noRunningFirst
}

/// What the plan knows about the client's running before it starts, in the plan's units: the numbers every
/// single-run and weekly rule counts from.
struct RunnerBaseline {
    let units: DistanceUnit
    /// Distances round down to this step.
    let step: Double
    /// Weekly volume before the pain; zero when not running.
    let weekly: Double
    let runsPerWeek: Int
    /// The longest run of the last 30 days: `long_run`, or the week shared over at most three runs.
    let longestRun: Double
    /// A usual run other than the long run.
    let usualRun: Double
    /// Where the pain starts, when the client knows.
    let painOnset: Double?
    /// The share of usual runs kept while settling (by pain, less a training-load cut).
    let settleKeep: Double
    /// With pain above "low", settling drops one run a week as well as shortening the others.
    let settleDropsARun: Bool
    /// Shortest continuous run counted in distance.
    let minimumRun: Double
    /// Easy running pace, in plan units per minute.
    let pace: Double
    let start: RunStart

    init(_ profile: ClientProfile) {
        typealias R = ProgressionRules
        let units = profile.units
        self.units = units
        step = units == .km ? R.roundingKilometres : R.roundingMiles
        minimumRun = units == .km ? R.minimumRunKilometres : R.minimumRunMiles
        let pace = (units == .km ? R.easyRunSpeed : R.easyRunSpeed / DistanceUnit.kilometresPerMile) / 60
        self.pace = pace
        let running = profile.running
        runsPerWeek = running.runsPerWeek
        let weekly = running.weekly.converted(to: units)
        self.weekly = weekly
        let longest = running.longRun.map { $0.converted(to: units) } ?? weekly / Double(min(runsPerWeek, R.estimatedLongRunRuns))
        longestRun = longest
        if runsPerWeek >= 2, running.longRun != nil {
            usualRun = min(longest, max(0, weekly - longest) / Double(runsPerWeek - 1))
        } else {
            usualRun = weekly / Double(runsPerWeek)
        }
        let onset = profile.symptoms.startsAfter.map { $0.converted(to: units) }
        painOnset = onset
        let painKeep = profile.symptoms.pain <= R.lowPainUpTo ? R.lowPainKeep : R.moderatePainKeep
        settleDropsARun = profile.symptoms.pain > R.lowPainUpTo
        settleKeep = painKeep * (profile.has(.trainingLoad) ? 1 - R.trainingLoadStartCut : 1)

        let symptoms = profile.symptoms
        let shortestJog = Double(R.walkRunBelowMinutes) * pace
        if !profile.isSelfGuided, symptoms.painAtRest >= R.noRunningRestPainFrom || symptoms.pain >= R.noRunningRunningPainFrom {
            start = .noRunningFirst
        } else if weekly == 0 || symptoms.pain > R.moderatePainUpTo || min(usualRun, longest) * settleKeep < shortestJog {
            start = .walkRun(step: 0)
        } else if let onset, onset * R.painOnsetShare < minimumRun {
            // Pain comes on sooner than a sensible run: walk-run with running bouts that stay under it.
            let boutLimit = onset * R.painOnsetShare / pace
            let step = R.walkRunLadder.indices.last { Double(R.walkRunLadder[$0].run) <= boutLimit } ?? 0
            start = .walkRun(step: step)
        } else {
            start = .continuous
        }
    }

    func roundDown(_ value: Double) -> Double { max(0, (value / step + 1e-6).rounded(.down) * step) }

    /// Runs in the settle phase stay under this while pain starts after a known distance.
    var painLimit: Double? { painOnset.map { roundDown($0 * ProgressionRules.painOnsetShare) } }

    /// The longest run before the plan that the single-run rule counts from: none when the plan starts on walk-run
    /// (pain or a break stopped the running), and never past the pain limit.
    var runBeforePlan: Double? {
        guard start == .continuous, longestRun > 0 else { return nil }
        return min(longestRun, painLimit ?? longestRun)
    }
}
