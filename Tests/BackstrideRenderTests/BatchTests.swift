import BackstrideBatch
import BackstrideCore
import BackstrideRender
import Foundation
import Testing

@Suite(.serialized) struct BatchTests {
    /// A clinic folder: three good profiles (one withheld), a broken one, and two with the same id.
    func clinicFolder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("backstride-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("physio-b"), withIntermediateDirectories: true)
        for name in ["sam-rivera.yaml", "priya-high-pain.yaml", "alex-red-flag.yaml", "jordan-self-guided.yaml"] {
            try FileManager.default.copyItem(at: RenderTestSupport.repository.appendingPathComponent("Examples/\(name)"),
                                             to: root.appendingPathComponent(name))
        }
        try "client: {name: Broken, birth_year: 1990}\nsymptoms: {pain: 12}\nschedule: {start: 2026-11-23}\n"
            .write(to: root.appendingPathComponent("physio-b/broken.yml"), atomically: true, encoding: .utf8)
        try "client: {name: Sam Again, id: C-1042, birth_year: 1990}\nsymptoms: {pain: 2}\nschedule: {start: 2026-11-23}\n"
            .write(to: root.appendingPathComponent("physio-b/duplicate.yaml"), atomically: true, encoding: .utf8)
        try "not a profile".write(to: root.appendingPathComponent("physio-b/notes.txt"), atomically: true, encoding: .utf8)
        return root
    }

    func settings(_ out: URL, jobs: Int, week: CalendarDate? = nil) throws -> BatchSettings {
        BatchSettings(outputFolder: out.path, jobs: jobs, today: RenderTestSupport.today, week: week, force: true, paper: nil,
                      largePrint: false, library: try RenderTestSupport.library(), wording: try RenderTestSupport.wording(),
                      clinic: nil, sharedDigest: "test")
    }

    func run(_ folder: URL, _ settings: BatchSettings) throws -> BatchOutcome {
        let files = ProfileDiscovery.find([folder.path]).profiles
        return try BatchRunner(settings: settings).run(files: files, report: { _ in }, progress: { _, _, _ in })
    }

    @Test func oneBadProfileNeverStopsTheOthers() throws {
        let folder = try clinicFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let outcome = try run(folder, try settings(out, jobs: 2))
        let byFile = Dictionary(uniqueKeysWithValues: outcome.manifest.entries.map { (($0.source as NSString).lastPathComponent, $0) })
        #expect(byFile.count == 6, "notes.txt is not a profile")
        #expect(byFile["priya-high-pain.yaml"]?.status == .ok)
        #expect(byFile["jordan-self-guided.yaml"]?.status == .ok)
        #expect(byFile["jordan-self-guided.yaml"]?.warnings.first?.contains("shoes") == true)
        #expect(byFile["alex-red-flag.yaml"]?.status == .withheld)
        #expect(byFile["broken.yml"]?.status == .failed)
        #expect(byFile["broken.yml"]?.reason?.contains("broken.yml:2:18: pain must be between 0 and 10 (found 12)") == true)
        #expect(byFile["sam-rivera.yaml"]?.reason?.contains("duplicate client id C-1042") == true)
        #expect(byFile["duplicate.yaml"]?.reason?.contains("duplicate client id C-1042") == true)
        #expect(byFile["broken.yml"]?.client == "Broken", "a failed row still names its client")
        #expect(outcome.failed == 3)
        for name in ["C-2210.pdf", "Jordan-Okafor.pdf", "C-3307.pdf"] {
            let pdf = Array(try Data(contentsOf: out.appendingPathComponent(name)))
            #expect(try PDFTools.qpdfCheck(pdf).status == 0)
        }
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("C-1042.pdf").path))
        let csv = try String(contentsOf: out.appendingPathComponent("manifest.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("client,id,source,status,reason,rendered,outputs,removed,pages,warnings\r\n"))
        #expect(csv.contains("Priya Nair,C-2210,"))
        let json = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: out.appendingPathComponent("manifest.json")))
        #expect(json == outcome.manifest)
    }

    @Test func theJobCountNeverChangesTheBytes() throws {
        let folder = try clinicFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let one = folder.appendingPathComponent("one"), four = folder.appendingPathComponent("four")
        _ = try run(folder, try settings(one, jobs: 1))
        _ = try run(folder, try settings(four, jobs: 4))
        for name in ["C-2210.pdf", "Jordan-Okafor.pdf", "C-3307.pdf", "manifest.csv", "manifest.json"] {
            #expect(try Data(contentsOf: one.appendingPathComponent(name)) == Data(contentsOf: four.appendingPathComponent(name)), "\(name)")
        }
        let week = CalendarDate(year: 2026, month: 12, day: 2)!
        _ = try run(folder, try settings(one, jobs: 1, week: week))
        _ = try run(folder, try settings(four, jobs: 4, week: week))
        #expect(try Data(contentsOf: one.appendingPathComponent("pack-2026-11-30.pdf")) == Data(contentsOf: four.appendingPathComponent("pack-2026-11-30.pdf")))
    }

    @Test func theWeeklyPackHasTheRightClientsInOrderEachOnAnOddPage() throws {
        let folder = try clinicFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Jordan's plan starts a week later than the others, so in the first week it is "not started".
        let jordan = folder.appendingPathComponent("jordan-self-guided.yaml")
        try String(contentsOf: jordan, encoding: .utf8).replacingOccurrences(of: "start: 2026-11-23", with: "start: 2026-11-30")
            .write(to: jordan, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let outcome = try run(folder, try settings(out, jobs: 2, week: CalendarDate(year: 2026, month: 11, day: 25)!))
        let pdf = Array(try Data(contentsOf: out.appendingPathComponent("pack-2026-11-23.pdf")))
        let pages = try PDFTools.pages(pdf)
        let cover = pages[0].replacingOccurrences(of: "\n", with: " ")
        #expect(cover.contains("Weekly print pack: week of 2026-11-23"))
        #expect(cover.contains("Not in this pack"))
        #expect(cover.contains("plan not started (starts 2026-11-30)"))
        // Clinician, then client: Alex Lee's Priya, then Dana Whitfield's Alex Moreau (a referral).
        let priya = try #require(pages.firstIndex { $0.contains("Week 1 for Priya Nair") })
        let alex = try #require(pages.firstIndex { $0.contains("Go to an emergency department now") })
        #expect(priya < alex)
        #expect(priya % 2 == 0 && alex % 2 == 0, "each client starts on an odd page (1-based): \(priya + 1), \(alex + 1)")
        #expect(pages[priya].contains("23 November 2026 to 29 November 2026"))
        #expect(!pages.contains { $0.contains("Jordan") && $0.contains("Week 1 for") })
        let jordanRow = outcome.manifest.entries.first { $0.client == "Jordan Okafor" }
        #expect(jordanRow?.status == .skipped && jordanRow?.reason == "plan not started (starts 2026-11-30)")
        let weekManifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: out.appendingPathComponent("week-2026-11-23/manifest.json")))
        #expect(weekManifest == outcome.manifest && weekManifest.mode == .week, "the pack's manifest is in its week folder")
        let own = Array(try Data(contentsOf: out.appendingPathComponent("week-2026-11-23/C-2210.pdf")))
        #expect(try PDFTools.text(own).contains("Week 1 of 4"))
    }

    @Test func aKilledBatchLeavesNoPartialFileAndARerunFinishes() throws {
        let folder = try clinicFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Enough clients that the batch is still writing when it is killed.
        let many = folder.appendingPathComponent("many")
        try FileManager.default.createDirectory(at: many, withIntermediateDirectories: true)
        let sam = try String(contentsOf: folder.appendingPathComponent("sam-rivera.yaml"), encoding: .utf8)
        for i in 0..<60 {
            try sam.replacingOccurrences(of: "id: C-1042", with: "id: K-\(i)").write(to: many.appendingPathComponent("c\(i).yaml"), atomically: true, encoding: .utf8)
        }
        let out = folder.appendingPathComponent("out")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineTests.binary)
        process.arguments = ["batch", many.path, "-o", out.path, "--today", "2026-11-21", "--jobs", "2", "-q"]
        process.currentDirectoryURL = RenderTestSupport.repository
        try process.run()
        Thread.sleep(forTimeInterval: 0.8)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let written = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        for name in written where name.hasSuffix(".pdf") {
            let pdf = Array(try Data(contentsOf: out.appendingPathComponent(name)))
            #expect(try PDFTools.qpdfCheck(pdf).status == 0, "\(name) is damaged")
        }
        #expect(written.filter { $0.hasSuffix(".pdf") }.count < 60, "the batch finished before it was killed; the test proves nothing")
        let rerun = Process()
        rerun.executableURL = process.executableURL
        rerun.arguments = process.arguments
        rerun.currentDirectoryURL = process.currentDirectoryURL
        try rerun.run()
        rerun.waitUntilExit()
        #expect(rerun.terminationStatus == 0)
        let after = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(after.filter { $0.hasSuffix(".pdf") }.count == 60)
        #expect(!after.contains { $0.hasPrefix(".backstride-tmp-") }, "temporary files left: \(after)")
    }
}
