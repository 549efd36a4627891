import BackstrideBatch
import BackstrideCore
import BackstrideRender
import Foundation
import Testing

/// Random damage to the other inputs a clinic supplies (templates, phrases, the clinic file, exercise files):
/// nothing may crash or hang, and every problem must point inside the file. The profile reader has its own pass
/// (ProfileFuzzTests); `FUZZ_ITERATIONS` lengthens both.
@Suite struct InputFuzzTests {
    static let iterations = ProcessInfo.processInfo.environment["FUZZ_ITERATIONS"].flatMap(Int.init).map { $0 / 10 } ?? 400

    /// A seeded xorshift generator, so a failure replays.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }

    static let pieces = ["{{", "}}", "{{#", "{{/", "{{^", "{{>", "{{=<% %>=}}", "{{%", "&a ", "*a", ": ", "- ", "\n", "\t",
                         "  ", "[", "{", "'", "\"", "#", "---\n", "李", "\u{202E}", "\u{0}", "#GGGGGG", "logo: x.png", "\u{FEFF}"]

    /// One to four edits: splice in a piece, delete a span, repeat a span, or flip a byte.
    static func damage(_ original: [UInt8], _ rng: inout Seeded) -> [UInt8] {
        var bytes = original
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            let at = Int.random(in: 0...bytes.count, using: &rng)
            let span = Int.random(in: 0...min(40, bytes.count - at), using: &rng)
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: bytes.insert(contentsOf: Array(pieces.randomElement(using: &rng)!.utf8), at: at)
            case 1: bytes.removeSubrange(at..<(at + span))
            case 2: bytes.insert(contentsOf: bytes[at..<(at + span)], at: at)
            default: if at < bytes.count { bytes[at] = UInt8.random(in: 0...255, using: &rng) }
            }
        }
        return bytes
    }

    func file(_ relative: String) throws -> [UInt8] {
        Array(try Data(contentsOf: RenderTestSupport.repository.appendingPathComponent(relative)))
    }

    func expectInside(_ diagnostics: [Diagnostic], _ bytes: [UInt8]) {
        let lines = bytes.filter { $0 == 0x0A }.count + 1
        for d in diagnostics {
            #expect(d.location.line >= 0 && d.location.line <= lines + 1 && !d.message.isEmpty, "\(d)")
        }
    }

    @Test func damagedPhrasesAndTemplatesNeverCrash() throws {
        var rng = Seeded(state: 20_261_121)
        let phrases = try file("Templates/en/phrases.yaml")
        let templates = try HandoutWording.templateNames.map { try file("Templates/en/\($0).mustache") }
        var rejected = 0
        for _ in 0..<Self.iterations {
            let damaged = Self.damage(phrases, &rng)
            let parsed = PhraseFile.parse(damaged, file: "phrases.yaml")
            expectInside(parsed.diagnostics, damaged)
            let template = Self.damage(templates.randomElement(using: &rng)!, &rng)
            var texts: [String: String] = [:]
            for name in HandoutWording.templateNames { texts[name] = String(decoding: template, as: UTF8.self) }
            do { _ = try HandoutWording(templates: texts, phrases: parsed.phrases) } catch let problem as HandoutWording.Problem {
                rejected += 1
                #expect(problem.line >= 0 && problem.line <= template.filter { $0 == 0x0A }.count + 1, "\(problem)")
                #expect(!problem.message.contains("ParserError"), "\(problem)")
            }
        }
        #expect(rejected > 0 && rejected < Self.iterations, "the damage must sometimes break a template and sometimes not")
    }

    @Test func damagedClinicFilesNeverCrash() throws {
        var rng = Seeded(state: 7)
        let clinic = try file("Assets/clinics/harbour-physio.yaml")
        let path = RenderTestSupport.repository.appendingPathComponent("Assets/clinics/fuzz.yaml").path
        var outcomes = (valid: 0, invalid: 0)
        for _ in 0..<Self.iterations {
            let damaged = Self.damage(clinic, &rng)
            var digest = InputDigest()
            do {
                _ = try ClinicReader.parse(damaged, path: path, digest: &digest)
                outcomes.valid += 1
            } catch let invalid as InvalidInput {
                outcomes.invalid += 1
                expectInside(invalid.diagnostics, damaged)
            }
        }
        #expect(outcomes.valid > 0 && outcomes.invalid > 0, "\(outcomes)")
    }

    @Test func damagedExerciseFilesNeverCrash() throws {
        var rng = Seeded(state: 45)
        let folder = RenderTestSupport.repository.appendingPathComponent("Assets/exercises")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        let originals = try names.map { try file("Assets/exercises/\($0)") }
        var outcomes = (valid: 0, invalid: 0)
        for _ in 0..<Self.iterations {
            let damaged = Self.damage(originals.randomElement(using: &rng)!, &rng)
            let result = ExerciseLibraryLoader.load([LibraryLayer(folder: "clinic", files: [LibraryFile(path: "clinic/x.yaml", bytes: damaged)])])
            expectInside(result.diagnostics, damaged)
            if result.library == nil { outcomes.invalid += 1 } else { outcomes.valid += 1 }
        }
        #expect(outcomes.invalid > 0, "\(outcomes)")
    }
}
