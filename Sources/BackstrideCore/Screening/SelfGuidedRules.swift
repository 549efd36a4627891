/// Self-guided runners only (a clinician has already screened for this): new back pain under 20 or over 50
/// should be seen by a doctor first. "New" means under 12 weeks, or onset not given. A self-guided profile
/// always has a birth year (the profile checks require it), so this rule always runs.
struct SelfGuidedAgeRule: ScreeningRule {
    static let youngerThan = 20
    static let olderThan = 50
    static let newPainWeeks = 12

    func findings(for profile: ClientProfile, today: CalendarDate) -> [ScreeningFinding] {
        guard profile.isSelfGuided, let age = profile.age(on: today), profile.painIsNew(under: Self.newPainWeeks) else { return [] }
        if age < Self.youngerThan {
            return [ScreeningFinding(rule: "self_guided_age", level: .routine, sign: "age_under_20",
                                     reason: "New back pain before the age of 20 should be checked by a doctor before you train through it.")]
        }
        if age > Self.olderThan {
            return [ScreeningFinding(rule: "self_guided_age", level: .routine, sign: "age_over_50",
                                     reason: "New back pain after the age of 50 should be checked by a doctor before you train through it.")]
        }
        return []
    }
}

/// Self-guided runners only: pain this strong needs a professional's eyes before a home plan.
struct SelfGuidedPainRule: ScreeningRule {
    static let restPainAtLeast = 7
    static let runningPainAtLeast = 8

    func findings(for profile: ClientProfile, today: CalendarDate) -> [ScreeningFinding] {
        guard profile.isSelfGuided else { return [] }
        var found: [ScreeningFinding] = []
        if profile.symptoms.painAtRest >= Self.restPainAtLeast {
            found.append(ScreeningFinding(rule: "self_guided_pain", level: .routine, sign: "severe_rest_pain",
                                          reason: "Pain of \(profile.symptoms.painAtRest) out of 10 even at rest is too strong to manage alone."))
        }
        if profile.symptoms.pain >= Self.runningPainAtLeast {
            found.append(ScreeningFinding(rule: "self_guided_pain", level: .routine, sign: "severe_running_pain",
                                          reason: "Pain of \(profile.symptoms.pain) out of 10 when running is too strong to manage alone."))
        }
        return found
    }
}
