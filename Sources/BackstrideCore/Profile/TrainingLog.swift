/// How much of the planned training was done.
public enum Completion: Equatable, Hashable, Sendable {
    case yes, partly, no
    /// A week summed up: `done` of `planned` sessions.
    case sessions(done: Int, planned: Int)

    /// The share done, 0 to 1.
    public var share: Double {
        switch self {
        case .yes: return 1
        case .partly: return 0.5
        case .no: return 0
        case let .sessions(done, planned): return planned > 0 ? min(1, Double(done) / Double(planned)) : 1
        }
    }
}

/// One line of the follow-up log, as typed from the paper calendar at a follow-up visit: one day, or a whole week
/// summed up (docs/profile.md, "log").
public struct LogEntry: Equatable, Hashable, Sendable {
    public enum When: Equatable, Hashable, Sendable, Comparable {
        case day(CalendarDate)
        /// Week N of the plan as printed (1-based).
        case week(Int)

        /// `2026-11-23` or `week 3`, as a log key is written; nil for anything else.
        public init?(text: String) {
            let words = text.lowercased().split(separator: " ")
            if words.count == 2, words[0] == "week", let n = Int(words[1]) { self = .week(n); return }
            guard let day = CalendarDate(iso: text) else { return nil }
            self = .day(day)
        }

        public static func < (a: When, b: When) -> Bool {
            switch (a, b) {
            case let (.day(x), .day(y)): return x < y
            case let (.week(x), .week(y)): return x < y
            case (.day, .week): return true
            case (.week, .day): return false
            }
        }
    }

    public var when: When
    public var done: Completion
    /// Pain during the session(s), 0-10; for a week, the worst.
    public var during: Int?
    /// Pain the next morning, 0-10; for a week, the worst.
    public var morning: Int?
    public var note: String?
    /// Red-flag signs noticed since: screened like reported signs, and never cleared by an earlier `cleared_by`.
    public var signs: [RedFlagSign]

    public init(when: When, done: Completion, during: Int? = nil, morning: Int? = nil, note: String? = nil, signs: [RedFlagSign] = []) {
        self.when = when
        self.done = done
        self.during = during
        self.morning = morning
        self.note = note
        self.signs = signs
    }
}

extension LogEntry: Codable {
    enum CodingKeys: String, CodingKey { case date, week, done, during, morning, note, signs }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let date = try c.decodeIfPresent(CalendarDate.self, forKey: .date) { when = .day(date) } else { when = .week(try c.decode(Int.self, forKey: .week)) }
        let text = try c.decode(String.self, forKey: .done)
        let parts = text.split(separator: "/").compactMap { Int($0) }
        done = parts.count == 2 ? .sessions(done: parts[0], planned: parts[1]) : text == "yes" ? .yes : text == "partly" ? .partly : .no
        during = try c.decodeIfPresent(Int.self, forKey: .during)
        morning = try c.decodeIfPresent(Int.self, forKey: .morning)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        signs = try c.decodeIfPresent([RedFlagSign].self, forKey: .signs) ?? []
    }

    /// `{date | week, done: yes|partly|no|"K/N", during?, morning?, note?, signs?}`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch when {
        case .day(let d): try c.encode(d, forKey: .date)
        case .week(let w): try c.encode(w, forKey: .week)
        }
        switch done {
        case .yes: try c.encode("yes", forKey: .done)
        case .partly: try c.encode("partly", forKey: .done)
        case .no: try c.encode("no", forKey: .done)
        case let .sessions(d, p): try c.encode("\(d)/\(p)", forKey: .done)
        }
        try c.encodeIfPresent(during, forKey: .during)
        try c.encodeIfPresent(morning, forKey: .morning)
        try c.encodeIfPresent(note, forKey: .note)
        if !signs.isEmpty { try c.encode(signs, forKey: .signs) }
    }
}
