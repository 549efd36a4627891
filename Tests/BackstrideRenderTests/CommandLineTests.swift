import Foundation
import Testing

/// The command line as a user types it: exit codes, files written, messages. Runs the built binary.
@Suite(.serialized) struct CommandLineTests {
    static let binary = RenderTestSupport.repository.appendingPathComponent(".build/debug/backstride").path

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs the binary (or `executable`) and waits at most `timeout` seconds: a command that hangs (a FIFO read
    /// forever) is killed, and its status is -1 so the test fails instead of hanging the suite.
    func run(_ arguments: [String], stdin: [UInt8]? = nil, environment: [String: String]? = nil, directory: URL? = nil,
             executable: String = Self.binary, timeout: TimeInterval = 120) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? RenderTestSupport.repository
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(Data(stdin))
            try input.fileHandleForWriting.close()
        }
        final class Box: @unchecked Sendable { var data = Data() }
        let o = Box(), e = Box(), group = DispatchGroup()
        for (pipe, box) in [(out, o), (err, e)] {
            group.enter()
            DispatchQueue.global().async {
                box.data = pipe.fileHandleForReading.readDataToEndOfFile()
                group.leave()
            }
        }
        let finished = group.wait(timeout: .now() + timeout) == .success
        if !finished { process.terminate() }
        process.waitUntilExit()
        group.wait()
        return Result(status: finished ? process.terminationStatus : -1, stdout: String(decoding: o.data, as: UTF8.self),
                      stderr: String(decoding: e.data, as: UTF8.self))
    }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("backstride-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func checkPassesTheExamplesAndFailsABadProfileWithPositions() throws {
        let good = try run(["check", "Examples/sam-rivera.yaml", "Examples/priya-high-pain.yaml", "--today", "2026-11-21"])
        #expect(good.status == 0)
        let bad = try run(["check", "Tests/BackstrideCoreTests/Fixtures/profiles/invalid/unknown-key.yaml", "--today", "2026-11-21"])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("unknown-key.yaml:10:3: error: unknown key `weks` in schedule"))
        #expect(try run(["check", "no/such/file.yaml"]).status == 66)
        #expect(try run(["check", "--no-such-option", "x.yaml"]).status == 64)
        #expect(try run(["check", "Examples/sam-rivera.yaml", "--today", "2026-02-30"]).status == 64)
    }

    @Test func importLogAddsAWeekOfScoresOrWritesNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let profile = folder.appendingPathComponent("morgan.yaml")
        let original = try Data(contentsOf: RenderTestSupport.repository.appendingPathComponent("Examples/morgan-follow-up.yaml"))
        try original.write(to: profile)
        let bad = folder.appendingPathComponent("bad.csv"), good = folder.appendingPathComponent("week3.csv")
        try "date,done,during,morning\n2026-11-17,yes,2,1\n2026-11-19,yes,11,2\n".write(to: bad, atomically: true, encoding: .utf8)
        let refused = try run(["import-log", profile.path, bad.path, "--today", "2026-11-23"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("bad.csv:3:16: error: during must be between 0 and 10 (found 11)"))
        #expect(try Data(contentsOf: profile) == original, "nothing is written when a row is wrong")
        try "date,done,during,morning,note\n2026-11-17,yes,2,1,\n2026-11-19,yes,4,5,stiff next day\n".write(to: good, atomically: true, encoding: .utf8)
        let dry = try run(["import-log", profile.path, good.path, "--today", "2026-11-23", "--dry-run"])
        #expect(dry.status == 0 && dry.stderr.contains("would add 2 log lines") && dry.stdout.contains("2026-11-19: {done: yes"))
        #expect(try Data(contentsOf: profile) == original, "a dry run writes nothing")
        let done = try run(["import-log", profile.path, good.path, "--today", "2026-11-23"])
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.contains("week 3: red"), "morning 5 after 4 during: red, said at once")
        let text = try String(contentsOf: profile, encoding: .utf8)
        #expect(text.contains("  2026-11-19: {done: yes, during: 4, morning: 5, note: stiff next day}\n"))
        let again = try run(["import-log", profile.path, good.path, "--today", "2026-11-23"])
        #expect(again.status == 65 && again.stderr.contains("2026-11-17 is already in the log"), "importing twice is refused")
    }

    @Test func renderWritesEachHandoutWholeAndNamedSafely() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sneaky = folder.appendingPathComponent("sneaky.yaml")
        try "client: {name: Sneaky, id: \"../../escape/me\", birth_year: 1990}\nsymptoms: {pain: 2}\nschedule: {start: 2026-11-23, weeks: 4}\n"
            .write(to: sneaky, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try run(["render", "Examples/sam-rivera.yaml", "Examples/alex-red-flag.yaml", sneaky.path, "Tests/BackstrideCoreTests/Fixtures/profiles/invalid/empty.yaml",
                              "-o", out.path, "--today", "2026-11-21", "--png"])
        #expect(result.status == 65, "one bad profile sets 65 at the end")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files.contains("C-1042.pdf") && files.contains("C-3307.pdf") && files.contains("escape-me.pdf"))
        #expect(files.contains("C-1042-01.png"))
        #expect(!files.contains { $0.contains("tmp") }, "temporary files left: \(files)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("escape").path))
        #expect(result.stderr.contains("empty.yaml:1:1: error: file is empty"))
    }

    @Test func anUnwritableFolderGivesExitSeventyThree() throws {
        let result = try run(["render", "Examples/sam-rivera.yaml", "-o", "/proc/backstride-cannot-write", "--today", "2026-11-21"])
        #expect(result.status == 73)
        #expect(result.stderr.contains("cannot write"))
    }

    @Test func aClinicsTemplatesAndBrandingChangeTheHandout() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "# Dein Laufplan\n## {{clientName}}\n@red-flag-box\n".write(to: templates.appendingPathComponent("cover.mustache"), atomically: true, encoding: .utf8)
        let clinic = folder.appendingPathComponent("clinic.yaml")
        try "name: Hafen Physio & Co\nphone: +49 40 1234\naccent: \"#1F5FAD\"\n".write(to: clinic, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try run(["render", "Examples/sam-rivera.yaml", "-o", out.path, "--today", "2026-11-21",
                              "--templates", templates.path, "--clinic", clinic.path])
        #expect(result.status == 0, "\(result.stderr)")
        let pdf = Array(try Data(contentsOf: out.appendingPathComponent("C-1042.pdf")))
        let text = try PDFTools.text(pdf)
        #expect(text.contains("Dein Laufplan"))
        #expect(text.contains("Hafen Physio & Co"))
        #expect(text.contains("How to use this plan"), "other templates stay built-in")
        #expect(try PDFTools.info(pdf)["Author"] == "Hafen Physio & Co")
        let badClinic = folder.appendingPathComponent("bad.yaml")
        try "name: X\naccent: blue\n".write(to: badClinic, atomically: true, encoding: .utf8)
        let bad = try run(["render", "Examples/sam-rivera.yaml", "-o", out.path, "--clinic", badClinic.path])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("bad.yaml:2:9: error: accent must be a colour like #1F5FAD (found blue)"))
    }
}
