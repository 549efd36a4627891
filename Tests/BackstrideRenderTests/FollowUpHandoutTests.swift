import BackstrideBatch
import BackstrideCore
import BackstrideRender
import Foundation
import Testing

/// A handout made at a follow-up, read back from the PDF: "Progress so far" with the scores and what each week
/// decided, week pages only for the weeks ahead, and a referral (with the scores) when the log withholds the rest.
@Suite struct FollowUpHandoutTests {
    /// A follow-up fixture rendered on the day its first line names (`# today: DATE`).
    static func fixture(_ name: String) throws -> (pages: [String], plan: Plan, info: [String: String]) {
        let text = try String(contentsOf: RenderTestSupport.repository
            .appendingPathComponent("Tests/BackstrideCoreTests/Fixtures/follow-up/\(name).yaml"), encoding: .utf8)
        let today = try #require(CalendarDate(iso: String(text.prefix { $0 != "\n" }.dropFirst("# today: ".count))))
        return try render(RenderTestSupport.profile(text, today: today), today: today)
    }

    static func render(_ profile: ClientProfile, today: CalendarDate = RenderTestSupport.today) throws -> (pages: [String], plan: Plan, info: [String: String]) {
        let (pdf, _, plan) = try RenderTestSupport.handout(profile, renderer: try Renderer(), today: today)
        return (try PDFTools.pages(pdf).map { $0.replacingOccurrences(of: "\n", with: " ") }, plan, try PDFTools.info(pdf))
    }

    @Test func theExampleFollowUpShowsProgressAndOnlyTheWeeksAhead() throws {
        let (pages, plan, info) = try Self.render(try RenderTestSupport.example("morgan-follow-up.yaml"))
        #expect(plan.history?.map(\.light) == [.green, .amber])
        #expect(info["Pages"] == String(pages.count))
        #expect(pages[0].contains("Updated from your sheets for weeks 1 to 2. The week pages start at week 3."))
        let progress = try #require(pages.first { $0.contains("Progress so far") })
        #expect(progress.contains("Week 1: green. You did 100% of it. Worst pain: 2 during, 1 the next morning. So week 2 moves on."))
        #expect(progress.contains("Week 2: amber. You did 88% of it. Worst pain: 4 during, 3 the next morning. So week 3 repeats it."))
        #expect(progress.contains("Your notes: cut the strength short; sore in the last 2 km."), "the client's notes are shown")
        #expect(!progress.contains("contact"), "no red week, no call to the clinician")
        let weeks = plan.weeks.count
        #expect(!pages.contains { $0.contains("Week 1 of \(weeks)") || $0.contains("Week 2 of \(weeks)") }, "weeks lived are not printed again")
        let week3 = try #require(pages.first { $0.contains("Week 3 of \(weeks)") })
        #expect(week3.contains("Week 2 was amber, so this week repeats the same training."))
        #expect(try #require(pages.firstIndex { $0.contains("Progress so far") }) < pages.firstIndex(of: week3)!)
        let overview = try #require(pages.first { $0.contains("Your plan at a glance") })
        #expect(overview.contains("A word under a bar: how that week went"))
    }

    /// Weeks with nothing written down after an amber week: the progress page says they are held and why, without
    /// claiming "0% done", and the week page asks for the scores.
    @Test func unloggedWeeksAfterAnAmberOneAreHeldInPrint() throws {
        let (pages, plan, _) = try Self.fixture("amber-then-nothing")
        let progress = try #require(pages.first { $0.contains("Progress so far") })
        #expect(progress.contains("Week 4: nothing written down. It came after a painful week, so week 5 repeats it until your scores show the pain has settled."))
        #expect(!progress.split(whereSeparator: \.isWhitespace).contains("0%"), "an unlogged week is not \"0% done\"")
        let week6 = try #require(pages.first { $0.contains("Week 6 of \(plan.weeks.count)") })
        #expect(week6.contains("Nothing was written down for week 5, which came after a painful week, so this week repeats the same training."))
    }

    @Test func aRedWeekStepsBackAndTheHandoutSaysToContactTheClinician() throws {
        let (pages, plan, _) = try Self.fixture("red")
        #expect(plan.contactClinician == true)
        let progress = try #require(pages.first { $0.contains("Progress so far") })
        #expect(progress.contains("Week 3: red.") && progress.contains("So week 4 goes back to easier training."))
        #expect(progress.contains("A week was red. Please contact Alex Lee about your back."))
        let week4 = try #require(pages.first { $0.contains("Week 4 of \(plan.weeks.count)") })
        #expect(week4.contains("Week 3 was red, so this week goes back to easier training. Please contact Alex Lee"))
        let week5 = try #require(pages.first { $0.contains("Week 5 of \(plan.weeks.count)") })
        #expect(week5.contains("This week tries the training of week 3 again. Do it only if last week was green."))
    }

    @Test func twoRedWeeksPrintAReferralWithTheScores() throws {
        let (pages, plan, _) = try Self.fixture("two-reds")
        #expect(plan.withheld)
        #expect(pages[0].contains("Please get checked before you go on"))
        #expect(pages[0].contains("Your pain was in the red two weeks in a row (weeks 3 and 4)."))
        #expect(pages[0].contains("Do not go on with the running plan until a doctor has checked you."))
        #expect(pages[0].contains("Let Alex Lee know as well."))
        let progress = try #require(pages.last)
        #expect(progress.contains("Progress so far") && progress.contains("Show this page to the doctor"))
        #expect(progress.contains("Week 4: red.") && progress.contains("So the plan stops here until you have been checked."))
        #expect(!pages.contains { $0.contains("Week 5 of") }, "no week pages")
    }

    @Test func aRedFlagSignInTheLogPrintsTheEmergencyReferral() throws {
        let (pages, plan, _) = try Self.fixture("new-sign")
        #expect(plan.withheld && plan.screening.level == .emergency)
        #expect(pages[0].contains("Go to an emergency department now"))
        #expect(!pages.contains { $0.contains("Week 1 of") || $0.contains("Progress so far") }, "nothing of the plan is printed")
    }

    @Test func theWeeklyPackPrintsTheReplannedWeek() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("backstride-follow-up-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: RenderTestSupport.repository.appendingPathComponent("Examples/morgan-follow-up.yaml"),
                                         to: folder.appendingPathComponent("morgan.yaml"))
        let out = folder.appendingPathComponent("out")
        let settings = BatchSettings(outputFolder: out.path, jobs: 1, today: RenderTestSupport.today, week: CalendarDate(year: 2026, month: 11, day: 18)!,
                                     force: true, paper: nil, largePrint: false, library: try RenderTestSupport.library(),
                                     wording: try RenderTestSupport.wording(), clinic: nil, sharedDigest: "test")
        _ = try BatchRunner(settings: settings).run(files: ProfileDiscovery.find([folder.path]).profiles, report: { _ in }, progress: { _, _, _ in })
        let pages = try PDFTools.pages(Array(Data(contentsOf: out.appendingPathComponent("pack-2026-11-16.pdf"))))
            .map { $0.replacingOccurrences(of: "\n", with: " ") }
        let sheet = try #require(pages.first { $0.contains("Week 3 of 7") })
        #expect(sheet.contains("Week 2 was amber, so this week repeats the same training."), "the pack prints the week as re-planned")
    }
}
