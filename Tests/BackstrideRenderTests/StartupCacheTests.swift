@testable import BackstrideBatch
import BackstrideCore
import Foundation
import Testing

/// The caches that make a cold start fast (solved poses, fontconfig's scan of the handout's fonts) must never change
/// what is printed: a handout made with them, without them, and while filling them is the same file byte for byte.
@Suite(.serialized) struct StartupCacheTests {
    let cli = CommandLineTests()

    @Test func solvedPosesReadBackBitForBit() throws {
        let library = try RenderTestSupport.library()
        let solutions = Dictionary(uniqueKeysWithValues: library.exercises.map { ($0.id, $0.pose.solved) })
        #expect(solutions.count == library.exercises.count)
        #expect(solutions.values.contains { !$0.between.isEmpty }, "moving poses carry the steps between their frames")
        let bytes = PoseSolutionCodec.encode(solutions)
        let back = try #require(PoseSolutionCodec.decode(bytes))
        #expect(back == solutions)
        for (id, solved) in solutions {
            let a = ([solved.start] + (solved.end.map { [$0] } ?? []) + solved.between).flatMap { (p: Placement) in p.numbers }.map { $0.bitPattern }
            let read = try #require(back[id])
            let b = ([read.start] + (read.end.map { [$0] } ?? []) + read.between).flatMap { (p: Placement) in p.numbers }.map { $0.bitPattern }
            #expect(a == b, "\(id) reads back with other bits")
        }
        #expect(PoseSolutionCodec.encode(back) == bytes, "the same solutions write the same file")
    }

    @Test func aDamagedPoseFileIsRefusedWhole() throws {
        let library = try RenderTestSupport.library()
        let one = try #require(library.exercises.first { $0.pose.end != nil }?.pose.solved)
        let bytes = PoseSolutionCodec.encode(["k": one])
        #expect(PoseSolutionCodec.decode(Array(bytes.dropLast())) == nil, "cut short")
        #expect(PoseSolutionCodec.decode(bytes + [0]) == nil, "extra bytes")
        #expect(PoseSolutionCodec.decode(Array("BSPOSES0".utf8) + bytes.dropFirst(8)) == nil, "another format")
        var nan = bytes
        let firstNumber = 8 + 4 + 4 + 1 + 1 + 4  // magic, count, key length, key, has end, steps
        withUnsafeBytes(of: Double.nan.bitPattern.littleEndian) { nan.replaceSubrange(firstNumber..<(firstNumber + 8), with: $0) }
        #expect(PoseSolutionCodec.decode(nan) == nil, "a number that is not finite")
        #expect(PoseSolutionCodec.decode([]) == nil)
    }

    /// `render --stats` says where a cold handout's time went, phase by phase, and the phases add up to the total.
    @Test func renderStatsNamesEveryPhase() throws {
        let work = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try cli.run(["render", "Examples/sam-rivera.yaml", "-o", work.path, "--today", "2026-11-21", "--stats"])
        #expect(result.status == 0, "\(result.stderr)")
        let line = try #require(result.stderr.split(separator: "\n").first { $0.hasPrefix("stats: ") })
        var phases: [String: Double] = [:]
        for field in line.dropFirst("stats: ".count).split(separator: " ") {
            let parts = field.split(separator: "=")
            phases[String(parts[0])] = Double(parts[1].dropLast(2))
        }
        for phase in ["library", "wording", "fonts", "plan", "layout", "paint", "write", "total"] {
            #expect(phases[phase] != nil, "\(phase) missing from \(line)")
        }
        let sum = phases.filter { $0.key != "total" }.values.reduce(0, +)
        #expect(abs(sum - (phases["total"] ?? 0)) < 1, "the phases add up: \(line)")
    }

    /// One Latin and one CJK client (the CJK faces come from fontconfig's kept scan), each rendered with the caches
    /// off, while filling an empty cache folder, and from the filled folder.
    @Test func theCachesNeverChangeTheBytes() throws {
        let work = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let sam = try String(contentsOf: RenderTestSupport.repository.appendingPathComponent("Examples/sam-rivera.yaml"), encoding: .utf8)
        let cjk = sam.replacingOccurrences(of: "Sam Rivera", with: "王小明 Wang").replacingOccurrences(of: "C-1042", with: "C-8801")
        #expect(cjk != sam)
        try cjk.write(to: work.appendingPathComponent("cjk.yaml"), atomically: true, encoding: .utf8)
        let cache = work.appendingPathComponent("cache").path
        var environment = ProcessInfo.processInfo.environment
        var made: [String: [[UInt8]]] = [:]
        for (run, setting) in [("off", "off"), ("filling", cache), ("filled", cache)] {
            environment["BACKSTRIDE_CACHE"] = setting
            let out = work.appendingPathComponent(run)
            let result = try cli.run(["render", "Examples/sam-rivera.yaml", work.appendingPathComponent("cjk.yaml").path, "-o", out.path,
                                      "--today", "2026-11-21"], environment: environment)
            #expect(result.status == 0, "\(run): \(result.stderr)")
            for name in ["C-1042.pdf", "C-8801.pdf"] {
                made[name, default: []].append(Array(try Data(contentsOf: out.appendingPathComponent(name))))
            }
            if run == "filling" {
                let kept = try FileManager.default.contentsOfDirectory(atPath: cache)
                #expect(kept.contains { $0.hasPrefix("poses-") }, "solved poses kept: \(kept)")
                #expect(kept.contains { $0.hasPrefix("fonts-") } && kept.contains("fontconfig"), "the font scan kept: \(kept)")
            }
        }
        for (name, files) in made {
            #expect(files.count == 3 && Set(files.map { $0 }).count == 1, "\(name) differs with the caches")
        }
        let fonts = try PDFTools.run("pdffonts", [work.appendingPathComponent("filled/C-8801.pdf").path]).stdout
        #expect(fonts.contains("NotoSansCJK"), "the CJK name is set in the CJK font: \(fonts)")
    }
}
