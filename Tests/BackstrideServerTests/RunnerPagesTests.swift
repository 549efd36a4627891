import BackstrideCore
import BackstrideServer
import Foundation
import Testing

/// The self-guided questions: warning signs first, an emergency stops at once, and the end is a saved profile
/// and its handout.
@Suite struct RunnerPagesTests {
    static let noEmergency = IntakeQuestions.redFlags.filter { $0.sign.ownLevel == .emergency }.map { ($0.question.id, "no") }
    static let noOtherSign = IntakeQuestions.redFlags.filter { $0.sign.ownLevel != .emergency }.map { ($0.question.id, "no") }

    @Test func anEmergencyAnswerStopsAtOnce() async throws {
        let fixture = try ServerFixture(examples: false)
        try await fixture.test { browser in
            let first = try await browser.get("/runner")
            #expect(first.text.contains("numbness or tingling between your legs"))
            #expect(!first.text.contains("fever"))
            let answers = Self.noEmergency.map { $0.0 == "sign_saddle_numbness" ? ($0.0, "yes") : $0 }
            let stop = try await browser.post("/runner/next", answers)
            #expect(stop.text.contains("Go to an emergency department now"))
            #expect(stop.text.contains("Numbness between the legs can mean"))
            let handout = try await browser.post("/runner/referral", answers + [("name", "Robin Vale"), ("birth_year", "1980"), ("pain", "4")])
            #expect(handout.status == .seeOther)
            let done = try await browser.get(try #require(handout.location))
            #expect(done.text.contains("Your handout for the doctor"))
            let text = try #require(fixture.file("Robin-Vale.yaml"))
            #expect(text.contains("signs: [saddle_numbness]"))
        }
    }

    @Test func aSeeADoctorSignEndsWithAReferral() async throws {
        let fixture = try ServerFixture(examples: false)
        try await fixture.test { browser in
            try await browser.get("/runner")
            let second = try await browser.post("/runner/next", Self.noEmergency)
            #expect(second.text.contains("More warning signs"))
            let answers = Self.noEmergency + Self.noOtherSign.map { $0.0 == "sign_fever" ? ($0.0, "yes") : $0 }
            let doctor = try await browser.post("/runner/next", answers)
            #expect(doctor.text.contains("See a doctor before you start"))
            let missing = try await browser.post("/runner/referral", answers + [("name", ""), ("birth_year", "1980"), ("pain", "4")])
            #expect(missing.status == .unprocessableContent)
            #expect(missing.text.contains("Please answer this one."))
        }
    }

    @Test func allClearEndsWithASavedPlan() async throws {
        let fixture = try ServerFixture(examples: false)
        try await fixture.test { browser in
            try await browser.get("/runner")
            let signs = Self.noEmergency + Self.noOtherSign
            let about = try await browser.post("/runner/next", signs)
            #expect(about.text.contains("About you and your running"))
            var answers = signs + [("name", "Robin Vale"), ("birth_year", "1990"), ("pain", "3"), ("pain_at_rest", ""),
                                   ("weeks_since_onset", "4"), ("units", "km"), ("weekly", "20"), ("days[]", ""), ("days[]", "mon"),
                                   ("days[]", "wed"), ("days[]", "sat"), ("runs_per_week", "3"), ("long_run_day", "sat"), ("start", "2026-11-30"),
                                   ("equipment[]", ""), ("equipment[]", "mat"), ("test_toe_touch", "no"), ("test_cross_legged", "yes"),
                                   ("test_hip_extension", "yes"), ("test_single_leg_squat", "no")]
            // Every other question as the page sends it: empty, taking its default.
            let given = Set(answers.map { $0.0.replacingOccurrences(of: "[]", with: "") })
            answers += (IntakeQuestions.aboutYou + IntakeQuestions.running + IntakeQuestions.selfTests)
                .filter { !given.contains($0.id) && $0.id != "test_plank" }.map { ($0.id, "") }
            answers.append(("test_plank", "abc"))
            let wrong = try await browser.post("/runner/next", answers)
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.text.contains("Please give a whole number from 0 to 600."))
            answers.removeLast()
            answers.append(("test_plank", "45"))
            let saved = try await browser.post("/runner/next", answers)
            #expect(saved.status == .seeOther)
            let done = try await browser.get(try #require(saved.location))
            #expect(done.text.contains("-week plan is ready"))
            let text = try #require(fixture.file("Robin-Vale.yaml"))
            let profile = try #require(ProfileLoader.load(text: text, path: "x", today: ServerFixture.today).profile)
            #expect(profile.isSelfGuided && profile.schedule.days == [.mon, .wed, .sat])
            #expect(profile.has(.coreEndurance) && profile.has(.hamstringsTight))
            let pdf = try await browser.get("/clients/Robin-Vale.yaml/handout.pdf")
            #expect(pdf.bytes.starts(with: Array("%PDF".utf8)))
        }
    }
}
