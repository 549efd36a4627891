import BackstrideCore
import Foundation
import Testing

/// Each example profile's plan, and each profile of the clinical review set (docs/plan-review.md), as JSON with
/// sorted keys, against a reviewed golden file. `BACKSTRIDE_RECORD=1 swift test` rewrites them; review the diff
/// like code, reading the changed weeks as a physio would.
@Suite struct PlanGoldenTests {
    static let examples = TestPaths.files(in: TestPaths.repository.appendingPathComponent("Examples"), ending: ".yaml")
    static let review = TestPaths.files(in: TestPaths.repository.appendingPathComponent("Tests/BackstrideCoreTests/Fixtures/review"), ending: ".yaml")
    static let golden = TestPaths.repository.appendingPathComponent("Tests/BackstrideCoreTests/Golden")

    static let cases: [String] = examples.map { "plans/\($0.lastPathComponent)" } + review.map { "review/\($0.lastPathComponent)" }

    @Test(arguments: cases)
    func planMatchesItsGoldenFile(_ name: String) throws {
        let source = name.hasPrefix("plans/") ? "Examples/" + name.dropFirst(6) : "Tests/BackstrideCoreTests/Fixtures/" + name
        let bytes = try TestPaths.bytes(TestPaths.repository.appendingPathComponent(source))
        let profile = try #require(ProfileLoader.load(bytes: bytes, path: name, today: PlanPropertyTests.today).profile)
        let plan = PlanCompiler.compile(profile, library: PlanPropertyTests.library, today: PlanPropertyTests.today)
        let json = try PlanJSON.string(plan) + "\n"
        let url = Self.golden.appendingPathComponent(name.replacingOccurrences(of: ".yaml", with: ".json"))
        if ProcessInfo.processInfo.environment["BACKSTRIDE_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try json.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(json == golden, "plan for \(name) changed; if intended, rerun with BACKSTRIDE_RECORD=1 and review the diff")
        let decoded = try JSONDecoder().decode(Plan.self, from: Data(json.utf8))
        #expect(decoded == plan)
        #expect(PlanInvariants.violations(plan, profile, PlanPropertyTests.library).isEmpty)
    }
}
