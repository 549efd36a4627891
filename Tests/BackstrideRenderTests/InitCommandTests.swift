import Foundation
import Testing

/// `backstride init --answers`: the questionnaire answered from a file, as a script or a test would.
@Suite(.serialized) struct InitCommandTests {
    func run(_ answers: String, extra: [String] = []) throws -> (CommandLineTests.Result, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("backstride-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("answers.yaml")
        try answers.write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandLineTests().run(["init", "--answers", file.path, "-o", folder.appendingPathComponent("me.yaml").path,
                                                 "--pdf-dir", folder.appendingPathComponent("out").path, "--today", "2026-11-21"] + extra)
        return (result, folder)
    }

    /// Every question of a clear runner's path answered, away from its default where it has one.
    static let clear = """
        name: Jamie Runner
        birth_year: 1990
        pain: 3
        pain_at_rest: 1
        weeks_since_onset: 5
        morning_stiffness_minutes: 20
        better_with_exercise: yes
        wakes_second_half_of_night: yes
        alternating_buttock_pain: yes
        units: mi
        weekly: 20
        days: mon, wed, fri, sun
        runs_per_week: 2
        long_run_day: sun
        long_run: 8
        goal: 10k in spring
        goal_date: 2027-04-18
        start: 2026-11-23
        weeks: 5
        minutes: 35
        time: "07:30"
        equipment: mat, band, step
        shoes: 600
        paper: letter
        test_toe_touch: no
        test_cross_legged: no
        test_hip_extension: no
        test_single_leg_squat: yes
        test_plank: 25
        test_overstride: yes
        mileage_jump: yes
        hard_surfaces: yes
        """

    @Test func aClearRunnerGetsAProfileAndAPlan() throws {
        let (result, folder) = try run(Self.clear, extra: ["--ics"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.status == 0, "\(result.stderr)")
        let profile = try String(contentsOf: folder.appendingPathComponent("me.yaml"), encoding: .utf8)
        for finding in ["hamstrings_tight", "lumbar_stiffness: mild", "hip_mobility", "hip_flexors_tight", "glute_medius",
                        "core_endurance: marked", "overstriding", "hard_surfaces", "training_load"] {
            #expect(profile.contains("  - \(finding)"), "profile lacks \(finding)")
        }
        #expect(!profile.contains("\nclinician:"), "a self-guided profile has no clinician")
        for line in ["birth_year: 1990", "pain: 3", "pain_at_rest: 1", "weeks_since_onset: 5", "morning_stiffness_minutes: 20",
                     "better_with_exercise: yes", "wakes_second_half_of_night: yes", "alternating_buttock_pain: yes", "weekly_mi: 20", "runs_per_week: 2",
                     "long_run_mi: 8", "goal: \"10k in spring\"", "goal_date: 2027-04-18", "shoes_mi: 600", "start: 2026-11-23",
                     "weeks: 5", "days: [mon, wed, fri, sun]", "long_run_day: sun", "minutes: 35", "time: \"07:30\"",
                     "equipment: [mat, band, step]", "units: mi", "paper: letter"] {
            #expect(profile.contains(line), "profile lacks \(line)")
        }
        let pdf = Array(try Data(contentsOf: folder.appendingPathComponent("out/Jamie-Runner.pdf")))
        let text = try PDFTools.text(pdf)
        #expect(text.contains("When to get help"))
        #expect(text.contains("Week 5 of 5"))
        #expect(try PDFTools.info(pdf)["Page size"]?.hasPrefix("612 x 792") == true)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/Jamie-Runner.ics").path))
    }

    @Test func anEmergencyAnswerStopsAtOnceAndOffersAReferral() throws {
        let (result, folder) = try run("sign_saddle_numbness: yes\nname: Robin\nbirth_year: 1980\npain: 6\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.status == 0)
        #expect(result.stdout.contains("Go to an emergency department now"))
        #expect(!result.stdout.contains("Are both of your legs"), "questions after the emergency sign were asked")
        let text = try PDFTools.text(Array(try Data(contentsOf: folder.appendingPathComponent("out/Robin.pdf"))))
        #expect(text.contains("Go to an emergency department now"))
        #expect(!text.contains("Week 1"))
        let declined = try run("sign_bladder_bowel_change: yes\nreferral_handout: no\n")
        defer { try? FileManager.default.removeItem(at: declined.1) }
        #expect(declined.0.status == 0)
        #expect(!FileManager.default.fileExists(atPath: declined.1.appendingPathComponent("me.yaml").path))
    }

    @Test func aSeeDoctorAnswerWritesAReferralInsteadOfAPlan() throws {
        let (result, folder) = try run("sign_night_pain: yes\nname: Sky\nbirth_year: 1990\npain: 4\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.status == 0)
        #expect(result.stdout.contains("a doctor should look at your back"))
        let text = try PDFTools.text(Array(try Data(contentsOf: folder.appendingPathComponent("out/Sky.pdf")))).replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("See a doctor today, or within 24 hours."))
        #expect(text.contains("Pain at night that no position eases is not how a running strain behaves."))
    }

    @Test func aWrongAnswerIsReportedWithItsPosition() throws {
        let (result, folder) = try run("name: Al\nbirth_year: 1990\npain: eleven\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.status == 65)
        #expect(result.stderr.contains("answers.yaml:3:7: error: pain: Please give a whole number from 0 to 10."))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("me.yaml").path), "nothing half-written")
        let typo = try run("nmae: Al\n")
        defer { try? FileManager.default.removeItem(at: typo.1) }
        #expect(typo.0.stderr.contains("unknown question `nmae`"))
    }
}
