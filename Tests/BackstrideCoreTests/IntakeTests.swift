import BackstrideCore
import Testing

@Suite struct IntakeTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 21)!

    @Test func everySelfTestMapsToItsFinding() {
        let mapped = SelfTests.findings(["test_toe_touch": "no", "test_cross_legged": "no", "test_hip_extension": "no",
                                         "test_single_leg_squat": "yes", "test_plank": "45", "test_overstride": "yes",
                                         "hard_surfaces": "yes", "mileage_jump": "yes"]).map(\.0)
        #expect(mapped == [Finding(.hamstringsTight), Finding(.lumbarStiffness, .mild), Finding(.hipMobility), Finding(.hipFlexorsTight),
                           Finding(.gluteMedius), Finding(.coreEndurance), Finding(.overstriding), Finding(.hardSurfaces), Finding(.trainingLoad)])
        #expect(SelfTests.findings(["test_plank": "20"]).map(\.0) == [Finding(.coreEndurance, .marked)])
        let healthy = SelfTests.findings(["test_toe_touch": "yes", "test_cross_legged": "yes", "test_hip_extension": "yes",
                                          "test_single_leg_squat": "no", "test_plank": "90", "test_overstride": "no"])
        #expect(healthy.isEmpty)
    }

    @Test func answersAreCheckedAsTyped() {
        let pain = IntakeQuestions.aboutYou.first { $0.id == "pain" }!
        #expect(pain.check("11") == .failure(.init("Please give a whole number from 0 to 10.")))
        #expect(pain.check("") == .failure(.init("Please answer this one.")))
        #expect(pain.check(" 4 ") == .success("4"))
        let yes = IntakeQuestions.redFlags[0].question
        #expect(yes.check("") == .success("no"), "red flags default to no")
        #expect(yes.check("Y") == .success("yes"))
        #expect(yes.check("maybe") == .failure(.init("Please answer yes or no.")))
        let days = IntakeQuestions.running.first { $0.id == "days" }!
        #expect(days.check("Monday, thu , sat") == .success("mon, thu, sat"))
        #expect(days.check("mon, funday") == .failure(.init("\"funday\" is not a day. Write days like: mon, wed, sat.")))
    }

    @Test func redFlagsComeFirstAndAnEmergencyStopsAtOnce() {
        var asked: [String] = []
        var flow = IntakeFlow(today: Self.today)
        let outcome = flow.run { q in
            asked.append(q.id)
            return q.id == "sign_both_legs" ? "yes" : q.defaultAnswer
        }
        #expect(outcome == .emergency(.bothLegs))
        #expect(asked == ["sign_bladder_bowel_change", "sign_saddle_numbness", "sign_both_legs"])
    }

    @Test func aSeeDoctorSignEndsTheQuestionsAfterTheRedFlags() {
        var asked: [String] = []
        var flow = IntakeFlow(today: Self.today)
        let outcome = flow.run { q in
            asked.append(q.id)
            return q.id == "sign_night_pain" || q.id == "sign_fever" ? "yes" : q.defaultAnswer
        }
        #expect(outcome == .seeDoctor([.fever, .nightPain]))
        #expect(asked.count == IntakeQuestions.redFlags.count)
    }

    @Test func pastHealthAloneDoesNotStopTheQuestionsButScreeningWeighsIt() throws {
        func answer(_ given: [String: String]) throws -> (IntakeFlow.Outcome, Plan) {
            var flow = IntakeFlow(today: Self.today)
            let outcome = flow.run { q in try! q.check(given[q.id] ?? "").get() }
            let yaml = ProfileWriter.yaml(flow.answers, signs: flow.signs, today: Self.today)
            let profile = try #require(ProfileLoader.load(text: yaml, path: "init.yaml", today: Self.today).profile, "\(yaml)")
            return (outcome, PlanCompiler.compile(profile, library: PlanPropertyTests.library, today: Self.today))
        }
        let base = ["name": "Kim", "birth_year": "1985", "pain": "3", "start": "2026-11-23", "weekly": "20", "test_toe_touch": "yes",
                    "test_cross_legged": "yes", "test_hip_extension": "yes", "test_single_leg_squat": "no", "test_plank": "90"]
        // Weak bones alone: every question is asked and the plan is made, with the history printed as context.
        let (alone, plan) = try answer(base.merging(["sign_osteoporosis": "yes", "weeks_since_onset": "20"]) { $1 })
        #expect(alone == .answered)
        #expect(!plan.withheld && plan.screening.context.map(\.sign) == ["osteoporosis"])
        // Past cancer with new back pain: the questions go on, and screening gives an urgent referral.
        let (cancer, referral) = try answer(base.merging(["sign_cancer_history": "yes", "weeks_since_onset": "3"]) { $1 })
        #expect(cancer == .answered)
        #expect(referral.withheld && referral.screening.level == .urgent)
        // Stiff mornings and night waking for months, since the twenties: a routine referral.
        let (_, screen) = try answer(base.merging(["weeks_since_onset": "30", "morning_stiffness_minutes": "60",
                                                   "wakes_second_half_of_night": "yes"]) { $1 })
        #expect(screen.withheld && screen.screening.signs == ["inflammatory_back_pain"])
    }

    @Test func aClearRunnersAnswersMakeAValidSelfGuidedProfile() throws {
        let given = ["name": "Kim \"K\" O'Neil", "birth_year": "1990", "pain": "4", "days": "tue, thu, sat", "runs_per_week": "3", "weekly": "12",
                     "test_toe_touch": "no", "test_cross_legged": "yes", "test_hip_extension": "yes", "test_single_leg_squat": "yes",
                     "test_plank": "40", "units": "mi", "start": "2026-11-23"]
        var flow = IntakeFlow(today: Self.today)
        let outcome = flow.run { q in
            if let value = given[q.id] { return try! q.check(value).get() }
            return try! q.check("").get()
        }
        #expect(outcome == .answered)
        let yaml = ProfileWriter.yaml(flow.answers, signs: flow.signs, today: Self.today)
        let profile = try #require(ProfileLoader.load(text: yaml, path: "init.yaml", today: Self.today).profile, "\(yaml)")
        #expect(profile.client.name == "Kim \"K\" O'Neil")
        #expect(profile.isSelfGuided)
        #expect(profile.units == .mi && profile.running.weekly == Distance(12, .mi))
        #expect(profile.schedule.days == [.tue, .thu, .sat] && profile.schedule.longRunDay == .sat)
        #expect(profile.weaknesses.map(\.weakness) == [.hamstringsTight, .lumbarStiffness, .gluteMedius, .coreEndurance])
    }

    @Test func theInitDocumentListsEveryQuestion() throws {
        let text = try String(contentsOf: TestPaths.repository.appendingPathComponent("docs/init.md"), encoding: .utf8)
        for q in IntakeQuestions.all { #expect(text.contains("`\(q.id)`"), "docs/init.md lacks \(q.id)") }
        #expect(text.contains("`referral_handout`"))
    }
}
