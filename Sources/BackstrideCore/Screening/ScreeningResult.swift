/// How urgently a doctor should see the client, from the NICE guidance (docs/rules.md has the table).
public enum ScreeningLevel: String, Codable, Sendable, Comparable, CaseIterable {
    /// No warning sign: the plan can start. History may still be printed as context for the doctor.
    case clear
    /// See a doctor before starting, within about a week.
    case routine
    /// See a doctor today or within 24 hours.
    case urgent
    /// Go to an emergency department now: possible cauda equina syndrome.
    case emergency

    public static func < (a: ScreeningLevel, b: ScreeningLevel) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One reason screening raised, with the rule that raised it and why, in words a client understands.
public struct ScreeningFinding: Codable, Equatable, Sendable {
    /// The rule family that fired, e.g. "emergency_signs" or "history".
    public var rule: String
    /// `clear` for history printed as context ("tell your doctor"), otherwise how urgent the finding is.
    public var level: ScreeningLevel
    /// The sign or derived flag, e.g. "saddle_numbness" or "age_over_50".
    public var sign: String
    public var reason: String
    /// A clinician assessed it (`cleared_by`) and allows the plan: the handout says what getting worse looks like.
    public var cleared: Bool

    public init(rule: String, level: ScreeningLevel, sign: String, reason: String, cleared: Bool = false) {
        self.rule = rule
        self.level = level
        self.sign = sign
        self.reason = reason
        self.cleared = cleared
    }
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

    /// Findings that raise the level (not context), most urgent first.
    public var warnings: [ScreeningFinding] { findings.filter { $0.level > .clear } }
    /// History printed for the doctor to know, not a reason to stop.
    public var context: [ScreeningFinding] { findings.filter { $0.level == .clear } }

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
