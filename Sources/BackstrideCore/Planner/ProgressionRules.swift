/// Every number the plan compiler uses, in one place, each from shared/clinical-brief.md.
/// docs/rules.md states the same numbers; a test reads the document against these.
public enum ProgressionRules {
    // MARK: Running volume
    /// Weekly running volume rises at most this much over the highest week so far.
    public static let weeklyIncreaseCap = 0.10
    /// A cutback week comes every this many weeks (every 3rd with a training-load finding).
    public static let cutbackEvery = 4
    public static let cutbackEveryWithTrainingLoad = 3
    /// A cutback week runs at this share of the week before (the brief says 70-80%).
    public static let cutbackShare = 0.75
    /// Week 1 keeps this share of current volume, by worst running pain.
    public static let lowPainUpTo = 2
    public static let lowPainKeep = 0.9
    public static let moderatePainUpTo = 5
    public static let moderatePainKeep = 0.7
    /// Pain above `moderatePainUpTo`, or not running now, starts with walk-run intervals.
    /// A training-load finding takes this much more off week 1.
    public static let trainingLoadStartCut = 0.15
    /// The long run is at most this share of the week (when the week has three or more runs).
    public static let longRunShare = 1.0 / 3.0
    /// A goal of D km needs a week of about this many times D; the plan never goes above it.
    public static let goalWeeklyMultiple = 2.5
    /// Distances are rounded down to these steps.
    public static let roundingKilometres = 0.5
    public static let roundingMiles = 0.25

    // MARK: Walk-run
    /// Walk then run minutes, step by step, toward continuous running.
    public static let walkRunLadder: [(walk: Int, run: Int)] = [(4, 1), (3, 2), (2, 3), (1, 4)]
    /// Each step is repeated at least this many times before moving on.
    public static let walkRunRepeatsPerStep = 2
    public static let walkRunCycles = 6
    /// Easy speeds used to turn minutes into an estimated distance (km/h).
    public static let easyRunSpeed = 9.0
    public static let walkSpeed = 5.0

    // MARK: Cadence
    /// Cadence work starts when a measured cadence is below this (or with overstriding or heel striking).
    public static let cadenceThreshold = 165
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
    /// Daily mobility stays short.
    public static let mobilityMinutes = 10
    public static let crossTrainMinutes = 30

    // MARK: Pain monitoring (traffic light)
    public static let greenPainUpTo = 3
    public static let amberPainUpTo = 5

    // MARK: Other findings
    /// Shoes past this many km get a note (the brief: replace every 480-800 km).
    public static let shoesReplaceKilometres = 800.0
}
