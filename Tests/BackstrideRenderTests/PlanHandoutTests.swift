import BackstrideCore
import BackstrideRender
import Foundation
import Testing

/// What the plan compiler v2 adds to the handout, read back from the PDF: each week's "what changes and why", jogs
/// by time, how to count steps where a cadence target appears, the goal outlook, how hard to work and when to move
/// on on the cards, and the closing "After this plan" page.
@Suite struct PlanHandoutTests {
    static func review(_ name: String) throws -> ClientProfile {
        try RenderTestSupport.profile(String(contentsOf: RenderTestSupport.repository
            .appendingPathComponent("Tests/BackstrideCoreTests/Fixtures/review/\(name).yaml"), encoding: .utf8))
    }

    static func text(_ name: String) throws -> (pages: [String], plan: Plan) {
        let (pdf, _, plan) = try RenderTestSupport.handout(try review(name), renderer: try Renderer())
        return (try PDFTools.pages(pdf).map { $0.replacingOccurrences(of: "\n", with: " ") }, plan)
    }

    @Test func everyWeekPageSaysWhatChangesAndWhy() throws {
        let (pages, plan) = try Self.text("pain-after-short-distance")
        for week in plan.weeks {
            let page = try #require(pages.first { $0.contains("Week \(week.number) of \(plan.weeks.count)") })
            #expect(page.contains("What changes this week, and why"), "week \(week.number)")
        }
        let week3 = try #require(pages.first { $0.contains("Week 3 of 6") })
        #expect(week3.contains("You now run without walking, for about 24 minutes each time."))
        #expect(week3.contains("where your pain used to start. Stop the run if pain comes on."))
        #expect(week3.contains("Steps a minute: count them for 30 seconds and double it"), "a cadence target says how to count")
        #expect(week3.contains("Only move on if you can do this: 15 slow lifts each side with your hips still and no pain."))
    }

    /// An exercise that moves on but stays the warm-up before runs is not left looking like a mistake on the calendar.
    @Test func aWarmUpKeptAfterItsExerciseMovesOnIsExplained() throws {
        let (pages, plan) = try Self.text("pain-after-distance")
        let week = try #require(plan.weeks.first { $0.changes.contains { $0.kind == .warmUpKept } })
        let kept = try #require(week.changes.first { $0.kind == .warmUpKept }?.to)
        let page = try #require(pages.first { $0.contains("Week \(week.number) of \(plan.weeks.count)") })
        #expect(kept == "side_lying_leg_raise")
        #expect(page.contains("Side-lying leg raise moves on to"))
        // pdftotext drops the hyphen of "warm-up" when it ends a line.
        #expect(page.contains("If not, keep doing Side-lying leg raise. Either way, keep Side-lying leg raise as your warm"))
    }

    @Test func shortRunsAreJogsByTimeAndTheLastPageSaysHowToCarryOn() throws {
        let (pages, plan) = try Self.text("low-volume")
        let jog = try #require(plan.weeks[0].runs.first)
        #expect(jog.byTime == true)
        #expect(pages.contains { $0.contains("Easy jog \(jog.minutes ?? 0) min") })
        let last = try #require(pages.last)
        #expect(last.contains("After this plan") && last.contains("Keep building slowly") && last.contains("When to see"))
        let after = try #require(plan.after)
        let limit = (after.longestRun * 1.1 * 10).rounded() / 10
        let number = limit == limit.rounded() ? String(Int(limit)) : String(limit)
        #expect(last.contains("no run longer than \(number)\u{00A0}km") || last.contains("no run longer than \(number) km"))
        #expect(!last.contains("Your goal"), "no goal, no goal section")
    }

    @Test func aGoalTooSoonIsSaidOnTheCoverAndAtTheEnd() throws {
        let (pages, _) = try Self.text("goal-too-soon")
        #expect(pages[0].contains("At a safe rate you would not be ready for city marathon by 17 January 2027."))
        #expect(try #require(pages.last).contains("Your goal"))
    }

    @Test func cardsSayHowHardAndWhenToMoveOn() throws {
        let (pages, _) = try Self.text("fully-equipped")
        let cards = pages.drop { !$0.contains("Your exercises") }.joined(separator: " ")
        #expect(cards.contains("How hard: the last 2 reps of each round feel hard, but you still do them well."))
        #expect(cards.contains("Ready for the next step when:"))
        #expect(cards.contains("What to use:"), "equipment exercises say how to choose the band or weight")
        #expect(cards.contains("Week 1 ") && cards.contains("Week 2 "), "doses are given week by week")
    }
}
