import BackstrideCore
import Foundation
import Testing

/// Every kind of profile error, from fixture files that carry their expected diagnostics as comments:
/// `# error: LINE:COLUMN message` with an optional `#   hint: text` on the next line.
@Suite struct ProfileFixtureTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 21)!
    static let folder = TestPaths.fixtures.appendingPathComponent("profiles/invalid")
    static let fixtureNames = TestPaths.files(in: folder, ending: ".yaml").map(\.lastPathComponent)

    @Test(arguments: fixtureNames)
    func fixtureGivesExactlyItsAnnotatedDiagnostics(_ name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        let bytes = try TestPaths.bytes(url)
        let expected = DiagnosticAnnotations.parse( String(decoding: bytes, as: UTF8.self))
        #expect(!expected.isEmpty, "fixture \(name) has no annotations")
        let result = ProfileLoader.load(bytes: bytes, path: name, today: Self.today)
        let actual = result.diagnostics.map(DiagnosticAnnotations.Expected.init)
        #expect(actual == expected)
        #expect(result.diagnostics.allSatisfy { $0.location.file == name })
        #expect((result.profile == nil) == expected.contains { $0.severity == "error" })
    }

    @Test func invalidUTF8IsReportedAtTheBadByte() {
        let bytes = Array("client:\n  name: Sam\n  id: ab".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let result = ProfileLoader.load(bytes: bytes, path: "bad.yaml", today: Self.today)
        #expect(result.diagnostics.map(\.description) == [
            "bad.yaml:3:9: error: file is not valid UTF-8 text (bad byte 0xC3)\n  hint: save the file as UTF-8 in your editor",
        ])
    }

    @Test func filesOverOneMegabyteAreRefusedBeforeParsing() {
        let bytes = [UInt8](repeating: UInt8(ascii: "#"), count: YAMLInput.maximumBytes + 1)
        let result = ProfileLoader.load(bytes: bytes, path: "big.yaml", today: Self.today)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message.hasPrefix("file is larger than the 1 MB limit") == true)
    }

    @Test func theSmallestProfileIsThreeLinesOfContentAndGetsEveryDefault() throws {
        let text = "client: {name: Sam, birth_year: 1990}\nsymptoms: {pain: 2}\nschedule: {start: 2026-11-23}\n"
        let profile = try #require(ProfileLoader.load(text: text, path: "min.yaml", today: Self.today).profile)
        #expect(profile.client.id == "Sam")
        #expect(profile.running.weekly.value == 0)
        #expect(profile.running.runsPerWeek == 3)
        #expect(profile.schedule.days == [.mon, .wed, .fri, .sat])
        #expect(profile.schedule.longRunDay == .sat)
        #expect(profile.schedule.weeks == 6)
        #expect(profile.schedule.minutes == 45)
        #expect(profile.equipment == [.mat])
        #expect(profile.units == .km)
        #expect(profile.paper == .a4)
        #expect(profile.isSelfGuided)
    }

    @Test func forgivingSpellingsMeanTheSameProfile() throws {
        let strict = """
        client: {name: Sam, birth_year: 1990}
        symptoms: {pain: 2, pattern: [during_run, morning_stiffness]}
        weaknesses: [glute_medius, hip_flexors_tight]
        schedule: {start: 2026-11-23, days: [mon, thu, sat], long_run_day: sat}
        equipment: [mat, foam_roller]
        """
        let loose = """
        client: {name: Sam, birth_year: 1990}
        symptoms: {pain: 2, pattern: "During Run, morning-stiffness"}
        weaknesses: Glute Medius, hip-flexors-tight
        schedule: {start: 2026-11-23, days: "Monday, THU, saturday", long_run_day: Saturday}
        equipment: mat, Foam Roller
        """
        let a = try #require(ProfileLoader.load(text: strict, path: "a", today: Self.today).profile)
        let b = try #require(ProfileLoader.load(text: loose, path: "b", today: Self.today).profile)
        #expect(a == b)
    }

    @Test func veryHighPainWarnsOnlyInAClinicianProfile() {
        func warnings(_ symptoms: String, clinician: Bool) -> [String] {
            let text = "client: {name: P, birth_year: 1980}\n" + (clinician ? "clinician: Alex Lee\n" : "")
                + "symptoms: \(symptoms)\nschedule: {start: 2026-11-23}\n"
            return ProfileLoader.load(text: text, path: "p", today: Self.today).diagnostics.map(\.message)
        }
        #expect(warnings("{pain: 9}", clinician: true) == ["pain is 9 out of 10 when running: very high for a running plan"])
        #expect(warnings("{pain: 4, pain_at_rest: 8}", clinician: true) == ["pain_at_rest is 8 out of 10: very high for a running plan"])
        #expect(warnings("{pain: 8, pain_at_rest: 7}", clinician: true).isEmpty)
        #expect(warnings("{pain: 9, pain_at_rest: 8}", clinician: false).isEmpty, "self-guided: screening refers instead")
    }

    @Test func milesProfileDefaultsToMiles() throws {
        let text = "client: {name: J, birth_year: 1990}\nsymptoms: {pain: 2}\nrunning: {weekly_mi: 15, long_run_mi: 5}\nschedule: {start: 2026-11-23}\n"
        let profile = try #require(ProfileLoader.load(text: text, path: "m", today: Self.today).profile)
        #expect(profile.units == .mi)
        #expect(abs(profile.running.weekly.kilometres - 24.14) < 0.01)
    }
}
