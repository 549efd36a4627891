import BackstrideCore
import Foundation
import Testing

/// Each example profile's plan, as JSON with sorted keys, against a reviewed golden file.
/// `BACKSTRIDE_RECORD=1 swift test` rewrites them; review the diff like code.
@Suite struct PlanGoldenTests {
    static let examples = TestPaths.files(in: TestPaths.repository.appendingPathComponent("Examples"), ending: ".yaml").map(\.lastPathComponent)
    static let folder = TestPaths.repository.appendingPathComponent("Tests/BackstrideCoreTests/Golden/plans")

    @Test(arguments: examples)
    func planMatchesItsGoldenFile(_ name: String) throws {
        let bytes = try TestPaths.bytes(TestPaths.repository.appendingPathComponent("Examples/\(name)"))
        let profile = try #require(ProfileLoader.load(bytes: bytes, path: name, today: PlanPropertyTests.today).profile)
        let plan = PlanCompiler.compile(profile, library: PlanPropertyTests.library, today: PlanPropertyTests.today)
        let json = try PlanJSON.string(plan) + "\n"
        let url = Self.folder.appendingPathComponent(name.replacingOccurrences(of: ".yaml", with: ".json"))
        if ProcessInfo.processInfo.environment["BACKSTRIDE_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
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
