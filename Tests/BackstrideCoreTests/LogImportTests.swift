import BackstrideCore
import Foundation
import Testing

/// Scores from a CSV sheet into a profile's log: only lines are added, each mistake points into the CSV.
@Suite struct LogImportTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 23)!
    static var morgan: String {
        get throws { try String(contentsOf: TestPaths.repository.appendingPathComponent("Examples/morgan-follow-up.yaml"), encoding: .utf8) }
    }

    static func merge(_ csv: String, into profile: String) -> LogImport.Result {
        LogImport.merge(csv: csv, csvPath: "week.csv", profile: profile, profilePath: "p.yaml", today: today)
    }

    @Test func rowsJoinTheLogBlockAndNothingElseChanges() throws {
        let before = try Self.morgan
        let result = Self.merge("date,done,during,morning,note\n2026-11-17,yes,2,1,\n2026-11-19,partly,3,2,\"tight, then \"\"fine\"\"\"\n", into: before)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.added == ["  2026-11-17: {done: yes, during: 2, morning: 1}",
                                 "  2026-11-19: {done: partly, during: 3, morning: 2, note: \"tight, then \\\"fine\\\"\"}"])
        // Every line of the profile is still there, in order, comments included; the new ones follow the log's last.
        var remaining = result.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        remaining.removeAll { result.added.contains($0) }
        #expect(remaining.joined(separator: "\n") == before)
        let log = try #require(result.profile?.log)
        #expect(log.first { $0.when == .day(CalendarDate(year: 2026, month: 11, day: 19)!) }?.note == "tight, then \"fine\"")
        #expect(log.count == 7)
    }

    @Test func aProfileWithoutALogGetsOne() throws {
        let profile = "client: {name: A B}\nclinician: C D\nsymptoms: {pain: 2}\nschedule: {start: 2026-11-02}\n"
        let result = Self.merge("week 1;3 of 4;2;1\nweek 2;no\n", into: profile)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.text == profile + "log:\n  week 1: {done: 3 of 4, during: 2, morning: 1}\n  week 2: {done: no}\n")
    }

    @Test func everyMistakeIsReportedAtItsRowAndColumn() throws {
        let csv = "date;done;during;morning;note\n2026-11-17;yes;2;1;\n2026-11-15;yes;2;1;again\n2026-11-19;maybe;12;2;x\n"
            + "2026-11-40;yes\nweek 3;yes\n2026-11-21;;3;3\n2026-11-22;yes;1;1;a;b;c\n"
        let result = Self.merge(csv, into: try Self.morgan)
        let found = result.diagnostics.map { "\($0.location.file):\($0.location.line):\($0.location.column) \($0.message)" }
        #expect(found == ["week.csv:8:24 row has 7 columns; at most 6"], "a malformed row stops the import before anything is read")
        let fixed = Self.merge(csv.replacingOccurrences(of: "2026-11-22;yes;1;1;a;b;c\n", with: ""), into: try Self.morgan)
        #expect(fixed.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message)" } == [
            "3:1 2026-11-15 is already in the log",
            "4:12 done must be yes, partly or no (found \"maybe\")",
            "4:18 during must be between 0 and 10 (found 12)",
            "5:1 a log date is not a real date (found 2026-11-40)",
            "6:1 week 3 is logged both day by day and as a whole week",
            "7:12 a log entry needs `done`",
        ])
        #expect(fixed.diagnostics.allSatisfy { $0.location.file == "week.csv" })
    }

    @Test func aNoteMayRunOverALineBreakAndAnUnclosedQuoteIsReported() throws {
        let ok = Self.merge("2026-11-17,yes,2,1,\"first line\nsecond line\"\n", into: try Self.morgan)
        #expect(ok.profile?.log.first { $0.when == .day(CalendarDate(year: 2026, month: 11, day: 17)!) }?.note == "first line second line", "a cell typed with Enter becomes one line")
        let bad = Self.merge("2026-11-17,yes,2,1,\"never closed\n", into: try Self.morgan)
        #expect(bad.diagnostics.map(\.message) == ["a quoted field is not closed"])
    }

    @Test func aLogWrittenOnOneLineOrABrokenProfileIsNotTouched() throws {
        let flow = "client: {name: A B}\nclinician: C D\nsymptoms: {pain: 2}\nschedule: {start: 2026-11-02}\nlog: {week 1: {done: yes}}\n"
        let one = Self.merge("week 2,yes\n", into: flow)
        #expect(one.hasErrors && one.text == flow)
        #expect(one.diagnostics.first.map { "\($0.location.file):\($0.location.line) \($0.message)" } == "p.yaml:5 the log is written on one line")
        let broken = "client: {name: A B}\nsymptoms: {pain: 12}\nschedule: {start: 2026-11-02}\n"
        let two = Self.merge("week 1,yes\n", into: broken)
        #expect(two.hasErrors && two.text == broken && two.added.isEmpty)
        #expect(two.diagnostics.allSatisfy { $0.location.file == "p.yaml" }, "the profile's own problems, at the profile")
    }
}
