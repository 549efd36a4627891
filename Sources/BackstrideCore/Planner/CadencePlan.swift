/// Cadence targets for easy runs, only when a finding calls for cadence work: overstriding, heel striking, or a
/// measured cadence under the threshold. Never in week 1; +5% of the starting cadence for two weeks of easy
/// continuous running, then +10%, never above the cap (Heiderscheit 2011).
struct CadencePlan {
    let base: Int?
    let estimated: Bool
    /// Weeks that have had a target so far: the steps count from the first.
    private var weeksWithTarget = 0

    init(_ p: ClientProfile) {
        let measuredLow = p.running.cadence.map { $0 < ProgressionRules.cadenceThreshold } ?? false
        let needed = p.has(.overstriding) || p.has(.heelStriking) || measuredLow
        base = needed ? (p.running.cadence ?? ProgressionRules.assumedCadence) : nil
        estimated = needed && p.running.cadence == nil
    }

    /// The target for a week with easy continuous runs (nil in week 1 or without cadence work).
    mutating func target(week number: Int, hasEasyRuns: Bool) -> Int? {
        guard let base, number >= 2, hasEasyRuns else { return nil }
        let step = weeksWithTarget < ProgressionRules.cadenceFirstStepWeeks ? ProgressionRules.cadenceFirstStep : ProgressionRules.cadenceSecondStep
        let target = min(Int((Double(base) * (1 + step)).rounded()), ProgressionRules.cadenceCap)
        guard target > base else { return nil }
        weeksWithTarget += 1
        return target
    }
}
