import BackstrideCore

/// Every rule the plan compiler promises, checked on a compiled plan and worked out again from the profile, not
/// from the compiler's own types. Returns the broken ones, in words.
enum PlanInvariants {
    static func violations(_ plan: Plan, _ profile: ClientProfile, _ library: ExerciseLibrary) -> [String] {
        let screening = Screener.screen(profile, today: plan.today)
        if plan.withheld != screening.withheld { return ["withheld differs from screening"] }
        if plan.withheld { return plan.weeks.isEmpty ? [] : ["a withheld plan has weeks"] }
        let facts = PlanFacts(plan, profile)
        // A plan re-planned from a log may repeat or step back weeks (FollowUpPropertyTests checks how).
        let followUp = plan.history?.isEmpty == false
        return calendar(plan, profile, facts) + RunInvariants.violations(plan, profile, facts, followUp: followUp)
            + ExerciseInvariants.violations(plan, profile, library, facts)
    }

    /// Weeks, days, weekly volume, cutbacks, rest days, strength spacing and hard days.
    static func calendar(_ plan: Plan, _ profile: ClientProfile, _ facts: PlanFacts) -> [String] {
        var broken: [String] = []
        func fail(_ s: String) { broken.append(s) }
        let weeks = plan.history?.isEmpty == false ? profile.schedule.weeks...ProgressionRules.weeksAtMost : profile.schedule.weeks...profile.schedule.weeks
        if !weeks.contains(plan.weeks.count) { fail("has \(plan.weeks.count) weeks, not \(profile.schedule.weeks)") }
        if plan.schemaVersion != Plan.currentSchemaVersion { fail("schema_version \(plan.schemaVersion)") }
        var highest = 0.0
        var previous: PlanWeek?
        // After walk-run, continuous running starts where the ladder ended, even above the client's old volume.
        var ceiling = facts.ceiling
        for week in plan.weeks {
            let w = "week \(week.number)"
            if week.days.map(\.weekday) != Weekday.allCases { fail("\(w): days are not Monday to Sunday") }
            for (i, day) in week.days.enumerated() where day.date != week.start.adding(days: i) || day.date.weekday != day.weekday {
                fail("\(w): \(day.date) is misplaced")
            }
            if week.changes.isEmpty { fail("\(w): says nothing about what changed and why") }
            let runs = week.runs
            let walkRun = runs.contains { $0.kind == .walkRun }
            let volume = runs.compactMap(\.distance).reduce(0, +)
            if abs(volume - week.volume) > facts.step + 1e-6 { fail("\(w): volume \(week.volume) but runs add to \(volume)") }
            // The 10% cap governs continuous running; the walk-run ladder has its own steps.
            let afterContinuous = previous.map { !$0.runs.isEmpty && !$0.runs.contains { $0.kind == .walkRun } } ?? false
            if !walkRun, highest > 0, afterContinuous, week.volume > highest * (1 + ProgressionRules.weeklyIncreaseCap) + facts.step + 1e-6 {
                fail("\(w): volume \(week.volume) is more than 10% over the highest week \(highest)")
            }
            if !walkRun, previous?.runs.contains(where: { $0.kind == .walkRun }) == true { ceiling = max(ceiling, week.volume) }
            if !walkRun, week.volume > ceiling + facts.step + 1e-6 {
                fail("\(w): volume \(week.volume) is over the most the plan may reach, \(ceiling)")
            }
            // The easier-week rhythm belongs to the plan's steps, which a follow-up may put on later weeks (a
            // repeated easier week follows itself, not the week it eases from).
            let step = week.basedOn ?? week.number
            if week.cutback, let previous, (previous.basedOn ?? previous.number) == step - 1, !walkRun, !runs.isEmpty,
               week.volume > max(previous.volume * 0.8, Double(runs.count) * facts.shortestJog) + facts.step + 1e-6 {
                fail("\(w): cutback week \(week.volume) is not 70-80% of \(previous.volume)")
            }
            if week.cutback, step % 3 != 0 && step % 4 != 0 { fail("\(w): cutback not in a 3rd or 4th step") }
            if !walkRun { highest = max(highest, week.volume) }
            if runs.count > profile.running.runsPerWeek { fail("\(w): \(runs.count) runs, more than runs_per_week") }
            if !week.days.contains(where: \.isRestDay) { fail("\(w): no rest day") }
            for day in week.days where day.sessions.contains(where: \.isTraining) {
                if !profile.schedule.days.contains(day.weekday) { fail("\(w): training on unavailable \(day.weekday)") }
                if day.date < profile.schedule.start { fail("\(w): training before the start") }
            }
            let strengthDays = week.days.filter { $0.sessions.contains { $0.kind == .strength } }
            if strengthDays.count > ProgressionRules.strengthSessionsPerWeek.upperBound { fail("\(w): \(strengthDays.count) strength days") }
            if week.number > 1, !strengthDays.isEmpty, strengthDays.count < ProgressionRules.strengthSessionsPerWeek.lowerBound,
               !plan.notes.contains("one_strength_session") {
                fail("\(w): one strength session and no note saying why")
            }
            for session in week.days.flatMap(\.sessions) where session.kind == .strength && profile.schedule.minutes >= 20 {
                if session.exercises.count < ProgressionRules.exercisesPerStrengthSession.lowerBound {
                    fail("\(w): a strength session of \(session.exercises.count) exercise")
                }
            }
            previous = week
        }
        if let first = plan.weeks.first, !first.days.flatMap(\.sessions).contains(where: \.isTraining) {
            fail("week 1 has no training")
        }
        // A plan that started with continuous runs ends no lower than it began (its last full week, not an easier one),
        // give or take the rounding of each run (to a tenth of a unit, or a whole minute for a jog). Not so after
        // amber or red weeks: a follow-up holds or steps back, and the single-run rule then counts from there.
        let perRun = max(facts.step, facts.pace * Double(ProgressionRules.jogRoundingMinutes))
        let heldBack = plan.history?.contains { $0.outcome != .progress && $0.outcome != .unrecorded } == true
        if let first = plan.weeks.first, facts.startsContinuous, !heldBack, first.days.allSatisfy({ $0.date >= profile.schedule.start }),
           let last = plan.weeks.last(where: { !$0.cutback }), last.volume + perRun * Double(last.runs.count) < first.volume {
            fail("the plan ends at \(last.volume), below week 1's \(first.volume)")
        }
        // Week 1's "about N% of usual running" is the week as printed, not the target before the per-run caps and
        // the dropped run: a full week's runs add up to that share of the usual weekly running, to the nearest 5%.
        let usual = profile.running.weekly.converted(to: facts.units)
        if let first = plan.weeks.first, first.days.allSatisfy({ $0.date >= profile.schedule.start }), usual > 0,
           let start = first.changes.first(where: { $0.kind == .start && $0.to == "continuous" }), let said = start.amount,
           abs(said - first.volume / usual * 100) > 2.5 + facts.step / usual * 100 {
            fail("week 1 says about \(said)% of usual running, but it is \(first.volume) of \(usual)")
        }
        let allDays = plan.weeks.flatMap(\.days)
        for (a, b) in zip(allDays, allDays.dropFirst()) {
            if a.isHard && b.isHard { fail("hard days back to back: \(a.date) and \(b.date)") }
            if a.sessions.contains(where: { $0.kind == .strength }) && b.sessions.contains(where: { $0.kind == .strength }) {
                fail("strength on consecutive days: \(a.date) and \(b.date)")
            }
        }
        return broken
    }
}

/// What the checks need to know about a plan's client, worked out from the profile as the brief states it.
struct PlanFacts {
    let units: DistanceUnit
    let step: Double
    /// Easy pace in plan units a minute.
    let pace: Double
    let minimumRun: Double
    let shortestJog: Double
    /// The longest run before the plan, when the plan starts with continuous runs.
    let runBeforePlan: Double?
    let painLimit: Double?
    let startsContinuous: Bool
    /// The most a week may reach: the client's own volume, or what their goal needs.
    let ceiling: Double
    let findings: [Weakness]

    init(_ plan: Plan, _ profile: ClientProfile) {
        let units = profile.units
        self.units = units
        step = units == .km ? ProgressionRules.roundingKilometres : ProgressionRules.roundingMiles
        let perMile = units == .km ? 1 : DistanceUnit.kilometresPerMile
        pace = ProgressionRules.easyRunSpeed / perMile / 60
        minimumRun = units == .km ? ProgressionRules.minimumRunKilometres : ProgressionRules.minimumRunMiles
        shortestJog = Double(ProgressionRules.walkRunBelowMinutes) * pace
        let weekly = profile.running.weekly.converted(to: units)
        let longest = profile.running.longRun.map { $0.converted(to: units) }
            ?? weekly / Double(min(profile.running.runsPerWeek, ProgressionRules.estimatedLongRunRuns))
        let limit = profile.symptoms.startsAfter.map { $0.converted(to: units) * ProgressionRules.painOnsetShare }
        painLimit = limit
        let continuous = plan.weeks.first?.runs.contains { $0.kind == .run } ?? false
        startsContinuous = continuous
        runBeforePlan = continuous && longest > 0 ? min(longest, limit ?? longest) : nil
        let goal = profile.running.goal.flatMap(GoalDistance.kilometres(in:)).map { $0 / perMile * ProgressionRules.goalWeeklyMultiple }
        ceiling = weekly > 0 ? max(weekly, goal ?? 0) : (goal ?? .infinity)
        findings = profile.weaknesses.map(\.weakness).filter(\.isHandledByExercise)
    }
}
