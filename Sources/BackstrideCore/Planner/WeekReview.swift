/// The traffic light a lived week earned from its log (Silbernagel's pain-monitoring model, as the handout prints it).
public enum TrafficLight: String, Codable, Sendable {
    /// Pain 0-3 during and the next morning: move on as planned.
    case green
    /// Pain 4-5: repeat the week.
    case amber
    /// Pain above 5, or the next morning worse than during and above 3: step back a week and contact the clinician.
    case red
}

/// What a lived week means for the next one.
public enum WeekOutcome: String, Codable, Sendable {
    /// Green and mostly done: move on as planned.
    case progress
    /// Amber: the same load and exercises again.
    case `repeat`
    /// Fewer than half the sessions done: repeated, not progressed.
    case missed
    /// Nothing logged for a week that has been lived: it went on as printed, and so does the plan. Missed sessions
    /// must be logged as missed to count.
    case unrecorded = "not_recorded"
    /// Nothing logged for a week after a week with a pain warning (amber or red), or after another such unlogged week:
    /// held at the same step. No scores since the warning says nothing about whether the pain settled, and a
    /// clinician would not move a client on without knowing.
    case unrecordedAfterWarning = "not_recorded_after_warning"
    /// Red: one week's load back, one step down each exercise chain, and contact the clinician.
    case stepBack = "step_back"
}

extension WeekOutcome {
    /// Whether the week after holds the same step.
    var holds: Bool { self == .repeat || self == .missed || self == .unrecordedAfterWarning }
    /// Whether pain was the last news: an amber or red week, or silence since one.
    var leavesAWarning: Bool { self == .repeat || self == .stepBack || self == .unrecordedAfterWarning }
}

/// One lived week of a plan with a follow-up log: what was logged and what it decided.
public struct HistoryWeek: Codable, Equatable, Sendable {
    public var number: Int
    /// Nil when nothing was logged.
    public var light: TrafficLight?
    public var outcome: WeekOutcome
    /// Share of the planned training done, 0 to 1.
    public var done: Double
    public var worstDuring: Int?
    public var worstMorning: Int?
    public var entries: [LogEntry]

    /// The share done as a whole percent; nil when nothing was written down, which says nothing of how much was done.
    public var donePercent: Int? { entries.isEmpty ? nil : Int((done * 100).rounded()) }

    enum CodingKeys: String, CodingKey {
        case number, light, outcome, done, entries
        case worstDuring = "worst_during"
        case worstMorning = "worst_morning"
    }

    /// Judges a week as it was printed against the log lines for it. Days the calendar gave training but the log
    /// leaves out count as missed once the week has any line: a blank row on the sheet is a session not done.
    public init(_ week: PlanWeek, log: [LogEntry]) {
        number = week.number
        let entries = log.filter { e in
            switch e.when {
            case .day(let d): return week.contains(d)
            case .week(let n): return n == week.number
            }
        }
        self.entries = entries
        let trainingDays = week.days.filter { $0.sessions.contains(where: \.isTraining) }
        if let whole = entries.first(where: { $0.when.isWeek }) {
            if case let .sessions(doneCount, planned) = whole.done, planned == 0 {
                done = trainingDays.isEmpty ? 1 : min(1, Double(doneCount) / Double(trainingDays.count))
            } else {
                done = whole.done.share
            }
        } else if entries.isEmpty || trainingDays.isEmpty {
            done = entries.isEmpty ? 0 : 1
        } else {
            done = trainingDays.map { day in entries.first { $0.when == .day(day.date) }?.done.share ?? 0 }.reduce(0, +) / Double(trainingDays.count)
        }
        let worstDuring = entries.compactMap(\.during).max(), worstMorning = entries.compactMap(\.morning).max()
        self.worstDuring = worstDuring
        self.worstMorning = worstMorning
        let rule = (green: ProgressionRules.greenPainUpTo, amber: ProgressionRules.amberPainUpTo)
        let worseNextMorning = entries.contains { e in
            guard let m = e.morning else { return false }
            return m > rule.green && m > (e.during ?? 0)
        }
        let light: TrafficLight?
        if entries.isEmpty {
            light = nil
        } else if (worstDuring ?? 0) > rule.amber || (worstMorning ?? 0) > rule.amber || worseNextMorning {
            light = .red
        } else if max(worstDuring ?? 0, worstMorning ?? 0) > rule.green {
            light = .amber
        } else {
            light = .green
        }
        self.light = light
        switch light {
        case nil: outcome = .unrecorded
        case .red: outcome = .stepBack
        case .amber: outcome = .repeat
        case .green: outcome = done < ProgressionRules.mostlyDoneShare ? .missed : .progress
        }
    }
}

/// Why a week of a plan with a follow-up log holds what it holds.
public struct WeekBecause: Codable, Equatable, Sendable {
    /// The lived week that decided it (the one before), and what it decided.
    public var week: Int
    public var outcome: WeekOutcome

    public init(week: Int, outcome: WeekOutcome) {
        self.week = week
        self.outcome = outcome
    }
}
