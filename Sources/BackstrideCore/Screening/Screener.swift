/// Red-flag screening, run before any plan is made. Pure: profile and today in, result out.
///
/// Three levels, each with its own action (docs/rules.md): emergency signs always withhold the plan and can never be
/// cleared; urgent and routine ones withhold it unless the profile's clinician has cleared them (`cleared_by`), and
/// always for a self-guided runner. History alone is context for the doctor and withholds nothing.
public enum Screener {
    static let rules: [any ScreeningRule] = [
        ReportedSignsRule(), HistoryWithFeaturesRule(), InflammatoryBackPainRule(), SelfGuidedAgeRule(), SelfGuidedPainRule(),
    ]

    public static func screen(_ profile: ClientProfile, today: CalendarDate) -> ScreeningResult {
        // Most urgent first; the order within a level is the rules' and then the profile's.
        let found = rules.flatMap { $0.findings(for: profile, today: today) }
        var findings = ScreeningLevel.allCases.reversed().flatMap { level in found.filter { $0.level == level } }
        let level = findings.first?.level ?? .clear
        switch level {
        case .clear:
            return ScreeningResult(level: .clear, findings: findings, withheld: false, decision: findings.isEmpty
                ? "No warning signs were reported, so the plan can start."
                : "No warning signs were reported, so the plan can start. Past health matters are printed for the doctor to know.")
        case .emergency:
            return ScreeningResult(level: .emergency, findings: findings, withheld: true,
                                   decision: "A sign of possible cauda equina syndrome was reported, so no exercise plan is given. Go to an emergency department now."
                                       + (profile.symptoms.clearedBy == nil ? "" : " An emergency sign cannot be cleared."))
        case .urgent, .routine:
            let when = level == .urgent ? "today or within 24 hours" : "before starting, within about a week"
            if profile.isSelfGuided {
                return ScreeningResult(level: level, findings: findings, withheld: true,
                                       decision: "A sign that a doctor should check was reported: see a doctor \(when). A self-guided plan is never given with such a sign.")
            }
            if let clearedBy = profile.symptoms.clearedBy {
                for i in findings.indices where findings[i].level > .clear { findings[i].cleared = true }
                return ScreeningResult(level: level, findings: findings, withheld: false,
                                       decision: "\(clearedBy) assessed the reported signs and allows the plan. The handout says what getting worse looks like.")
            }
            return ScreeningResult(level: level, findings: findings, withheld: true,
                                   decision: "A sign that a doctor should check \(when) was reported and no clinician has cleared it (cleared_by), so the plan is held back.")
        }
    }
}
