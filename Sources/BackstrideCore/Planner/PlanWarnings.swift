/// Warnings only a compiled plan can give, placed at the profile field they concern: a goal race inside the plan,
/// after it, or too soon to be ready for at a safe rate; session minutes too short for the client's usual runs.
/// `check` prints them with the profile's own diagnostics.
public enum PlanWarnings {
    public static func diagnostics(_ plan: Plan, profile: ClientProfile, locations: [String: SourceLocation]) -> [Diagnostic] {
        guard !plan.withheld else { return [] }
        return minutes(plan, profile, locations) + goal(plan, locations)
    }

    /// Every run but the long one fits `minutes`: shorter than the client's usual runs, the plan can never get back
    /// to their usual volume, and the physio should know before printing.
    static func minutes(_ plan: Plan, _ profile: ClientProfile, _ locations: [String: SourceLocation]) -> [Diagnostic] {
        let baseline = RunnerBaseline(profile)
        let fits = Double(profile.schedule.minutes) * baseline.pace
        guard baseline.start == .continuous, baseline.usualRun > fits * 1.05, let at = locations["minutes"] else { return [] }
        let units = plan.units.rawValue
        return [Diagnostic(.warning, "minutes \(profile.schedule.minutes) fits easy runs of about \(PlanSummary.format(fits)) \(units), shorter than the usual \(PlanSummary.format(baseline.usualRun)) \(units)",
                           at: at, hint: "the plan stays below the usual weekly volume; more minutes let it return there")]
    }

    static func goal(_ plan: Plan, _ locations: [String: SourceLocation]) -> [Diagnostic] {
        guard let goal = plan.goal, let date = goal.date, let at = locations["goal_date"] ?? locations["goal"] else { return [] }
        let units = plan.units.rawValue
        let need = "a long run of about \(PlanSummary.format(goal.neededLongRun)) \(units)"
        switch goal.status {
        case .noDate:
            return []
        case .insidePlan:
            return [Diagnostic(.warning, "goal_date \(date) falls inside the plan, which does not ease off before a race", at: at,
                               hint: "the handout says so; plan the race week with the client")]
        case .afterPlan:
            return [Diagnostic(.warning, "goal_date \(date) is \(goal.weeksAfterPlan ?? 0) weeks after the plan ends; the plan takes the client part of the way",
                               at: at, hint: "building on at the safe rate reaches \(need) by about \(goal.readyBy); the handout's last page says how")]
        case .unrealistic:
            return [Diagnostic(.warning, "goal_date \(date) is too soon: at a safe rate the client reaches \(need) only by about \(goal.readyBy)",
                               at: at, hint: "a later race or a shorter distance; the handout says so on the cover")]
        }
    }
}
