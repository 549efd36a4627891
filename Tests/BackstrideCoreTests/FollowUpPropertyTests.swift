import BackstrideCore
import PropertyBased
import Testing

/// Random profiles with random logs: the printed traffic light, applied by the tool, never does more than the plan
/// would have done, never progresses on red or amber, withholds after two reds, and never rewrites the past.
@Suite struct FollowUpPropertyTests {
    /// A random profile, a visit some weeks in, and for each week lived: nothing, or a week's summary.
    struct Visit: Sendable, CustomStringConvertible {
        var recipe: PlanPropertyTests.Recipe
        /// Days after week 1's Monday that the visit happens.
        var daysIn: Int
        /// Per week: -1 nothing logged, else an index into `lines`.
        var weeks: [Int]
        static let lines = [
            "{done: 4 of 4, during: 1, morning: 1}", "{done: 3 of 4, during: 3, morning: 2}", "{done: 4 of 4, during: 4, morning: 3}",
            "{done: 4 of 4, during: 5, morning: 4}", "{done: 2 of 4, during: 6, morning: 5}", "{done: 1 of 4, during: 2, morning: 1}",
            "{done: 4 of 4, during: 2, morning: 5}", "{done: 0 of 4}",
        ]

        func yaml(firstMonday: CalendarDate, today: CalendarDate, upTo last: Int = 8) -> String {
            var lines: [String] = []
            for (i, pick) in weeks.enumerated() where i < last && pick >= 0 && firstMonday.adding(days: 7 * i + 6) < today {
                lines.append("  week \(i + 1): \(Self.lines[pick % Self.lines.count])")
            }
            return lines.isEmpty ? recipe.yaml : recipe.yaml + "log:\n" + lines.joined(separator: "\n") + "\n"
        }

        var description: String { recipe.yaml + "visit \(daysIn) days in, weeks \(weeks)" }
    }

    static let visits = zip(PlanPropertyTests.recipes, Gen.int(in: 7...60), Gen.int(in: -1...7).array(of: 8))
        .map { Visit(recipe: $0, daysIn: $1, weeks: $2) }

    @Test func followUpsNeverDoMoreThanThePlanAndNeverRewriteThePast() async {
        await propertyCheck(count: 300, input: Self.visits) { visit in
            let start = PlanPropertyTests.today
            guard let base = ProfileLoader.load(text: visit.recipe.yaml, path: "r.yaml", today: start).profile else { return }
            let first = base.schedule.firstMonday
            let today = first.adding(days: visit.daysIn)
            let result = ProfileLoader.load(text: visit.yaml(firstMonday: first, today: today), path: "r.yaml", today: today)
            guard let profile = result.profile else {
                Issue.record("the generated log is invalid: \(result.diagnostics)\n\(visit)")
                return
            }
            let library = PlanPropertyTests.library
            let plan = PlanCompiler.compile(profile, library: library, today: today)
            #expect(PlanCompiler.compile(profile, library: library, today: today) == plan, "not deterministic")
            var unlogged = profile
            unlogged.log = []
            let planned = PlanCompiler.compile(unlogged, library: library, today: today)
            let broken = Self.violations(plan, planned: planned, profile: profile)
            #expect(broken.isEmpty, "\(broken.joined(separator: "\n"))\n\(visit)")
            // The past stays as it was: the same visit a week earlier, knowing less, printed the same weeks before it.
            let earlierToday = today.adding(days: -7)
            if earlierToday > first, let earlier = ProfileLoader.load(text: visit.yaml(firstMonday: first, today: earlierToday), path: "r.yaml", today: earlierToday).profile {
                let before = PlanCompiler.compile(earlier, library: library, today: earlierToday)
                let lived = plan.history?.count ?? 0
                let kept = min(lived - 1, before.weeks.count, plan.weeks.count)
                if kept > 0, !before.withheld, !plan.withheld {
                    #expect(Array(before.weeks.prefix(kept)).map(\.days) == Array(plan.weeks.prefix(kept)).map(\.days), "a later log changed an earlier week\n\(visit)")
                }
            }
        }
    }

    static func violations(_ plan: Plan, planned: Plan, profile: ClientProfile) -> [String] {
        guard !planned.withheld, !profile.log.isEmpty else { return [] }
        var broken: [String] = []
        let history = plan.history ?? []
        if plan.weeks.count > ProgressionRules.weeksAtMost { broken.append("\(plan.weeks.count) weeks, past the limit") }
        for (a, b) in zip(history, history.dropFirst()) where a.outcome == .stepBack && b.outcome == .stepBack && !plan.withheld {
            broken.append("weeks \(a.number) and \(b.number) red but the plan goes on")
        }
        guard !plan.withheld else { return broken }
        let step = planned.units == .km ? ProgressionRules.roundingKilometres : ProgressionRules.roundingMiles
        for (i, week) in plan.weeks.enumerated() {
            guard let basedOn = week.basedOn, planned.weeks.indices.contains(basedOn - 1) else { broken.append("week \(week.number) follows no plan week"); continue }
            // Never more than the plan's own week for this step, give or take the weekly rule's margin (its runs
            // are rounded afresh on a new calendar week); and never more than 10% over the highest week before it.
            let allowed = planned.weeks[basedOn - 1].volume * (1 + ProgressionRules.weeklyIncreaseCap)
            if week.volume > allowed + step * 4 + 1e-6 {
                broken.append("week \(week.number) runs \(week.volume), more than the plan allows for its week \(basedOn) (\(allowed))")
            }
            let before = plan.weeks.prefix(i).filter { !$0.runs.contains { $0.kind == .walkRun } }.map(\.volume).max()
            if let before, before > 0, !week.runs.contains(where: { $0.kind == .walkRun }), plan.weeks[i - 1].runs.allSatisfy({ $0.kind == .run }),
               week.volume > before * (1 + ProgressionRules.weeklyIncreaseCap) + step * Double(week.runs.count) + 1e-6 {
                broken.append("week \(week.number) runs \(week.volume), more than 10% over the highest week before it (\(before))")
            }
            guard i + 1 < plan.weeks.count, let lived = history.first(where: { $0.number == week.number }), let next = plan.weeks[i + 1].basedOn else { continue }
            switch lived.outcome {
            case .progress:
                if next != basedOn + 1 { broken.append("after green week \(week.number) the plan follows week \(next), not \(basedOn + 1)") }
            case .unrecorded:
                if next != basedOn + 1 { broken.append("after unlogged week \(week.number) the plan follows week \(next), not \(basedOn + 1)") }
                // No news moves on only when the last news was not a pain warning.
                if let before = history.last(where: { $0.number < lived.number }), [.repeat, .stepBack, .unrecordedAfterWarning].contains(before.outcome) {
                    broken.append("unlogged week \(week.number) moved on after week \(before.number) (\(before.outcome))")
                }
            case .repeat, .missed:
                if next != basedOn { broken.append("after week \(week.number) (\(lived.outcome)) the plan follows week \(next), not \(basedOn) again") }
            case .unrecordedAfterWarning:
                // Held, and only after a pain warning with nothing logged since.
                if next != basedOn { broken.append("after unlogged week \(week.number), after a warning, the plan follows week \(next), not \(basedOn) again") }
                let before = history.last { $0.number < lived.number }
                if let before, ![.repeat, .stepBack, .unrecordedAfterWarning].contains(before.outcome) {
                    broken.append("unlogged week \(week.number) is held, but week \(before.number) was \(before.outcome)")
                }
            case .stepBack:
                // Red never moves on, and never to more running than the red week ran.
                if next > basedOn || (next < basedOn && planned.weeks[next - 1].volume > week.volume + 1e-6) {
                    broken.append("after red week \(week.number) the plan follows week \(next)")
                }
                if plan.weeks[i + 1].volume > week.volume + 1e-6 { broken.append("the week after red week \(week.number) runs more") }
            }
        }
        // Every rule a plan keeps (weekly cap, single runs, rest days, exercise steps), follow-up aware.
        broken += PlanInvariants.violations(plan, profile, PlanPropertyTests.library)
        return broken
    }
}
