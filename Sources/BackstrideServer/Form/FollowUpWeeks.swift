import BackstrideCore

/// The weeks the follow-up grid shows: every week of the plan as printed that has begun by today, each with the
/// days and sessions the client's sheet had. A week depends only on the log before it (docs/rules.md, "Follow-up"),
/// so a week the whole log withholds (two reds, a warning sign) is still found by planning with the lines before it.
enum FollowUpWeeks {
    static func weeks(_ form: ProfileForm, check: FormCheck, library: ExerciseLibrary, today: CalendarDate) -> [PlanWeek]? {
        guard let profile = check.profile ?? withoutLog(form, today: today) else { return nil }
        let first = profile.schedule.firstMonday
        var weeks: [PlanWeek] = []
        for number in 1...ProfileLimits.weeks.upperBound {
            guard first.adding(days: 7 * (number - 1)) <= today else { break }
            if let plan = check.plan, !plan.withheld, let week = plan.weeks.first(where: { $0.number == number }) {
                weeks.append(week)
                continue
            }
            var before = profile
            before.log = profile.log.filter { weekNumber($0.when, first: first) < number }
            let plan = PlanCompiler.compile(before, library: library, today: today)
            guard !plan.withheld, let week = plan.weeks.first(where: { $0.number == number }) else { break }
            weeks.append(week)
        }
        return weeks
    }

    /// The profile without its log, when the log is what stops the form from checking clean: the grid still needs
    /// the weeks to show each mistake beside its day.
    static func withoutLog(_ form: ProfileForm, today: CalendarDate) -> ClientProfile? {
        var bare = form
        bare.log = []
        return ProfileLoader.load(text: ProfileYAML(bare).text, path: "profile.yaml", today: today).profile
    }

    static func weekNumber(_ when: LogEntry.When, first: CalendarDate) -> Int {
        switch when {
        case .day(let d): return first.days(until: d) / 7 + 1
        case .week(let n): return n
        }
    }
}
