/// One family of red-flag rules. Each looks at the profile and returns what it found.
protocol ScreeningRule: Sendable {
    func findings(for profile: ClientProfile, today: CalendarDate) -> [ScreeningFinding]
}

/// Every reported sign that raises the level on its own, at its own level (`RedFlagSign.ownLevel`).
/// History signs are left to `HistoryWithFeaturesRule`.
struct ReportedSignsRule: ScreeningRule {
    static func ruleName(_ level: ScreeningLevel) -> String { "\(level.rawValue)_signs" }

    func findings(for profile: ClientProfile, today: CalendarDate) -> [ScreeningFinding] {
        profile.symptoms.signs.filter { !$0.isContext }.map {
            ScreeningFinding(rule: Self.ruleName($0.ownLevel), level: $0.ownLevel, sign: $0.rawValue, reason: RedFlagWording.reason($0))
        }
    }
}

extension ClientProfile {
    /// Age this year, when the birth year is known.
    func age(on today: CalendarDate) -> Int? { client.birthYear.map { today.year - $0 } }

    /// Back pain that began under `weeks` ago; an unknown onset counts as new, the safer reading.
    func painIsNew(under weeks: Int) -> Bool { (symptoms.weeksSinceOnset ?? 0) < weeks }
}
