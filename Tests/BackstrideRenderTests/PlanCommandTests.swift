import Foundation
import Testing

/// `backstride plan` and `check` on the plan compiler v2's output: a "why" line for every week, the JSON's
/// `schema_version` and `weeks[].changes`, and the goal warning placed at `goal_date`.
@Suite struct PlanCommandTests {
    let cli = CommandLineTests()
    let today = ["--today", "2026-11-21"]
    let goalTooSoon = "Tests/BackstrideCoreTests/Fixtures/review/goal-too-soon.yaml"

    @Test func everyWeekSaysWhatChangedAndWhy() throws {
        let plan = try cli.run(["plan", goalTooSoon] + today)
        #expect(plan.status == 0)
        let weeks = plan.stdout.components(separatedBy: "\nWeek ").count - 1
        #expect(weeks == 8)
        #expect(plan.stdout.components(separatedBy: "\n  why: ").count - 1 == weeks)
        #expect(plan.stdout.contains("Goal: city marathon (42.2 km), needs a long run of about 32 km; not realistic by 2027-01-17"))
        #expect(plan.stdout.contains("After the plan: carry on from"))
    }

    @Test func theJSONCarriesItsVersionAndEachWeeksChanges() throws {
        let run = try cli.run(["plan", goalTooSoon, "--json"] + today)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["schema_version"] as? Int == 2)
        let weeks = try #require(json["weeks"] as? [[String: Any]])
        #expect(weeks.allSatisfy { ($0["changes"] as? [[String: Any]])?.isEmpty == false })
        let first = try #require((weeks.first?["changes"] as? [[String: Any]])?.first)
        #expect(first["kind"] as? String == "start")
        let goal = try #require(json["goal"] as? [String: Any])
        #expect(goal["status"] as? String == "unrealistic")
        #expect((json["after"] as? [String: Any])?["strength"] as? [String] != nil)
    }

    @Test func checkWarnsAtTheGoalDateWhenTheRaceIsTooSoon() throws {
        let check = try cli.run(["check", goalTooSoon] + today)
        #expect(check.status == 0, "a warning is not an error")
        #expect(check.stderr.contains("\(goalTooSoon):6:76: warning: goal_date 2027-01-17 is too soon"))
    }
}
