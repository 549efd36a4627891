/// History is not a symptom: past cancer, weak bones, steroids, a weak immune system, injected drugs or a small
/// fall raise the level only together with the current features the guidance names (NICE CKS); alone they are
/// printed as context for the doctor.
struct HistoryWithFeaturesRule: ScreeningRule {
    /// What turns a history sign into an urgent one.
    enum Feature: Equatable {
        case newPain
        case olderThan50
        case sign(RedFlagSign)
    }

    /// Pain newer than this counts as new back pain.
    static let newPainWeeks = 12
    static let olderThan = 50

    /// Possible cancer or spinal infection: current features that go with the history.
    static let seriousFeatures: [RedFlagSign] = [.weightLoss, .nightPain, .constantPain, .thoracicPain, .feelingUnwell,
                                                  .notImproving, .fever, .recentInfection]
    /// Possible fracture: any fall or blow, or sudden severe pain, in weak bones.
    static let fractureFeatures: [RedFlagSign] = [.trauma, .minorTrauma, .suddenSeverePain]

    func findings(for profile: ClientProfile, today: CalendarDate) -> [ScreeningFinding] {
        profile.symptoms.signs.filter(\.isContext).map { sign in
            if let feature = Self.feature(raising: sign, profile, today: today) {
                return ScreeningFinding(rule: "history_with_features", level: .urgent, sign: sign.rawValue,
                                        reason: RedFlagWording.raised(sign, by: feature))
            }
            return ScreeningFinding(rule: "history", level: .clear, sign: sign.rawValue, reason: RedFlagWording.context(sign))
        }
    }

    static func feature(raising sign: RedFlagSign, _ profile: ClientProfile, today: CalendarDate) -> Feature? {
        let reported = profile.symptoms.signs
        func first(_ candidates: [RedFlagSign]) -> Feature? { candidates.first { reported.contains($0) }.map(Feature.sign) }
        switch sign {
        case .cancerHistory:
            if profile.painIsNew(under: newPainWeeks) { return .newPain }
            if let age = profile.age(on: today), age > olderThan { return .olderThan50 }
            return first(seriousFeatures)
        case .immunosuppression, .ivDrugUse:
            if profile.painIsNew(under: newPainWeeks) { return .newPain }
            return first(seriousFeatures)
        case .osteoporosis, .steroids:
            return first(fractureFeatures)
        case .minorTrauma:
            return first([.osteoporosis, .steroids])
        default:
            return nil
        }
    }
}
