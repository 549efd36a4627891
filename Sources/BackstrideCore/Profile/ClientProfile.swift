/// A distance as the profile gave it; the plan converts to the handout's unit.
public struct Distance: Codable, Equatable, Hashable, Sendable {
    public var value: Double
    public var unit: DistanceUnit

    public init(_ value: Double, _ unit: DistanceUnit) {
        self.value = value
        self.unit = unit
    }

    public var kilometres: Double { unit == .km ? value : value * DistanceUnit.kilometresPerMile }

    public func converted(to target: DistanceUnit) -> Double {
        if target == unit { return value }
        return target == .km ? value * DistanceUnit.kilometresPerMile : value / DistanceUnit.kilometresPerMile
    }
}

/// One assessed finding with how marked it is.
public struct Finding: Codable, Equatable, Hashable, Sendable {
    public var weakness: Weakness
    public var severity: FindingSeverity

    public init(_ weakness: Weakness, _ severity: FindingSeverity = .moderate) {
        self.weakness = weakness
        self.severity = severity
    }
}

/// A validated client profile (format version 1, see docs/profile.md). Every default is filled in.
public struct ClientProfile: Codable, Equatable, Sendable {
    public struct Client: Codable, Equatable, Sendable {
        public var name: String
        /// Names output files; the name when the profile gives none.
        public var id: String
        public var birthYear: Int?
    }

    public struct Symptoms: Codable, Equatable, Sendable {
        /// Worst pain while running, 0-10.
        public var pain: Int
        public var painAtRest: Int
        public var pattern: [PainPattern]
        public var startsAfter: Distance?
        public var weeksSinceOnset: Int?
        public var signs: [RedFlagSign]
        public var clearedBy: String?
        /// Answers to the inflammatory back pain screen; each nil when not asked.
        public var inflammatory: InflammatoryScreen = .init()
    }

    /// The inflammatory back pain screen (axial spondyloarthritis): the Berlin features with NICE's age and
    /// duration limits. Each answer is optional; `InflammatoryBackPainRule` reads them.
    public struct InflammatoryScreen: Codable, Equatable, Sendable {
        public var morningStiffnessMinutes: Int?
        /// Better with exercise, and not with rest.
        public var betterWithExercise: Bool?
        public var wakesSecondHalfOfNight: Bool?
        public var alternatingButtockPain: Bool?
        /// Age when the back pain first began; when nil, worked out from `birth_year` and `weeks_since_onset`.
        public var onsetAge: Int?

        public init(morningStiffnessMinutes: Int? = nil, betterWithExercise: Bool? = nil, wakesSecondHalfOfNight: Bool? = nil,
                    alternatingButtockPain: Bool? = nil, onsetAge: Int? = nil) {
            self.morningStiffnessMinutes = morningStiffnessMinutes
            self.betterWithExercise = betterWithExercise
            self.wakesSecondHalfOfNight = wakesSecondHalfOfNight
            self.alternatingButtockPain = alternatingButtockPain
            self.onsetAge = onsetAge
        }

        /// True when any answer was given.
        public var isAnswered: Bool {
            morningStiffnessMinutes != nil || betterWithExercise != nil || wakesSecondHalfOfNight != nil
                || alternatingButtockPain != nil || onsetAge != nil
        }
    }

    public struct Running: Codable, Equatable, Sendable {
        /// Current weekly volume; zero means not running now.
        public var weekly: Distance
        public var runsPerWeek: Int
        public var longRun: Distance?
        public var cadence: Int?
        public var goal: String?
        public var goalDate: CalendarDate?
        public var shoes: Distance?
    }

    public struct Schedule: Codable, Equatable, Sendable {
        public var start: CalendarDate
        public var weeks: Int
        public var days: [Weekday]
        public var longRunDay: Weekday
        public var minutes: Int
        /// Usual training time, minutes after midnight ("07:30"), for calendar events; nil makes them all-day.
        public var time: Int?

        /// The Monday of week 1: the start's own week, unless no training day is left in it, in which case the next
        /// Monday, so week 1 always has training.
        public var firstMonday: CalendarDate {
            let monday = start.mondayOfWeek
            return days.contains { monday.adding(days: $0.index) >= start } ? monday : monday.adding(days: 7)
        }
    }

    public var client: Client
    public var clinician: String?
    public var clinic: String?
    public var assessed: CalendarDate?
    public var symptoms: Symptoms
    public var weaknesses: [Finding]
    public var running: Running
    public var schedule: Schedule
    public var equipment: [Equipment]
    public var units: DistanceUnit
    public var paper: Paper
    /// What the client did and how it felt, typed at a follow-up visit; the plan is re-planned from it.
    public var log: [LogEntry] = []

    /// A runner without a clinician gets the stricter self-guided rules.
    public var isSelfGuided: Bool { clinician == nil }

    public func has(_ weakness: Weakness) -> Bool { weaknesses.contains { $0.weakness == weakness } }
}
