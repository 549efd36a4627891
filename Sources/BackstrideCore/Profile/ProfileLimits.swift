/// The ranges a profile's values must fall in. One place, so docs/profile.md and the
/// validator cannot disagree (a test reads the document against these).
public enum ProfileLimits {
    public static let formatVersion = 1
    public static let pain = 0...10
    public static let weeks = 4...8
    public static let defaultWeeks = 6
    public static let cadence = 120...230
    public static let minutes = 10...180
    public static let defaultMinutes = 45
    public static let runsPerWeek = 1...7
    public static let defaultRunsPerWeek = 3
    public static let weeksSinceOnset = 0...520
    public static let earliestBirthYear = 1900
    public static let morningStiffnessMinutes = 0...720
    public static let onsetAge = 0...110
    /// Kilometres; a profile in miles is checked after conversion.
    public static let weeklyKilometres = 0.0...300.0
    public static let longRunKilometres = 0.0...100.0
    public static let startsAfterKilometres = 0.0...100.0
    public static let shoesKilometres = 0.0...5000.0
    /// Past this, the brief's 480-800 km replacement window is over.
    public static let shoesWornKilometres = 800.0
    public static let defaultDays: [Weekday] = [.mon, .wed, .fri, .sat]
    public static let defaultEquipment: [Equipment] = [.mat]
    /// Characters: a name is printed on every page; an id names the output files.
    public static let nameLength = 100
    public static let idLength = 64
    /// Every date in a profile must fall within this many years of today: a start in year 9999 would give
    /// a plan running into year 10000 and a calendar file no phone can read.
    public static let dateWindowYears = 2
}
