import BackstrideBatch
import Foundation
import Testing

/// The command line against hostile and mistaken input, as issue 13 found it: every case ran the old binary into a
/// silent overwrite, a hang, a crash-like message or a wrong exit status.
@Suite(.serialized) struct CommandLineSafetyTests {
    let cli = CommandLineTests()
    let today = ["--today", "2026-11-21"]

    func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    var sam: String { RenderTestSupport.repository.appendingPathComponent("Examples/sam-rivera.yaml").path }

    func samText() throws -> String { try String(contentsOfFile: sam, encoding: .utf8) }

    // Issue 13, item 2.
    @Test func renderNeverReplacesOneClientsHandoutWithAnothers() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out").path
        let copy = try write(try samText().replacingOccurrences(of: "name: Sam Rivera", with: "name: Lee Chan"), "lee.yaml", in: folder)
        let both = try cli.run(["render", sam, copy, "-o", out] + today)
        #expect(both.status == 65)
        #expect(both.stderr.contains("\(copy): error: duplicate client id C-1042 (also in \(sam))"))
        #expect(!FileManager.default.fileExists(atPath: out + "/C-1042.pdf"), "neither may be printed")
        let sameFile = try write("client: {name: Ann, id: \"C/1042\", birth_year: 1980}\nsymptoms: {pain: 2}\nschedule: {start: 2026-11-23}\n", "ann.yaml", in: folder)
        #expect(try cli.run(["render", sam, sameFile, "-o", out] + today).stderr.contains("output file c-1042.pdf would also be written for"))
        #expect(try cli.run(["render", sam, "-o", out] + today).status == 0)
        let samPDF = try Data(contentsOf: URL(fileURLWithPath: out + "/C-1042.pdf"))
        let later = try cli.run(["render", copy, "-o", out] + today)
        #expect(later.status == 73)
        #expect(later.stderr.contains("C-1042.pdf: error: not replaced: it is the handout of another client"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/C-1042.pdf")) == samPDF)
        #expect(try cli.run(["render", sam, "-o", out] + today).status == 0, "the same client may render again")
        #expect(try cli.run(["render", copy, "-o", out, "--force"] + today).status == 0)
        #expect(try PDFTools.text(Array(Data(contentsOf: URL(fileURLWithPath: out + "/C-1042.pdf")))).contains("Lee Chan"))
    }

    // Issue 13, item 5: FIFOs named like inputs blocked forever.
    @Test func pipesAndDevicesAreRefusedNotReadForever() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe.yaml").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let check = try cli.run(["check", fifo], timeout: 30)
        #expect(check.status == 66 && check.stderr.contains("it is a named pipe (FIFO), not a file"))
        #expect(try cli.run(["check", "/dev/zero"], timeout: 30).stderr.contains("/dev/zero: error: cannot read: it is a device, not a file"))
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        #expect(mkfifo(templates.appendingPathComponent("phrases.yaml").path, 0o644) == 0)
        #expect(try cli.run(["render", sam, "-o", folder.path + "/o", "--templates", templates.path] + today, timeout: 30).status == 66)
        let library = folder.appendingPathComponent("library")
        try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
        #expect(mkfifo(library.appendingPathComponent("x.yaml").path, 0o644) == 0)
        #expect(try cli.run(["plan", sam, "--library", library.path] + today, timeout: 30).status == 66)
        #expect(mkfifo(folder.appendingPathComponent("logo.png").path, 0o644) == 0)
        let clinic = try write("name: C\nlogo: logo.png\n", "clinic.yaml", in: folder)
        let logo = try cli.run(["render", sam, "-o", folder.path + "/o", "--clinic", clinic] + today, timeout: 30)
        #expect(logo.status == 65 && logo.stderr.contains("cannot read logo logo.png: it is a named pipe (FIFO), not a file"))
    }

    // Issue 13, item 7: a 100,000-letter name took 289 s to render.
    @Test func aHugeNameIsRefusedWithItsPosition() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let long = try write("client:\n  name: \(String(repeating: "a", count: 100_000))\nsymptoms: {pain: 2}\nschedule: {start: 2026-11-23}\n", "long.yaml", in: folder)
        let result = try cli.run(["render", long, "-o", folder.path + "/o"] + today, timeout: 30)
        #expect(result.status == 65)
        #expect(result.stderr.contains("long.yaml:2:9: error: name is 100000 characters long; the limit is 100"))
        let id = try write("client: {name: A, id: \(String(repeating: "x", count: 65))}\nsymptoms: {pain: 2}\nschedule: {start: 2026-11-23}\n", "id.yaml", in: folder)
        #expect(try cli.run(["check", id] + today).stderr.contains("id is 65 characters long; the limit is 64"))
    }

    // Issue 13, item 9: a long Chinese name passed `check` and then failed `render` with "The file name is invalid".
    @Test func aLongNonLatinNameRenders() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = String(repeating: "李", count: 90)
        let file = try write("client:\n  name: \(name)\n  birth_year: 1980\nsymptoms: {pain: 2}\nschedule: {start: 2026-11-23, weeks: 4}\n", "li.yaml", in: folder)
        #expect(try cli.run(["check", file] + today).status == 0)
        let result = try cli.run(["render", file, "-o", folder.path + "/o", "--png", "--png-dpi", "20"] + today)
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/o").filter { !$0.hasPrefix(".") }
        #expect(files.contains { $0.hasSuffix(".pdf") } && files.allSatisfy { $0.utf8.count <= 255 - 60 })
    }

    // Issue 13, item 10.
    @Test func datesFarFromTodayAreRefusedWithTheirPosition() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try write("client: {name: Y}\nsymptoms: {pain: 2}\nschedule: {start: 9999-11-22}\n", "y.yaml", in: folder)
        let result = try cli.run(["check", file] + today)
        #expect(result.status == 65)
        #expect(result.stderr.contains("y.yaml:3:19: error: start 9999-11-22 is more than 2 years from today (2026-11-21)"))
        #expect(try cli.run(["check", sam, "--today", "9999-12-01"]).status == 64)
    }

    // Issue 13, item 11: documented exit codes, one clear message, never `Error: ...: error:`.
    @Test func missingInputsExitSixtySixWithOneClearMessage() throws {
        let library = try cli.run(["plan", sam, "--library", "/nonexistent/lib"] + today)
        #expect(library.status == 66 && library.stderr == "/nonexistent/lib: error: cannot read: no such file or folder\n")
        let answers = try cli.run(["init", "--answers", "/nonexistent/answers.yaml", "-o", "/nonexistent/me.yaml"] + today)
        #expect(answers.status == 66 && !answers.stderr.contains("Error:"))
        var environment = ProcessInfo.processInfo.environment
        environment["BACKSTRIDE_HOME"] = "/nonexistent/home"
        let home = try cli.run(["render", sam, "-o", "/tmp"] + today, environment: environment)
        #expect(home.status == 66 && home.stderr.contains("cannot find Backstride's data") && !home.stderr.contains("Error:"))
    }

    // Issue 13, item 11.
    @Test func outputsNeverCreateFoldersAnywhereOrReplaceAProfileUnasked() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let deep = folder.appendingPathComponent("no/such/dir")
        let catalogue = try cli.run(["exercises", "--pdf", deep.appendingPathComponent("x.pdf").path])
        #expect(catalogue.status == 73 && catalogue.stderr.contains("the folder \(deep.path) does not exist"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("no").path))
        let render = try cli.run(["render", sam, "-o", deep.path] + today)
        #expect(render.status == 73 && render.stderr.contains("its parent folder \(deep.deletingLastPathComponent().path) does not exist"))
        let existing = try write("# my own notes\n", "me.yaml", in: folder)
        let answers = try write("sign_night_pain: yes\nname: Sky\nbirth_year: 1990\npain: 4\n", "answers.yaml", in: folder)
        let refused = try cli.run(["init", "--answers", answers, "-o", existing, "--pdf-dir", folder.path + "/out"] + today)
        #expect(refused.status == 73 && refused.stderr.contains("me.yaml: error: cannot write: the file already exists"))
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "# my own notes\n")
        #expect(try cli.run(["init", "--answers", answers, "-o", existing, "--pdf-dir", folder.path + "/out", "--force"] + today).status == 0)
        let file = try write("", "a-file", in: folder)
        #expect(try cli.run(["render", sam, "-o", file] + today).stderr.contains("a-file: error: cannot write: it is a file, not a folder"))
    }

    // Issue 13, item 11: messages a user can act on.
    @Test func unclearMessagesAreClear() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("big.yaml").path
        #expect(FileManager.default.createFile(atPath: big, contents: nil))
        #expect(truncate(big, 52 * 1_048_576) == 0)
        #expect(try cli.run(["check", big]).stderr.contains("big.yaml: error: cannot read: the file is larger than the 1 MB limit (it is 52 MB)"))
        let twoDocuments = try write("client: {name: X}\n---\nfoo: 1\n", "two.yaml", in: folder)
        #expect(try cli.run(["check", twoDocuments] + today).stderr.contains("two.yaml:2:1: error: the file holds more than one YAML document"))
        let deep = try write(String(repeating: "[", count: 20_000), "deep.yaml", in: folder)
        #expect(try cli.run(["check", deep] + today).stderr.contains("lists or mappings are nested too deeply to read"))
        let loop = folder.appendingPathComponent("loop.yaml").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "loop.yaml")
        #expect(try cli.run(["check", loop]).stderr.contains("too many levels of symbolic links"))
    }

    @Test func standardInputAndOutputWorkWhereOneFileResults() throws {
        let profile = Array(try samText().utf8)
        let check = try cli.run(["check", "-"] + today, stdin: profile)
        #expect(check.status == 0 && check.stdout.hasPrefix("<stdin>: ok: Sam Rivera"))
        let plan = try cli.run(["plan", "-", "--json"] + today, stdin: profile)
        #expect(plan.status == 0 && plan.stdout.contains("\"client_id\" : \"C-1042\""))
        let pdf = try cli.run(["render", "-", "-o", "-"] + today, stdin: profile)
        #expect(pdf.status == 0 && pdf.stdout.hasPrefix("%PDF-"))
        #expect(try cli.run(["render", sam, sam, "-o", "-"] + today).status == 64, "two PDFs cannot share standard output")
        let bad = try cli.run(["check", "-"] + today, stdin: Array("client: {name: X}\nsymptoms: {pain: 12}\nschedule: {start: 2026-11-23}\n".utf8))
        #expect(bad.status == 65 && bad.stderr.contains("<stdin>:2:18: error: pain must be between 0 and 10 (found 12)"))
    }

    @Test func dataGoesToStandardOutputAndMessagesToStandardError() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let render = try cli.run(["render", sam, "-o", folder.path, "--png", "--png-dpi", "24"] + today)
        let pages = Int(try PDFTools.info(Array(Data(contentsOf: folder.appendingPathComponent("C-1042.pdf"))))["Pages"] ?? "") ?? 0
        #expect(render.status == 0 && render.stdout.isEmpty && render.stderr.contains("wrote \(folder.path)/C-1042.pdf (\(pages) pages)"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(pages > 9 && files.contains("C-1042-01.png") && files.contains("C-1042-\(pages).png"), "page numbers are zero-padded: \(files.sorted())")
        let png = try Data(contentsOf: folder.appendingPathComponent("C-1042-01.png"))
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == Int(595.276 * 24 / 72), "--png-dpi sets the size: \(width)")
        #expect(try cli.run(["render", sam, "-o", folder.path, "--png-dpi", "1000"] + today).status == 64)
    }

    @Test func aMistypedCommandGetsASuggestion() throws {
        let result = try cli.run(["rendr", sam])
        #expect(result.status == 64)
        #expect(result.stderr.contains("error: unknown command 'rendr'") && result.stderr.contains("did you mean 'backstride render'?"))
    }

    @Test func diagnosticsShowTheLineWithACaretAndNoColourOffATerminal() throws {
        let bad = "Tests/BackstrideCoreTests/Fixtures/profiles/invalid/unknown-key.yaml"
        let result = try cli.run(["check", bad] + today)
        #expect(result.stderr.contains("""
            unknown-key.yaml:10:3: error: unknown key `weks` in schedule
             10 |   weks: 6
                |   ^
            """), "\(result.stderr)")
        #expect(!result.stderr.contains("\u{1B}["), "colour codes in a pipe")
    }

    @Test func shellCompletionsAreGenerated() throws {
        for shell in ["bash", "zsh", "fish"] {
            let result = try cli.run(["--generate-completion-script", shell])
            #expect(result.status == 0 && result.stdout.contains("render") && result.stdout.contains("png-dpi"), "\(shell)")
        }
    }
}
