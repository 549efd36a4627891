/// Every number the plan compiler uses, in one place, each from shared/clinical-brief.md.
/// docs/rules.md states the same numbers with their sources; a test reads the document against these.
public enum ProgressionRules {
    // MARK: Running volume
    /// Weekly running volume rises at most this much over the highest week so far.
    public static let weeklyIncreaseCap = 0.10
    /// A cutback week comes every this many weeks (every 3rd with a training-load finding).
    public static let cutbackEvery = 4
    public static let cutbackEveryWithTrainingLoad = 3
    /// A cutback week runs at this share of the week before (the brief says 70-80%).
    public static let cutbackShare = 0.75
    /// In the settle phase runs keep this share of the client's usual runs, by worst running pain.
    public static let lowPainUpTo = 2
    public static let lowPainKeep = 0.9
    public static let moderatePainUpTo = 5
    public static let moderatePainKeep = 0.7
    /// Pain above `moderatePainUpTo`, or not running now, starts with walk-run intervals.
    /// A training-load finding takes this much more off the settle phase.
    public static let trainingLoadStartCut = 0.15
    /// The long run is at most this share of the week (when the week has three or more runs).
    public static let longRunShare = 1.0 / 3.0
    /// A goal of D km may take the weekly volume up to about this many times D, or the client's own volume if that
    /// is more: a goal never holds a runner below what they ran before the pain.
    public static let goalWeeklyMultiple = 2.5
    /// Distances are rounded down to these steps.
    public static let roundingKilometres = 0.1
    public static let roundingMiles = 0.1

    // MARK: Single runs (Frandsen et al., BJSM 2025)
    /// No run is more than this much longer than the longest run of the last `singleRunWindowDays` days.
    public static let singleRunIncreaseCap = 0.10
    public static let singleRunWindowDays = 30
    /// While pain starts after a known distance, runs in the settle phase stay under this share of it.
    public static let painOnsetShare = 0.8
    /// A continuous run shorter than this is an easy jog by time, never a long run.
    public static let minimumRunKilometres = 3.0
    public static let minimumRunMiles = 2.0
    /// Jogs by time are rounded down to this many minutes, and are never shorter than `shortestJogMinutes`.
    public static let jogRoundingMinutes = 1
    public static let shortestJogMinutes = 5
    /// A runner whose usual run, shortened for settling, would last less than this starts on walk-run instead.
    public static let walkRunBelowMinutes = 10
    /// Without `long_run`, the longest recent run is taken as the week shared over at most this many runs.
    public static let estimatedLongRunRuns = 3

    // MARK: Walk-run
    /// Walk then run minutes, step by step, toward continuous running.
    public static let walkRunLadder: [(walk: Int, run: Int)] = [(4, 1), (3, 2), (2, 3), (1, 4)]
    /// Each step is done at least this many times before moving on.
    public static let walkRunRepeatsPerStep = 2
    public static let walkRunCycles = 6
    /// A cutback week keeps its step and does fewer cycles.
    public static let walkRunCutbackCycles = 4
    /// Walk-run sessions a week at most, on days that are never next to each other.
    public static let walkRunSessionsPerWeek = 3
    /// Easy speeds used to turn minutes into an estimated distance (km/h).
    public static let easyRunSpeed = 9.0
    public static let walkSpeed = 5.0
    /// A clinician's client with pain at rest this high, or running pain this high, starts with a week without
    /// running: the clinician decides when walk-run begins.
    public static let noRunningRestPainFrom = 8
    public static let noRunningRunningPainFrom = 9

    // MARK: Cadence
    /// Cadence work starts when a measured cadence is below this (or with overstriding or heel striking).
    public static let cadenceThreshold = 160
    /// Steps of the cadence target over the starting cadence (Heiderscheit 2011): +5%, later +10%.
    public static let cadenceFirstStep = 0.05
    public static let cadenceSecondStep = 0.10
    /// Weeks at the first step before the second.
    public static let cadenceFirstStepWeeks = 2
    public static let cadenceCap = 180
    /// Used when the profile gives no measured cadence.
    public static let assumedCadence = 160

    // MARK: Strength and mobility
    public static let strengthSessionsPerWeek = 2...3
    public static let exercisesPerStrengthSession = 2...4
    /// Different exercises in one week (home adherence falls past this), unless more are needed to work on every
    /// finding; week 1 starts with fewer.
    public static let exercisesPerWeek = 5
    public static let exercisesInFirstWeek = 4
    /// New exercises a week after the first.
    public static let newExercisesPerWeek = 2
    /// An exercise is kept at least this many weeks before its chain moves on to the harder step.
    public static let weeksBeforeHarderStep = 2
    /// With running pain at least this high at the start, every exercise stays flare-safe through the settle phase
    /// and the first week after it.
    public static let flareSafeOnlyFromPain = 5
    /// Daily mobility stays short.
    public static let mobilityMinutes = 10
    public static let crossTrainMinutes = 30

    // MARK: Pain monitoring (traffic light)
    public static let greenPainUpTo = 3
    public static let amberPainUpTo = 5

    // MARK: Follow-up
    /// A green week with less than this share of its training done is repeated, not progressed.
    public static let mostlyDoneShare = 0.5
    /// Calendar weeks a plan may run at most, repeated weeks included.
    public static let weeksAtMost = 8

    // MARK: Goals
    /// A race of D km needs a long run of about this share of D before it, and never more than the cap.
    public static let goalLongRunShare = 0.8
    public static let goalLongRunCapKilometres = 32.0
    /// Weeks of easier running before a race.
    public static let goalTaperWeeks = 1

    // MARK: Other findings
    /// Shoes past this many km get a note (the brief: replace every 480-800 km).
    public static let shoesReplaceKilometres = 800.0
}
