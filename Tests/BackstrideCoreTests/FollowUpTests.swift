import BackstrideCore
import Foundation
import Testing

/// The follow-up fixtures (Fixtures/follow-up, each naming its `# today:`): golden plans, and what each must do.
@Suite struct FollowUpTests {
    static let folder = TestPaths.repository.appendingPathComponent("Tests/BackstrideCoreTests/Fixtures/follow-up")
    static let golden = TestPaths.repository.appendingPathComponent("Tests/BackstrideCoreTests/Golden/follow-up")
    static let names = TestPaths.files(in: folder, ending: ".yaml").map(\.lastPathComponent)

    static func load(_ name: String) throws -> (profile: ClientProfile, today: CalendarDate, plan: Plan) {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let today = try #require(text.split(separator: "\n").first.flatMap { CalendarDate(iso: $0.replacingOccurrences(of: "# today: ", with: "")) })
        let result = ProfileLoader.load(text: text, path: name, today: today)
        let profile = try #require(result.profile, "\(result.diagnostics)")
        return (profile, today, PlanCompiler.compile(profile, library: PlanPropertyTests.library, today: today))
    }

    @Test(arguments: names)
    func planMatchesItsGoldenFile(_ name: String) throws {
        let (_, _, plan) = try Self.load(name)
        let json = try PlanJSON.string(plan) + "\n"
        let url = Self.golden.appendingPathComponent(name.replacingOccurrences(of: ".yaml", with: ".json"))
        if ProcessInfo.processInfo.environment["BACKSTRIDE_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try json.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(json == (try String(contentsOf: url, encoding: .utf8)), "follow-up plan for \(name) changed; review and record")
        #expect(try JSONDecoder().decode(Plan.self, from: Data(json.utf8)) == plan)
    }

    @Test func greenWeeksMoveOnAsPlanned() throws {
        let (profile, today, plan) = try Self.load("green.yaml")
        var noLog = profile
        noLog.log = []
        let planned = PlanCompiler.compile(noLog, library: PlanPropertyTests.library, today: today)
        #expect(plan.weeks.map(\.days) == planned.weeks.map(\.days))
        #expect(plan.history?.map(\.light) == [.green, .green, .green])
        #expect(plan.weeks.map(\.basedOn) == plan.weeks.map(\.number))
    }

    @Test func anAmberWeekIsRepeatedAndThePlanRunsLonger() throws {
        let (_, _, plan) = try Self.load("amber.yaml")
        #expect(plan.history?.last?.light == .amber)
        #expect(plan.weeks[3].basedOn == 3 && plan.weeks[3].because == WeekBecause(week: 3, outcome: .repeat))
        #expect(plan.weeks[3].volume <= plan.weeks[2].volume)
        #expect(plan.weeks.count == 7)
        #expect(plan.contactClinician == nil)
    }

    /// No scores after an amber week do not show that the pain settled: the plan holds until a week is logged. The
    /// same silence after green weeks moves on (see the mostly missed fixture).
    @Test func unloggedWeeksAfterAnAmberOneAreHeld() throws {
        let (_, _, plan) = try Self.load("amber-then-nothing.yaml")
        #expect(plan.history?.map(\.outcome) == [.progress, .progress, .repeat, .unrecordedAfterWarning, .unrecordedAfterWarning])
        #expect(plan.weeks[3...5].map(\.basedOn) == [3, 3, 3], "weeks 4 to 6 all hold week 3's training")
        #expect(plan.weeks[5].because == WeekBecause(week: 5, outcome: .unrecordedAfterWarning))
        #expect(plan.weeks[5].volume <= plan.weeks[2].volume)
        let change = try #require(plan.weeks[4].changes.first)
        #expect(change.kind == .repeatWeek && change.from == "not_recorded_after_warning")
        #expect(PlanSummary.progress(plan).contains { $0.contains("week 4: not logged") && $0.contains("after a pain warning") })
    }

    @Test func aRedWeekStepsBackAndAsksToContactTheClinician() throws {
        let (_, _, plan) = try Self.load("red.yaml")
        #expect(plan.history?.last?.light == .red, "worse the next morning (3 then 5) is red")
        #expect(plan.weeks[3].basedOn == 2 && plan.weeks[3].because?.outcome == .stepBack)
        #expect(plan.contactClinician == true)
        let stepped = Set(plan.weeks[3].days.flatMap(\.sessions).flatMap(\.exercises).map(\.id))
        #expect(stepped.contains("clamshell") && !stepped.contains("side_lying_leg_raise"), "one step down the chain")
        #expect(plan.weeks[4].basedOn == 3 && plan.weeks[4].changes.map(\.kind) == [.retryWeek], "then the red week's step is tried again")
    }

    /// A step tried again more than a month after it was done, the weeks between easier: its runs are cut to 10% over
    /// the longest run of the last 30 days, and the week says so. Copied as done, the 16-minute jog broke that rule.
    @Test func aStepTriedAgainAfterAMonthKeepsTheSingleRunRule() throws {
        let (profile, _, plan) = try Self.load("retry-after-a-month.yaml")
        let retried = try #require(plan.weeks.first { $0.changes.contains { $0.kind == .retryWeek } })
        let done = try #require(plan.weeks.first { $0.number == 2 })
        #expect(retried.basedOn == 2 && retried.changes.map(\.kind) == [.retryWeek, .runsCut])
        #expect(retried.runs.compactMap(\.minutes) == [15, 10] && done.runs.compactMap(\.minutes) == [16, 10])
        #expect(RunInvariants.violations(plan, profile, PlanFacts(plan, profile), followUp: true).isEmpty)
    }

    @Test func twoRedWeeksWithholdTheRest() throws {
        let (_, _, plan) = try Self.load("two-reds.yaml")
        #expect(plan.withheld && plan.weeks.isEmpty)
        #expect(plan.screening.signs.first == "two_red_weeks")
        #expect(plan.history?.count == 4)
    }

    @Test func aMostlyMissedWeekIsRepeatedAndAnUnloggedOneGoesOnAsPrinted() throws {
        let (_, _, plan) = try Self.load("missed.yaml")
        #expect(plan.history?.map(\.outcome) == [.progress, .missed, .unrecorded])
        #expect(plan.weeks[2].basedOn == 2, "the mostly missed week 2 was repeated")
        #expect(plan.weeks[3].basedOn == 3, "nothing says week 3 went badly, so it moves on")
        #expect(plan.weeks.count == 7, "one repeated week: one week longer")
    }

    @Test func aRedFlagSignInTheLogWithholdsTheRest() throws {
        let (_, _, plan) = try Self.load("new-sign.yaml")
        #expect(plan.withheld && plan.screening.level == .emergency)
        #expect(plan.screening.findings.first?.rule == "follow_up_signs")
    }
}
