/// The kinds of session a day can hold.
public enum SessionKind: String, Codable, Sendable {
    case run
    case walkRun = "walk_run"
    case strength
    case mobility
    case crossTrain = "cross_train"
    case rest
}

/// Why an exercise is in a plan when it is not for a finding.
public enum ExercisePurpose: String, Codable, Sendable {
    /// The general strength base (McGill's three and a bridge): exercise is the first-line treatment for back pain
    /// (NICE NG59), so a plan without findings for strength work still gets it.
    case base
}

/// An exercise as prescribed in a session: the dose and why it is there.
public struct PrescribedExercise: Codable, Equatable, Sendable {
    public var id: String
    public var sets: Int
    public var reps: Int?
    public var holdSeconds: Int?
    public var perSide: Bool
    /// The client's findings this exercise addresses.
    public var why: [Weakness]
    /// Set when the exercise is there for another reason than a finding.
    public var purpose: ExercisePurpose?

    enum CodingKeys: String, CodingKey {
        case id, sets, reps, why, purpose
        case holdSeconds = "hold_seconds"
        case perSide = "per_side"
    }

    public var dosage: Dosage { Dosage(sets: sets, reps: reps, holdSeconds: holdSeconds, perSide: perSide) }
}

/// Walk-run intervals: walk and run minutes repeated `repeats` times.
public struct Intervals: Codable, Equatable, Sendable {
    public var walkMinutes: Int
    public var runMinutes: Int
    public var repeats: Int

    enum CodingKeys: String, CodingKey {
        case repeats
        case walkMinutes = "walk_minutes"
        case runMinutes = "run_minutes"
    }
}

/// One thing to do on a day.
public struct Session: Codable, Equatable, Sendable {
    public var kind: SessionKind
    /// Run distance in the plan's units (for a jog by time, an estimate).
    public var distance: Double?
    public var minutes: Int?
    /// A run too short to count in distance: an easy jog for `minutes`.
    public var byTime: Bool?
    /// Target steps per minute for the run.
    public var cadence: Int?
    public var intervals: Intervals?
    /// "A" or "B" for strength sessions.
    public var label: String?
    /// The long run of the week.
    public var long: Bool?
    /// A hard session: the long run, or a run with fast drills such as strides.
    public var hard: Bool?
    /// Warm-up, drills or the session's exercises.
    public var exercises: [PrescribedExercise]

    enum CodingKeys: String, CodingKey {
        case kind, distance, minutes, cadence, intervals, label, long, hard, exercises
        case byTime = "by_time"
    }

    public init(kind: SessionKind, distance: Double? = nil, minutes: Int? = nil, cadence: Int? = nil,
                intervals: Intervals? = nil, label: String? = nil, long: Bool? = nil, exercises: [PrescribedExercise] = []) {
        self.kind = kind
        self.distance = distance
        self.minutes = minutes
        self.cadence = cadence
        self.intervals = intervals
        self.label = label
        self.long = long
        self.exercises = exercises
    }

    /// Runs, strength and cross-training count as training; mobility and rest do not.
    public var isTraining: Bool { kind == .run || kind == .walkRun || kind == .strength || kind == .crossTrain }
    public var isRun: Bool { kind == .run || kind == .walkRun }
}

public struct PlanDay: Codable, Equatable, Sendable {
    public var date: CalendarDate
    public var weekday: Weekday
    public var sessions: [Session]

    /// A day with nothing that counts as training.
    public var isRestDay: Bool { !sessions.contains { $0.isTraining } }
    /// A long run or a run with fast drills.
    public var isHard: Bool { sessions.contains { $0.hard == true } }
}

public struct PlanWeek: Codable, Equatable, Sendable {
    /// The Sunday that ends the week.
    public var end: CalendarDate { start.adding(days: 6) }

    public func contains(_ day: CalendarDate) -> Bool { start <= day && day <= end }

    enum CodingKeys: String, CodingKey {
        case number, phase, start, cutback, volume, focus, changes, days, because
        case basedOn = "based_on"
    }

    public var number: Int
    public var phase: Phase
    public var start: CalendarDate
    public var cutback: Bool
    /// Total running distance of the week, in the plan's units.
    public var volume: Double
    /// What the week is about, as a key the handout's templates turn into words.
    public var focus: String
    /// What changed from the week before, and why.
    public var changes: [WeekChange]
    public var days: [PlanDay]
    /// With a follow-up log: the week of the original plan this week's training follows (a repeat or a step back
    /// shows an earlier one), and why.
    public var basedOn: Int?
    public var because: WeekBecause?

    /// Every run of the week, in day order.
    public var runs: [Session] { days.flatMap(\.sessions).filter(\.isRun) }
    /// The longest run of the week, in the plan's units.
    public var longestRun: Double { runs.compactMap(\.distance).max() ?? 0 }
}

/// The traffic light every week's progression follows (Silbernagel pain-monitoring model).
public struct PainRule: Codable, Equatable, Sendable {
    /// Pain during exercise up to this is green: progress as planned.
    public var greenUpTo: Int
    /// Up to this is amber: repeat the week.
    public var amberUpTo: Int

    enum CodingKeys: String, CodingKey {
        case greenUpTo = "green_up_to"
        case amberUpTo = "amber_up_to"
    }
}

/// A compiled plan: the value the handout is drawn from. Documented in docs/plan-json.md.
public struct Plan: Codable, Equatable, Sendable {
    /// The version of this JSON format; it goes up whenever a field changes meaning or goes away.
    public static let currentSchemaVersion = 2

    public var schemaVersion: Int = Plan.currentSchemaVersion
    public var client: String
    public var clientId: String
    public var today: CalendarDate
    public var screening: ScreeningResult
    public var withheld: Bool
    public var selfGuided: Bool
    public var units: DistanceUnit
    public var paper: Paper
    /// Findings the plan works on, ordered as the profile gave them.
    public var findings: [Finding]
    /// Notes the handout prints, as keys: "shoes", "surfaces", "stricter_start", "cadence_estimated".
    public var notes: [String]
    public var painRule: PainRule
    /// Cadence the plan started from, measured or estimated.
    public var baseCadence: Int?
    public var weeks: [PlanWeek]
    /// How the plan stands against the client's goal race, when the goal names a distance.
    public var goal: GoalOutlook?
    /// How to carry on when the plan ends.
    public var after: AfterPlan?
    /// With a follow-up log: the weeks lived, each with what was logged and its traffic light.
    public var history: [HistoryWeek]?
    /// A red week was logged: the client should contact their clinician.
    public var contactClinician: Bool?

    enum CodingKeys: String, CodingKey {
        case client, today, screening, withheld, units, paper, findings, notes, weeks, goal, after, history
        case contactClinician = "contact_clinician"
        case schemaVersion = "schema_version"
        case clientId = "client_id"
        case selfGuided = "self_guided"
        case painRule = "pain_rule"
        case baseCadence = "base_cadence"
    }

    /// The week a day falls in, if the plan runs then.
    public func week(containing day: CalendarDate) -> PlanWeek? { weeks.first { $0.contains(day) } }

    /// Every exercise the plan uses, each once, in order of first use.
    public var exerciseIds: [String] { weeks.exerciseIds }
}

extension Sequence where Element == PlanWeek {
    /// Every exercise these weeks use, each once, in order of first use.
    public var exerciseIds: [String] {
        var seen: [String] = []
        for e in flatMap(\.days).flatMap(\.sessions).flatMap(\.exercises) where !seen.contains(e.id) { seen.append(e.id) }
        return seen
    }
}
