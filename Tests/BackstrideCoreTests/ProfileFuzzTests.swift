import BackstrideCore
import Foundation
import Testing

/// Random mutations of the example profiles: nothing may crash, hang or report a position outside the file.
/// `FUZZ_ITERATIONS=100000 swift test --filter ProfileFuzzTests` (or `make fuzz`) runs a longer pass.
@Suite struct ProfileFuzzTests {
    /// SplitMix64: a seeded generator, so a failure can be replayed.
    struct SeededRandom: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fragments: [String] = [
        ":", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "!!binary ", "'", "\"", "#", "\t", "\n", "  ", "? ",
        "|", ">", "%YAML 1.2\n", "---\n", "...\n", "~", "null", "-1", "1e400", "nan", "0x1F", "99999999999999999999",
        "2026-02-29", "9999-12-31", "é", "李", "\u{202E}", "\u{0}", "weeks: 12", "signs: [fever]", "days: ,,,",
    ]

    static func mutate(_ text: String, _ rng: inout SeededRandom) -> [UInt8] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            let i = Int.random(in: 0..<lines.count, using: &rng)
            switch Int.random(in: 0..<7, using: &rng) {
            case 0: lines.remove(at: i); if lines.isEmpty { lines = [""] }
            case 1: lines.insert(lines[i], at: i)
            case 2: lines.swapAt(i, Int.random(in: 0..<lines.count, using: &rng))
            case 3:
                var chars = Array(lines[i])
                chars.insert(contentsOf: fragments.randomElement(using: &rng)!, at: Int.random(in: 0...chars.count, using: &rng))
                lines[i] = String(chars)
            case 4: lines[i] = String(lines[i].prefix(Int.random(in: 0...lines[i].count, using: &rng)))
            case 5: lines[i] = String(repeating: " ", count: Int.random(in: 0...6, using: &rng)) + lines[i].trimmingCharacters(in: .whitespaces)
            default:
                var bytes = Array(lines[i].utf8)
                if !bytes.isEmpty { bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng) }
                lines[i] = String(decoding: bytes, as: UTF8.self)
            }
        }
        var bytes = Array(lines.joined(separator: "\n").utf8)
        if Int.random(in: 0..<20, using: &rng) == 0, !bytes.isEmpty {
            bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0x80...0xFF, using: &rng)
        }
        return bytes
    }

    @Test func mutatedExamplesNeverCrash() throws {
        let iterations = ProcessInfo.processInfo.environment["FUZZ_ITERATIONS"].flatMap(Int.init) ?? 3000
        let examples = try TestPaths.files(in: TestPaths.repository.appendingPathComponent("Examples"), ending: ".yaml")
            .map { String(decoding: try TestPaths.bytes($0), as: UTF8.self) }
        var rng = SeededRandom(state: 20261121)
        var outcomes = (valid: 0, invalid: 0)
        for _ in 0..<iterations {
            let bytes = Self.mutate(examples.randomElement(using: &rng)!, &rng)
            let result = ProfileLoader.load(bytes: bytes, path: "fuzz.yaml", today: ProfileFixtureTests.today)
            let lineCount = bytes.filter { $0 == 0x0A }.count + 1
            for d in result.diagnostics {
                #expect(d.location.line >= 1 && d.location.line <= lineCount + 1, "\(d)")
                #expect(d.location.column >= 1, "\(d)")
                #expect(!d.message.isEmpty)
            }
            #expect((result.profile == nil) == result.hasErrors)
            if result.profile == nil { outcomes.invalid += 1 } else { outcomes.valid += 1 }
        }
        // Both outcomes must occur, or the mutations are not exercising the reader.
        #expect(outcomes.valid > iterations / 20 && outcomes.invalid > iterations / 20, "\(outcomes)")
    }
}
