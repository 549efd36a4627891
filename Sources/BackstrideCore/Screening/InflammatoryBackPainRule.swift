/// Possible inflammatory back pain (axial spondyloarthritis): back pain for more than 3 months that began before 45
/// (NICE NG65 / CKS), with at least 2 of the 4 Berlin features (Rudwaleit 2006): morning stiffness over 30 minutes,
/// better with exercise and not with rest, waking in the second half of the night, alternating buttock pain.
/// A routine referral for a specialist's assessment; exercise stays helpful. An unknown duration or onset age
/// counts as fitting, the safer reading.
struct InflammatoryBackPainRule: ScreeningRule {
    static let featuresNeeded = 2
    static let stiffnessOverMinutes = 30
    static let onsetBeforeAge = 45
    /// More than 3 months.
    static let lastingWeeksAtLeast = 13

    func findings(for profile: ClientProfile, today: CalendarDate) -> [ScreeningFinding] {
        let screen = profile.symptoms.inflammatory
        let features = [
            (screen.morningStiffnessMinutes ?? 0) > Self.stiffnessOverMinutes, screen.betterWithExercise == true,
            screen.wakesSecondHalfOfNight == true, screen.alternatingButtockPain == true,
        ].filter { $0 }.count
        guard features >= Self.featuresNeeded else { return [] }
        let weeks = profile.symptoms.weeksSinceOnset
        guard (weeks ?? Self.lastingWeeksAtLeast) >= Self.lastingWeeksAtLeast else { return [] }
        let onsetAge = screen.onsetAge ?? profile.age(on: today).map { $0 - (weeks ?? 0) / 52 }
        guard (onsetAge ?? 0) < Self.onsetBeforeAge else { return [] }
        return [ScreeningFinding(rule: "inflammatory_back_pain", level: .routine, sign: "inflammatory_back_pain",
                                 reason: "Long-lasting back pain that began before 45, is stiff in the morning or eases with exercise, can be a kind of arthritis of the spine. A doctor can send you to a joint specialist. Exercise still helps.")]
    }
}
