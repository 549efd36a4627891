import BackstrideCore
import Foundation
import Testing

/// docs/profile.md cannot drift: every YAML example in it must validate, and its ranges must be the code's.
@Suite struct ProfileDocumentationTests {
    static let document = TestPaths.repository.appendingPathComponent("docs/profile.md")

    static func yamlBlocks() throws -> [String] {
        let text = try String(contentsOf: document, encoding: .utf8)
        var blocks: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```yaml" {
                current = []
            } else if current != nil, line == "```" {
                blocks.append(current!.joined(separator: "\n") + "\n")
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    @Test func everyExampleInTheDocumentValidates() throws {
        let blocks = try Self.yamlBlocks()
        #expect(blocks.count >= 3)
        for (index, block) in blocks.enumerated() {
            let result = ProfileLoader.load(text: block, path: "docs/profile.md example \(index + 1)",
                                            today: ProfileFixtureTests.today)
            #expect(result.profile != nil, "\(result.diagnostics.map(\.description))")
        }
    }

    @Test func everyExampleProfileValidates() throws {
        let examples = TestPaths.files(in: TestPaths.repository.appendingPathComponent("Examples"), ending: ".yaml")
        #expect(examples.count >= 4)
        for url in examples {
            let result = ProfileLoader.load(bytes: try TestPaths.bytes(url), path: url.lastPathComponent,
                                            today: ProfileFixtureTests.today)
            #expect(result.profile != nil, "\(result.diagnostics.map(\.description))")
        }
    }

    @Test func theDocumentStatesTheCodesRanges() throws {
        let text = try String(contentsOf: Self.document, encoding: .utf8)
        let ranges = [
            "pain` | whole number 0-10", "weeks` | whole number \(ProfileLimits.weeks.lowerBound)-\(ProfileLimits.weeks.upperBound)",
            "cadence` | whole number \(ProfileLimits.cadence.lowerBound)-\(ProfileLimits.cadence.upperBound)",
            "minutes` | whole number \(ProfileLimits.minutes.lowerBound)-\(ProfileLimits.minutes.upperBound)",
            "runs_per_week` | whole number \(ProfileLimits.runsPerWeek.lowerBound)-\(ProfileLimits.runsPerWeek.upperBound)",
            "weekly_km` / `weekly_mi` | number 0-\(Int(ProfileLimits.weeklyKilometres.upperBound)) km",
        ]
        for range in ranges { #expect(text.contains(range), "docs/profile.md does not say: \(range)") }
        for limit in ["`name` | text, at most \(ProfileLimits.nameLength) characters", "`id` | text, at most \(ProfileLimits.idLength) characters",
                      "more than \(ProfileLimits.dateWindowYears) years from today"] {
            #expect(text.contains(limit), "docs/profile.md does not say: \(limit)")
        }
        for word in Weakness.words + RedFlagSign.words + Equipment.words + PainPattern.words {
            #expect(text.contains("`\(word)`"), "docs/profile.md does not list `\(word)`")
        }
    }
}
