/// Turns a validated profile into a plan: screening first, then a progression built from the rules in
/// `ProgressionRules` and exercises from the library. A pure function of (profile, library, today).
public enum PlanCompiler {
    public static func compile(_ profile: ClientProfile, library: ExerciseLibrary, today: CalendarDate) -> Plan {
        let screening = Screener.screen(profile, today: today)
        var plan = Plan(client: profile.client.name, clientId: profile.client.id, today: today, screening: screening,
                        withheld: screening.withheld, selfGuided: profile.isSelfGuided, units: profile.units, paper: profile.paper,
                        findings: profile.weaknesses, notes: notes(profile),
                        painRule: PainRule(greenUpTo: ProgressionRules.greenPainUpTo, amberUpTo: ProgressionRules.amberPainUpTo),
                        baseCadence: nil, weeks: [])
        guard !screening.withheld else { return plan }
        var builder = WeekBuilder(profile: profile, library: library)
        plan.baseCadence = builder.cadence.base
        if builder.cadence.estimated { plan.notes.append("cadence_estimated") }
        plan.weeks = builder.weeks()
        return plan
    }

    static func notes(_ p: ClientProfile) -> [String] {
        var notes: [String] = []
        if p.has(.wornShoes) || (p.running.shoes.map { $0.kilometres > ProgressionRules.shoesReplaceKilometres } ?? false) {
            notes.append("shoes")
        }
        if p.has(.hardSurfaces) { notes.append("surfaces") }
        if p.has(.trainingLoad) { notes.append("stricter_start") }
        return notes
    }
}

/// Cadence targets by week, when the findings call for cadence work.
struct CadencePlan {
    let base: Int?
    let estimated: Bool

    init(_ p: ClientProfile) {
        let needed = p.has(.overstriding) || p.has(.heelStriking) || (p.running.cadence.map { $0 < ProgressionRules.cadenceThreshold } ?? false)
        base = needed ? (p.running.cadence ?? ProgressionRules.assumedCadence) : nil
        estimated = needed && p.running.cadence == nil
    }

    /// Never in the first week (the settle phase's first); +5% for a while, then +10%, capped.
    func target(week number: Int) -> Int? {
        guard let base, number >= 2 else { return nil }
        let step = number - 2 < ProgressionRules.cadenceFirstStepWeeks ? ProgressionRules.cadenceFirstStep : ProgressionRules.cadenceSecondStep
        let target = min(Int((Double(base) * (1 + step)).rounded()), ProgressionRules.cadenceCap)
        return target > base ? target : nil
    }
}
