import BackstrideBatch
import BackstrideCore
import BackstrideRender
import Foundation
import Testing

/// What a clinic batch-printing on a Friday afternoon must never find: a stale plan for a client who now has a red
/// flag, another batch's files deleted, handouts written through a link, a profile silently left out.
@Suite(.serialized) struct BatchSafetyTests {
    let cli = CommandLineTests()

    /// A clients folder holding Sam's profile, and an output folder beside it.
    func clinic() throws -> (root: URL, clients: URL, sam: URL, out: URL) {
        let root = try cli.temporaryFolder()
        let clients = root.appendingPathComponent("clients")
        try FileManager.default.createDirectory(at: clients, withIntermediateDirectories: true)
        let sam = clients.appendingPathComponent("sam.yaml")
        try FileManager.default.copyItem(at: RenderTestSupport.repository.appendingPathComponent("Examples/sam-rivera.yaml"), to: sam)
        return (root, clients, sam, root.appendingPathComponent("out"))
    }

    func batch(_ clients: URL, _ out: URL, _ extra: [String] = []) throws -> CommandLineTests.Result {
        try cli.run(["batch", clients.path, "-o", out.path, "--today", "2026-11-21"] + extra)
    }

    func manifest(_ out: URL, _ relative: String = "manifest.json") throws -> Manifest {
        try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: out.appendingPathComponent(relative)))
    }

    func edit(_ file: URL, _ from: String, _ to: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(from), "the fixture changed: no \(from)")
        try text.replacingOccurrences(of: from, with: to).write(to: file, atomically: true, encoding: .utf8)
    }

    // Issue 13, item 1.
    @Test func aWeekPackNeverLeavesAStaleFullPlanForAClientWithARedFlag() throws {
        let (root, clients, sam, out) = try clinic()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try batch(clients, out, ["--ics"]).status == 0)
        let handout = out.appendingPathComponent("C-1042.pdf")
        let fullPlan = Int(try PDFTools.info(Array(Data(contentsOf: handout)))["Pages"] ?? "") ?? 0
        #expect(fullPlan > 10, "a full running plan first: \(fullPlan) pages")
        try edit(sam, "signs: []", "signs: [saddle_numbness]")
        #expect(try batch(clients, out, ["--ics", "--week", "2026-11-25"]).status == 0)
        let rerun = try batch(clients, out, ["--ics"])
        #expect(rerun.status == 0)
        let pdf = Array(try Data(contentsOf: handout))
        #expect(try PDFTools.info(pdf)["Pages"] == "2", "the \(fullPlan)-page running plan was kept")
        #expect(try PDFTools.text(pdf).contains("Go to an emergency department now"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("C-1042.ics").path), "the running calendar was kept")
        var row = try #require(try manifest(out).entries.first)
        #expect(row.status == .withheld && row.rendered && row.removed == ["C-1042.ics"])
        // A re-run keeps the file, and the real status: withheld, not "skipped".
        _ = try batch(clients, out, ["--ics"])
        row = try #require(try manifest(out).entries.first)
        #expect(row.status == .withheld && !row.rendered && row.reason == "unchanged since the last run; kept")
        #expect(try manifest(out).schemaVersion == Manifest.schemaVersion)
    }

    // Issue 13, item 1: an invalid profile's old handout does not stay looking current.
    @Test func aProfileThatBecomesInvalidLosesItsOldHandout() throws {
        let (root, clients, sam, out) = try clinic()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try batch(clients, out).status == 0)
        #expect(try batch(clients, out, ["--week", "2026-11-25"]).status == 0)
        try edit(sam, "pain: 4 ", "pain: 14 ")
        let result = try batch(clients, out)
        #expect(result.status == 65)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("C-1042.pdf").path))
        let row = try #require(try manifest(out).entries.first)
        #expect(row.status == .failed && row.removed == ["C-1042.pdf"] && row.client == "Sam Rivera")
        #expect(row.reason?.contains("pain must be between 0 and 10 (found 14)") == true)
        // The week pack's own page too, and its manifest says so.
        #expect(try batch(clients, out, ["--week", "2026-11-25"]).status == 65)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("week-2026-11-23/C-1042.pdf").path))
        #expect(try manifest(out, "week-2026-11-23/manifest.json").entries.first?.removed == ["week-2026-11-23/C-1042.pdf"])
    }

    // Issue 13, item 2, in a batch: a copied profile with a new name and the old id never replaces the first client's handout.
    @Test func aBatchNeverReplacesAnotherClientsHandout() throws {
        let (root, clients, sam, out) = try clinic()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try batch(clients, out).status == 0)
        let before = try Data(contentsOf: out.appendingPathComponent("C-1042.pdf"))
        try edit(sam, "name: Sam Rivera", "name: Robin Copy")
        let result = try batch(clients, out)
        #expect(result.status == 65)
        #expect(result.stderr.contains("not replaced: it is the handout of another client"))
        #expect(try Data(contentsOf: out.appendingPathComponent("C-1042.pdf")) == before, "Sam's handout was replaced or removed")
        #expect(try batch(clients, out, ["--force"]).status == 0)
        #expect(try PDFTools.text(Array(Data(contentsOf: out.appendingPathComponent("C-1042.pdf")))).contains("Robin Copy"))
    }

    // Issue 13, item 3.
    @Test func aSecondBatchIntoTheSameFolderStopsAtOnceAndDeletesNothing() throws {
        let (root, clients, _, out) = try clinic()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try batch(clients, out).status == 0)
        // Another run is writing: it holds the lock and has temporary files in the folder and a week folder.
        let week = out.appendingPathComponent("week-2026-11-23")
        try FileManager.default.createDirectory(at: week, withIntermediateDirectories: true)
        let theirs = [out.appendingPathComponent(".backstride-tmp-1-A-x.pdf"), week.appendingPathComponent(".backstride-tmp-1-B-y.pdf")]
        for file in theirs { try Data("half".utf8).write(to: file) }
        let lock = open(out.appendingPathComponent(OutputFolder.lockName).path, O_RDWR)
        #expect(lock >= 0 && flock(lock, LOCK_EX) == 0)
        let second = try batch(clients, out, ["--force"])
        #expect(second.status == 75)
        #expect(second.stderr.contains("another batch is writing to \(out.path)"))
        for file in theirs { #expect(FileManager.default.fileExists(atPath: file.path), "the other run's \(file.lastPathComponent) was deleted") }
        flock(lock, LOCK_UN)
        close(lock)
        // Once the folder is free, a run clears what an interrupted one left, week folders included.
        #expect(try batch(clients, out).status == 0)
        for file in theirs { #expect(!FileManager.default.fileExists(atPath: file.path), "\(file.lastPathComponent) was left") }
    }

    // Issue 13, item 4.
    @Test func aLinkedWeekFolderIsNeverWrittenThrough() throws {
        let (root, clients, _, out) = try clinic()
        defer { try? FileManager.default.removeItem(at: root) }
        let elsewhere = root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: out.appendingPathComponent("week-2026-11-23"), withDestinationURL: elsewhere)
        let result = try batch(clients, out, ["--week", "2026-11-25"])
        #expect(result.status == 73)
        #expect(result.stderr.contains("week-2026-11-23: error: cannot write: it is a symbolic link"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty, "a file was written through the link")
    }

    // Issue 13, item 5: a FIFO named like a profile would block forever; it becomes a failed row.
    @Test func aPipeNamedLikeAProfileIsAFailedRowNotAHang() throws {
        let (root, clients, _, out) = try clinic()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(mkfifo(clients.appendingPathComponent("pipe.yaml").path, 0o644) == 0)
        let result = try cli.run(["batch", clients.path, "-o", out.path, "--today", "2026-11-21"], timeout: 60)
        #expect(result.status == 65)
        let row = try #require(try manifest(out).entries.first { $0.source.hasSuffix("pipe.yaml") })
        #expect(row.status == .failed && row.reason == "cannot read: it is a named pipe (FIFO), not a file")
    }

    // Issue 13, item 5: a folder that cannot be listed is a failed row, not silently skipped.
    @Test func anUnreadableFolderIsAFailedRow() throws {
        let (root, clients, _, out) = try clinic()
        defer { try? FileManager.default.removeItem(at: root) }
        let locked = clients.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: clients.appendingPathComponent("sam.yaml"), to: locked.appendingPathComponent("other.yaml"))
        // The walk as the batch does it, with the folder's listing refused as the system refuses it to a user without permission.
        let found = ProfileDiscovery.find([clients.path]) { folder in
            if folder.hasSuffix("locked") { throw InputFiles.Unreadable(path: folder, reason: "cannot list the folder: permission denied") }
            return try FolderFiles.entries(folder)
        }
        #expect(found.profiles.map { ($0 as NSString).lastPathComponent } == ["sam.yaml"])
        let settings = try BatchTests().settings(out, jobs: 1)
        let outcome = try BatchRunner(settings: settings).run(files: found.profiles, problems: found.problems, report: { _ in }, progress: { _, _, _ in })
        let row = try #require(outcome.manifest.entries.first { $0.source.hasSuffix("locked") })
        #expect(row.status == .failed && row.reason == "cannot read: cannot list the folder: permission denied")
        #expect(outcome.failed == 1)
    }

    // The same with real permissions, where a user other than root can be had (root reads every folder).
    @Test func aFolderWithoutPermissionIsAFailedRowOnTheCommandLine() throws {
        let (root, clients, _, out) = try clinic()
        let locked = clients.appendingPathComponent("locked")
        defer {
            chmod(locked.path, 0o755)
            try? FileManager.default.removeItem(at: root)
        }
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        chmod(locked.path, 0o000)
        var command = [CommandLineTests.binary]
        if getuid() == 0 {
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command
            for folder in [root, clients] { chmod(folder.path, 0o777) }
            // Only where nobody may run the binary and read its data (not when the checkout is in /root).
            guard try cli.run(command + ["exercises"], executable: "/usr/bin/env").status == 0 else { return }
        }
        let result = try cli.run(command + ["batch", clients.path, "-o", out.path, "--today", "2026-11-21", "-q"], executable: "/usr/bin/env")
        #expect(result.status == 65, "\(result.stderr)")
        let row = try #require(try manifest(out).entries.first { $0.source.hasSuffix("locked") })
        #expect(row.status == .failed && row.reason == "cannot read: cannot list the folder: permission denied")
        #expect(result.stderr.contains("locked: error: cannot read: cannot list the folder: permission denied"), "a quiet batch still says what failed")
    }

    // Issue 13, item 11: a full disk left manifest.json without manifest.csv. A size limit on files stands in for it:
    // every write fails the way ENOSPC does, part-way through.
    @Test func aFailedWriteKeepsBothManifestsAndTheCurrentHandout() throws {
        let (root, clients, _, out) = try clinic()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try batch(clients, out).status == 0)
        let before = try ["C-1042.pdf", "manifest.json", "manifest.csv"].map { try Data(contentsOf: out.appendingPathComponent($0)) }
        let script = "trap '' XFSZ; exec prlimit --fsize=300 \"$@\""
        let full = try cli.run(["-c", script, "sh", CommandLineTests.binary, "batch", clients.path, "-o", out.path, "--today", "2026-11-21", "--force"],
                               executable: "/bin/sh")
        #expect(full.status == 73, "\(full.stderr)")
        #expect(full.stderr.contains("manifest.json: error: cannot write: the file would be larger than this system allows"))
        let after = try ["C-1042.pdf", "manifest.json", "manifest.csv"].map { try Data(contentsOf: out.appendingPathComponent($0)) }
        #expect(after == before, "a manifest, or the handout made from these same inputs, changed or went")
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: out.path)).contains { $0.contains("tmp") })
    }

    // Issue 13, item 11: manifest.json and manifest.csv are written both or neither. The second file fails after the
    // first was written whole, as a disk that fills up between them does.
    @Test func filesWrittenTogetherAreWrittenBothOrNeither() throws {
        let root = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = try OutputFolder(root.path)
        try folder.write([("manifest.json", Array("old json".utf8)), ("manifest.csv", Array("old csv".utf8))])
        let tooLong = String(repeating: "x", count: 300)
        #expect(throws: OutputFiles.CannotWrite.self) {
            try folder.write([("manifest.json", Array("new json".utf8)), (tooLong, Array("new csv".utf8))])
        }
        #expect(folder.read("manifest.json") == Array("old json".utf8), "one file of the pair was replaced")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["manifest.csv", "manifest.json"], "temporary files left")
    }

    // Issue 13, item 11: `batch -q` with a failure still prints it, and `--week` writes a manifest.
    @Test func aQuietBatchStillReportsEveryFailure() throws {
        let (root, clients, _, out) = try clinic()
        defer { try? FileManager.default.removeItem(at: root) }
        try "client: {name: X}\nsymptoms: {pain: 12}\nschedule: {start: 2026-11-23}\n".write(to: clients.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let result = try batch(clients, out, ["-q", "--week", "2026-11-25"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("bad.yaml:2:18: error: pain must be between 0 and 10 (found 12)"))
        #expect(result.stderr.contains("1 of 2 profiles failed"))
        #expect(result.stdout.isEmpty, "messages belong on standard error")
        #expect(try manifest(out, "week-2026-11-23/manifest.json").entries.count == 2)
    }
}
