import BackstrideCore
import Testing

/// Every red flag changes the outcome, for every kind of profile.
@Suite struct ScreeningTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 21)!

    static func profile(signs: [String] = [], clinician: Bool, cleared: Bool = false, birthYear: Int = 1990,
                        onset: Int? = 6, pain: Int = 3, rest: Int = 0) throws -> ClientProfile {
        var yaml = "client: {name: Test, birth_year: \(birthYear)}\n"
        if clinician { yaml += "clinician: Alex Lee\n" }
        yaml += "symptoms:\n  pain: \(pain)\n  pain_at_rest: \(rest)\n  signs: [\(signs.joined(separator: ", "))]\n"
        if let onset { yaml += "  weeks_since_onset: \(onset)\n" }
        if cleared { yaml += "  cleared_by: Alex Lee\n" }
        yaml += "schedule: {start: 2026-11-23}\n"
        return try #require(ProfileLoader.load(text: yaml, path: "t", today: today).profile)
    }

    @Test(arguments: RedFlagSign.allCases)
    func everySignChangesTheOutcome(_ sign: RedFlagSign) throws {
        let emergency = sign.tier == .emergency
        let expected: ScreeningLevel = emergency ? .emergency : .seeDoctor
        for (clinician, cleared, withheld) in [(false, false, true), (false, true, true), (true, false, true), (true, true, emergency)] {
            let result = Screener.screen(try Self.profile(signs: [sign.rawValue], clinician: clinician, cleared: cleared), today: Self.today)
            #expect(result.level == expected)
            #expect(result.withheld == withheld, "clinician \(clinician), cleared \(cleared)")
            #expect(result.signs == [sign.rawValue])
            #expect(!result.findings[0].reason.isEmpty)
        }
    }

    @Test func anEmergencySignOutweighsAClearedSeeDoctorSign() throws {
        let result = Screener.screen(try Self.profile(signs: ["night_pain", "saddle_numbness"], clinician: true, cleared: true), today: Self.today)
        #expect(result.level == .emergency)
        #expect(result.withheld)
        #expect(result.signs == ["saddle_numbness", "night_pain"])
    }

    @Test func selfGuidedAgeRule() throws {
        // 18 or 56 years old, pain new or onset not given: a doctor first; long-standing pain or a clinician: clear.
        for (year, onset, clinician, level) in [(2008, 6, false, ScreeningLevel.seeDoctor), (1970, nil, false, .seeDoctor),
                                                (1970, 20, false, .clear), (2008, 6, true, .clear), (1990, nil, false, .clear)] as [(Int, Int?, Bool, ScreeningLevel)] {
            let result = Screener.screen(try Self.profile(clinician: clinician, birthYear: year, onset: onset), today: Self.today)
            #expect(result.level == level, "born \(year), onset \(String(describing: onset)), clinician \(clinician)")
            #expect(result.withheld == (level != .clear))
        }
    }

    @Test func selfGuidedPainRule() throws {
        #expect(Screener.screen(try Self.profile(clinician: false, rest: 7), today: Self.today).signs == ["severe_rest_pain"])
        #expect(Screener.screen(try Self.profile(clinician: false, pain: 8), today: Self.today).signs == ["severe_running_pain"])
        #expect(Screener.screen(try Self.profile(clinician: false, pain: 7, rest: 6), today: Self.today).level == .clear)
        #expect(Screener.screen(try Self.profile(clinician: true, pain: 9, rest: 8), today: Self.today).level == .clear)
    }

    @Test func aWithheldPlanHasNoWeeks() throws {
        let library = PlanPropertyTests.library
        let plan = PlanCompiler.compile(try Self.profile(signs: ["fever"], clinician: false), library: library, today: Self.today)
        #expect(plan.withheld && plan.weeks.isEmpty && plan.screening.level == .seeDoctor)
        let cleared = PlanCompiler.compile(try Self.profile(signs: ["fever"], clinician: true, cleared: true), library: library, today: Self.today)
        #expect(!cleared.withheld && cleared.weeks.count == 6 && cleared.screening.signs == ["fever"])
    }
}
