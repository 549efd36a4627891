/// Red-flag screening, run before any plan is made. Pure: profile and today in, result out.
public enum Screener {
    static let rules: [any ScreeningRule] = [
        EmergencySignsRule(), SeeDoctorSignsRule(), SelfGuidedAgeRule(), SelfGuidedPainRule(),
    ]

    public static func screen(_ profile: ClientProfile, today: CalendarDate) -> ScreeningResult {
        let findings = rules.flatMap { $0.findings(for: profile, today: today) }
        let level = findings.map(\.level).max() ?? .clear
        switch level {
        case .clear:
            return ScreeningResult(level: .clear, findings: [], withheld: false,
                                   decision: "No warning signs were reported, so the plan can start.")
        case .emergency:
            return ScreeningResult(level: .emergency, findings: findings, withheld: true,
                                   decision: "A sign that needs emergency care was reported, so no exercise plan is given. Go to an emergency department today.")
        case .seeDoctor:
            if profile.isSelfGuided {
                return ScreeningResult(level: .seeDoctor, findings: findings, withheld: true,
                                       decision: "A sign that a doctor should check was reported. A self-guided plan is never given with such a sign: see a doctor first.")
            }
            if let clearedBy = profile.symptoms.clearedBy {
                return ScreeningResult(level: .seeDoctor, findings: findings, withheld: false,
                                       decision: "\(clearedBy) assessed the reported signs and allows the plan. Watch for them and stop if they change.")
            }
            return ScreeningResult(level: .seeDoctor, findings: findings, withheld: true,
                                   decision: "A sign that a doctor should check was reported and no clinician has cleared it, so the plan is held back until they do.")
        }
    }
}
