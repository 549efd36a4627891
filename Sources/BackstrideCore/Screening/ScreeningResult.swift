/// How urgent the screening found things to be.
public enum ScreeningLevel: String, Codable, Sendable, Comparable {
    case clear
    case seeDoctor = "see_doctor"
    case emergency

    private var rank: Int { self == .clear ? 0 : self == .seeDoctor ? 1 : 2 }
    public static func < (a: ScreeningLevel, b: ScreeningLevel) -> Bool { a.rank < b.rank }
}

/// One reason screening raised, with the rule that raised it and why, in words a client understands.
public struct ScreeningFinding: Codable, Equatable, Sendable {
    /// The rule family that fired, e.g. "emergency_signs".
    public var rule: String
    public var level: ScreeningLevel
    /// The sign or derived flag, e.g. "saddle_numbness" or "age_over_50".
    public var sign: String
    public var reason: String
}

/// The outcome of red-flag screening: what was found and whether a plan may be printed.
public struct ScreeningResult: Codable, Equatable, Sendable {
    public var level: ScreeningLevel
    public var findings: [ScreeningFinding]
    /// True when no exercise plan may be printed; the handout becomes a referral.
    public var withheld: Bool
    /// Why the plan was withheld or allowed, in plain words.
    public var decision: String

    /// Every sign and derived flag, in the order found.
    public var signs: [String] { findings.map(\.sign) }

    public init(level: ScreeningLevel, findings: [ScreeningFinding], withheld: Bool, decision: String) {
        self.level = level
        self.findings = findings
        self.withheld = withheld
        self.decision = decision
    }

    enum CodingKeys: String, CodingKey { case level, findings, withheld, decision, signs }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(level: try c.decode(ScreeningLevel.self, forKey: .level),
                  findings: try c.decode([ScreeningFinding].self, forKey: .findings),
                  withheld: try c.decode(Bool.self, forKey: .withheld), decision: try c.decode(String.self, forKey: .decision))
    }

    /// `signs` is written out too, so readers of the JSON need not walk the findings.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(level, forKey: .level)
        try c.encode(findings, forKey: .findings)
        try c.encode(withheld, forKey: .withheld)
        try c.encode(decision, forKey: .decision)
        try c.encode(signs, forKey: .signs)
    }
}
