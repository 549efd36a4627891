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
        if !profile.log.isEmpty {
            // A follow-up log re-plans from the weeks lived (FollowUpPlanner); notes and cadence stay as compiled.
            plan = FollowUpPlanner.replan(plan, profile: profile, library: library, today: today)
            guard !plan.withheld else { return plan }
        }
        if plan.weeks.flatMap(\.runs).contains(where: { $0.cadence != nil }) { plan.notes.append("cadence_counting") }
        // The days allow only one strength session a week (two days in a row, say): a second on another day helps.
        let strengthDays = plan.weeks.dropFirst().map { $0.days.filter { $0.sessions.contains { $0.kind == .strength } }.count }
        if strengthDays.contains(1) { plan.notes.append("one_strength_session") }
        if profile.log.isEmpty {
            plan.goal = PlanOutlook.goal(profile, weeks: plan.weeks, baseline: builder.baseline)
            plan.after = PlanOutlook.after(plan.weeks, baseline: builder.baseline)
        }
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

