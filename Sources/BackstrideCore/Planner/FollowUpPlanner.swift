/// Re-plans from a follow-up log: the printed traffic light, applied by the tool. The plan is replayed week by week:
/// each lived week (ended before today) is judged from its log, and decides the next one. Green moves on as planned;
/// amber or a mostly missed week repeats the same step (a week not logged at all went on as printed: no news changes
/// nothing, unless it came after a pain warning: then it is held too, until scores show the pain settled); red steps
/// back one week's load and one step down each exercise chain (to the latest earlier step that ran no more, so an
/// easier week is never followed by a heavier "step back") and asks the client to contact their clinician; two reds
/// in a row, or a red-flag sign in the log, withhold the rest. Weeks not yet lived follow on as planned. Repeats
/// stretch the plan, never past `ProgressionRules.weeksAtMost` calendar weeks from week 1.
///
/// Each week depends only on the log of the weeks before it, so a later log line never changes an earlier week.
enum FollowUpPlanner {
    static func replan(_ plan: Plan, profile: ClientProfile, library: ExerciseLibrary, today: CalendarDate) -> Plan {
        var plan = plan
        // A red-flag sign noticed since the last visit is screened like a reported one, and no earlier clearance covers it.
        if let screening = followUpScreening(profile, today: today, base: plan.screening) {
            plan.screening = screening
            plan.withheld = true
            plan.history = []
            plan.weeks = []
            plan.goal = nil
            plan.after = nil
            return plan
        }
        // The plan as compiled without the log: what each step holds and runs.
        var builder = WeekBuilder(profile: profile, library: library)
        let original = plan.weeks
        let steps = original.count
        var weeks: [PlanWeek] = []
        var history: [HistoryWeek] = []
        var step = 0
        var because: WeekBecause?
        var redBefore = false
        while step < steps, weeks.count < ProgressionRules.weeksAtMost {
            let monday = builder.firstMonday.adding(days: 7 * weeks.count)
            var week: PlanWeek
            if let done = weeks.last(where: { $0.basedOn == step + 1 }) {
                // A step already done (repeated, stepped back to, or tried again after a step back) is the week the
                // client did, moved on: the same load, exercises and doses.
                week = moved(done, to: monday, number: weeks.count + 1, after: weeks.last)
                // Done more than a month ago, its runs may be longer than the last 30 days now allow.
                builder.running.resetHistory(to: weeks)
                let within = builder.running.withinSingleRunRule(week)
                week = within.week
                week.volume = Self.volume(week)
                if let because, because.outcome.holds || because.outcome == .stepBack {
                    week.changes = [WeekChange(because.outcome == .stepBack ? .stepBack : .repeatWeek, from: because.outcome.rawValue,
                                               to: String(step + 1), amount: Double(because.week))]
                } else {
                    // Forward again onto a step done before: the one a red week stepped back from.
                    week.changes = [WeekChange(.retryWeek, to: String(step + 1), amount: Double(done.number))]
                }
                if within.cut { week.changes.append(WeekChange(.runsCut)) }
            } else {
                // A step never reached comes straight after the highest one built, so the builder carries on from it,
                // with its run history made from the calendar as it really went.
                builder.running.resetHistory(to: weeks)
                week = builder.week(step: step, monday: monday, number: weeks.count + 1, after: weeks.last)
            }
            week.basedOn = step + 1
            week.because = because
            weeks.append(week)
            guard week.end < today else {
                step += 1
                because = WeekBecause(week: week.number, outcome: .progress)
                continue
            }
            var review = HistoryWeek(week, log: profile.log)
            if review.outcome == .unrecorded, history.last?.outcome.leavesAWarning == true {
                review.outcome = .unrecordedAfterWarning
            }
            history.append(review)
            because = WeekBecause(week: week.number, outcome: review.outcome)
            switch review.outcome {
            case .progress, .unrecorded: step += 1
            case .repeat, .missed, .unrecordedAfterWarning: break
            case .stepBack:
                plan.contactClinician = true
                if redBefore {
                    plan.screening = twoRedWeeks(plan.screening, week: week.number, contact: profile.clinician)
                    plan.withheld = true
                    plan.history = history
                    plan.weeks = []
                    plan.goal = nil
                    plan.after = nil
                    return plan
                }
                // Back to the latest earlier step that ran no more than this week (an easier week's step before it ran
                // more); with none, this week's step is held.
                let ran = week.volume
                step = (0..<step).last { original[$0].volume <= ran + 1e-6 } ?? step
            }
            redBefore = review.outcome == .stepBack
        }
        plan.weeks = weeks
        plan.history = history
        if !weeks.isEmpty {
            let baseline = RunnerBaseline(profile)
            plan.goal = PlanOutlook.goal(profile, weeks: weeks, baseline: baseline)
            plan.after = PlanOutlook.after(weeks, baseline: baseline)
        }
        return plan
    }

    /// A lived week again on a later calendar week: the same sessions on the same weekdays. Days before the plan's
    /// start (a first week begun mid-week) become rest days, and a Monday session that would follow last week's
    /// Sunday of the same kind (walk-run, strength, a hard session) is left out rather than done two days running.
    static func moved(_ week: PlanWeek, to monday: CalendarDate, number: Int, after previous: PlanWeek?) -> PlanWeek {
        var copy = week
        copy.number = number
        copy.start = monday
        let sunday = previous?.days.last?.sessions ?? []
        for i in copy.days.indices {
            copy.days[i].date = monday.adding(days: i)
            if copy.days[i].sessions.isEmpty { copy.days[i].sessions = [Session(kind: .rest)] }
            guard i == 0 else { continue }
            let clashes = { (s: Session) in
                (s.kind == .walkRun && sunday.contains { $0.kind == .walkRun }) || (s.kind == .strength && sunday.contains { $0.kind == .strength })
                    || (s.hard == true && sunday.contains { $0.hard == true })
            }
            let dropped = copy.days[0].sessions.filter(clashes)
            copy.days[0].sessions.removeAll(where: clashes)
            if !copy.days[0].sessions.contains(where: \.isTraining), !copy.days[0].sessions.contains(where: { $0.kind == .rest }) {
                copy.days[0].sessions.insert(Session(kind: .rest), at: 0)
            }
            // An exercise that only came with a dropped session (a drill before the run) stays in the week as a short
            // routine that day, so every finding keeps its work.
            let kept = Set(copy.days.flatMap(\.sessions).flatMap(\.exercises).map(\.id))
            let orphans = dropped.flatMap(\.exercises).filter { !kept.contains($0.id) }
            if !orphans.isEmpty {
                let seconds = orphans.reduce(0) { $0 + $1.dosage.estimatedSeconds }
                copy.days[0].sessions.append(Session(kind: .mobility, minutes: max(1, Int((Double(seconds) / 60).rounded(.up))), exercises: orphans))
            }
        }
        copy.volume = volume(copy)
        return copy
    }

    /// A week's running as printed: distances step by a tenth in either unit.
    static func volume(_ week: PlanWeek) -> Double {
        (week.runs.compactMap(\.distance).reduce(0, +) * 10 + 1e-6).rounded(.down) / 10
    }

    /// Screening of the signs logged so far, as if newly reported; nil when none raises the level.
    static func followUpScreening(_ profile: ClientProfile, today: CalendarDate, base: ScreeningResult) -> ScreeningResult? {
        let signs = profile.log.filter { entry in
            if case .day(let d) = entry.when { return d <= today }
            return true
        }.flatMap(\.signs)
        guard !signs.isEmpty else { return nil }
        var reported = profile
        reported.symptoms.signs = signs
        reported.symptoms.clearedBy = nil
        let found = Screener.screen(reported, today: today).findings.filter { f in signs.contains { $0.rawValue == f.sign } && f.level > .clear }
        guard let level = found.map(\.level).max() else { return nil }
        var result = base
        result.findings = found.map { var f = $0; f.rule = "follow_up_signs"; return f } + base.findings
        result.level = max(level, base.level)
        result.withheld = true
        result.decision = "A warning sign was noted at the follow-up, so the rest of the plan is held back: see a doctor as the handout says."
        return result
    }

    /// Two red weeks in a row: the plan stops and the client sees their clinician (a routine referral).
    static func twoRedWeeks(_ base: ScreeningResult, week: Int, contact: String?) -> ScreeningResult {
        var result = base
        let finding = ScreeningFinding(rule: "follow_up", level: .routine, sign: "two_red_weeks",
                                       reason: "Your pain was in the red two weeks in a row (weeks \(week - 1) and \(week)).")
        result.findings = [finding] + base.findings
        result.level = max(.routine, base.level)
        result.withheld = true
        result.decision = "Two red weeks in a row, so the rest of the plan is held back until \(contact ?? "a doctor or physiotherapist") has seen the client."
        return result
    }
}
