import BackstrideCore
import BackstrideRender
import Foundation

/// Many profiles to many outputs: every client's handout, or the weekly print pack. One bad profile never
/// stops the others; it is reported and marked failed in the manifest.
public struct BatchRunner: Sendable {
    public let settings: BatchSettings

    public init(settings: BatchSettings) { self.settings = settings }

    /// One profile as read, before any rendering.
    struct Loaded: Sendable {
        var path: String
        /// Name and id, kept for the manifest even when the profile is rejected as a duplicate.
        var client = ""
        var id = ""
        var bytes: [UInt8]
        var profile: ClientProfile?
        var diagnostics: [Diagnostic]
        var failure: String?
    }

    /// What a worker returns for one client.
    struct Done: Sendable {
        var entry: ManifestEntry
        var packPages: [LaidOutPage]
        var bytes: Int
        var rendered: Bool
    }

    /// - Parameters:
    ///   - report: receives diagnostics and errors as text lines, as they are found.
    ///   - progress: called after each profile with (done, total, entry).
    public func run(files: [String], report: @Sendable (String) -> Void,
                    progress: @Sendable (Int, Int, ManifestEntry) -> Void) throws -> BatchOutcome {
        let out = settings.outputFolder
        OutputFiles.removeLeftovers(in: out)
        var loaded = files.map(load)
        markDuplicates(&loaded)
        for item in loaded {
            for d in item.diagnostics { report(d.description) }
            if let failure = item.failure, item.diagnostics.isEmpty { report("\(item.path): error: \(failure)") }
        }
        let previous = settings.force || settings.week != nil ? nil : Manifest.previous(in: out)
        let counter = Counter()
        let total = loaded.count
        let settings = self.settings
        let runner = self
        let items = loaded
        let results: [Done] = WorkerPool.run(count: items.count, jobs: settings.jobs, makeWorker: { () -> Renderer? in
            try? Renderer()
        }, work: { renderer, index in
            let done = runner.process(items[index], renderer: renderer, previous: previous)
            progress(counter.increment(), total, done.entry)
            return done
        })
        var entries = results.map(\.entry)
        var bytes = results.reduce(0) { $0 + $1.bytes }
        if let week = settings.week {
            bytes += try writePack(week: week, results: results, loaded: loaded, entries: &entries)
        }
        let manifest = Manifest(today: settings.today.iso, week: settings.week.map { $0.mondayOfWeek.iso }, entries: entries)
        try OutputFiles.write(try manifest.json(), to: out + "/manifest.json")
        try OutputFiles.write(manifest.csv(), to: out + "/manifest.csv")
        return BatchOutcome(manifest: manifest, failed: entries.filter { if case .failed = $0.status { return true } else { return false } }.count,
                            rendered: results.filter(\.rendered).count, pages: results.reduce(0) { $0 + ($1.rendered ? $1.entry.pages : 0) },
                            bytesWritten: bytes)
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func increment() -> Int { lock.withLock { value += 1; return value } }
    }

    func load(_ path: String) -> Loaded {
        do {
            let bytes = try InputFiles.read(path)
            let result = ProfileLoader.load(bytes: bytes, path: path, today: settings.today)
            let firstError = result.diagnostics.first { $0.severity == .error }
            return Loaded(path: path, bytes: bytes, profile: result.profile, diagnostics: result.diagnostics,
                          failure: firstError.map { "\($0.location): \($0.message)" })
        } catch {
            return Loaded(path: path, bytes: [], profile: nil, diagnostics: [], failure: "cannot read: \((error as? InputFiles.Unreadable)?.reason ?? "\(error)")")
        }
    }

    /// Two profiles with one client id, or whose ids make the same file name, would overwrite each other:
    /// each is an error instead.
    func markDuplicates(_ loaded: inout [Loaded]) {
        var byId: [String: [Int]] = [:], byFile: [String: [Int]] = [:]
        for (i, item) in loaded.enumerated() {
            guard let profile = item.profile else { continue }
            byId[profile.client.id, default: []].append(i)
            byFile[SafeName.stem(profile.client.id).lowercased(), default: []].append(i)
        }
        for (id, indices) in byId where indices.count > 1 {
            for i in indices {
                let others = indices.filter { $0 != i }.map { loaded[$0].path }.joined(separator: ", ")
                loaded[i].failure = "duplicate client id \(id) (also in \(others))"
                reject(&loaded[i])
            }
        }
        for (stem, indices) in byFile where indices.count > 1 {
            let live = indices.filter { loaded[$0].profile != nil }
            guard live.count > 1 else { continue }
            for i in live {
                let others = live.filter { $0 != i }.map { loaded[$0].path }.joined(separator: ", ")
                loaded[i].failure = "output file \(stem).pdf would also be written for \(others); give each client a distinct id"
                reject(&loaded[i])
            }
        }
    }

    private func reject(_ item: inout Loaded) {
        if let profile = item.profile {
            item.client = profile.client.name
            item.id = profile.client.id
        }
        item.profile = nil
    }

    func digest(_ item: Loaded) -> String {
        var d = InputDigest()
        d.add(settings.sharedDigest)
        d.add(item.bytes)
        return d.hex
    }

    func process(_ item: Loaded, renderer: Renderer?, previous: Manifest?) -> Done {
        guard let profile = item.profile else {
            let entry = ManifestEntry(client: item.client, id: item.id, source: item.path, status: .failed(item.failure ?? "invalid profile"),
                                      warnings: item.diagnostics.filter { $0.severity == .warning }.map(\.description))
            return Done(entry: entry, packPages: [], bytes: 0, rendered: false)
        }
        let warnings = item.diagnostics.filter { $0.severity == .warning }.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        var entry = ManifestEntry(client: profile.client.name, id: profile.client.id, source: item.path, status: .ok, warnings: warnings,
                                  inputDigest: digest(item))
        guard let renderer else {
            entry.status = .failed("cannot set up fonts")
            return Done(entry: entry, packPages: [], bytes: 0, rendered: false)
        }
        let stem = SafeName.stem(profile.client.id)
        let plan = PlanCompiler.compile(profile, library: settings.library, today: settings.today)
        let options = settings.options(for: profile)
        do {
            if let week = settings.week {
                return try processWeek(week, profile: profile, plan: plan, options: options, stem: stem, renderer: renderer, entry: entry)
            }
            let target = settings.outputFolder + "/" + stem + ".pdf"
            if let old = previous?.entries.first(where: { $0.source == item.path && $0.inputDigest == entry.inputDigest }),
               [.ok, .withheld, .skipped("unchanged")].contains(old.status), FileManager.default.fileExists(atPath: target) {
                entry.status = .skipped("unchanged")
                entry.outputs = old.outputs
                entry.pages = old.pages
                return Done(entry: entry, packPages: [], bytes: 0, rendered: false)
            }
            let output = HandoutOutput(library: settings.library, wording: settings.wording, folder: settings.outputFolder, ics: settings.ics)
            let written = try output.write(plan: plan, profile: profile, options: options, renderer: renderer)
            entry.status = plan.withheld ? .withheld : .ok
            entry.outputs = written.files
            entry.pages = written.pages
            return Done(entry: entry, packPages: [], bytes: written.bytes, rendered: true)
        } catch {
            entry.status = .failed("\(error)")
            return Done(entry: entry, packPages: [], bytes: 0, rendered: false)
        }
    }

    var weekFolder: String { "week-" + (settings.week?.mondayOfWeek.iso ?? "") }

    func processWeek(_ day: CalendarDate, profile: ClientProfile, plan: Plan, options: HandoutOptions, stem: String,
                     renderer: Renderer, entry: ManifestEntry) throws -> Done {
        var entry = entry
        if !plan.withheld {
            guard let first = plan.weeks.first, let last = plan.weeks.last else { return Done(entry: entry, packPages: [], bytes: 0, rendered: false) }
            if day < first.start {
                entry.status = .skipped("plan not started (starts \(profile.schedule.start.iso))")
                return Done(entry: entry, packPages: [], bytes: 0, rendered: false)
            }
            if day > last.end {
                entry.status = .skipped("plan finished (\(last.end.iso))")
                return Done(entry: entry, packPages: [], bytes: 0, rendered: false)
            }
        }
        let pages = renderer.weekPages(plan: plan, profile: profile, library: settings.library, wording: settings.wording,
                                       options: options, containing: day)
        let number = plan.week(containing: day)?.number ?? 0
        let metadata = PDFMetadata(title: settings.wording.phrase("pack", "footer", ["number": number, "clientName": plan.client]),
                                   author: settings.clinic?.name ?? profile.clinic ?? "Backstride",
                                   subject: settings.wording.phrase("metadata", "subject"), date: settings.today)
        let pdf = try renderer.pdf(pages, metadata: metadata)
        let target = weekFolder + "/" + stem + ".pdf"
        try OutputFiles.write(pdf, to: settings.outputFolder + "/" + target)
        entry.status = plan.withheld ? .withheld : .ok
        entry.outputs = [target]
        entry.pages = pages.count
        return Done(entry: entry, packPages: pages, bytes: pdf.count, rendered: true)
    }

    /// The pack: a cover sheet, then each client in clinician-then-name order, each starting on an odd page.
    func writePack(week day: CalendarDate, results: [Done], loaded: [Loaded], entries: inout [ManifestEntry]) throws -> Int {
        let renderer = try Renderer()
        let wording = settings.wording
        let size = PageSize(settings.paper ?? .a4)
        var included: [(index: Int, clinician: String)] = []
        var excluded: [PackCoverLayout.Row] = []
        for (i, done) in results.enumerated() {
            let clinician = loaded[i].profile?.clinician ?? wording.phrase("pack", "self_guided")
            switch done.entry.status {
            case .ok, .withheld: included.append((i, clinician))
            case .skipped(let why): excluded.append(.init(client: done.entry.client, clinician: clinician, detail: why))
            case .failed(let error): excluded.append(.init(client: done.entry.client.isEmpty ? done.entry.source : done.entry.client, clinician: "", detail: error))
            }
        }
        included.sort { ($0.clinician, results[$0.index].entry.client, results[$0.index].entry.source) < ($1.clinician, results[$1.index].entry.client, results[$1.index].entry.source) }
        let rows = included.map { item -> PackCoverLayout.Row in
            let e = results[item.index].entry
            let detail = e.status == .withheld ? wording.phrase("pack", "withheld") : wording.phrase("pack", "pages") + ": \(e.pages)"
            return .init(client: e.client, clinician: item.clinician, detail: detail)
        }
        var pages = PackCoverLayout(engine: renderer.engine, wording: wording, size: size)
            .pages(weekOf: day.mondayOfWeek.iso, included: rows, excluded: excluded)
        let packName = "pack-\(day.mondayOfWeek.iso).pdf"
        for item in included {
            if pages.count % 2 == 1 { pages.append(renderer.blankPage(size: pages.last?.size ?? size, wording: wording)) }
            pages += results[item.index].packPages
            entries[item.index].outputs.append(packName)
        }
        let metadata = PDFMetadata(title: wording.phrase("pack", "title", ["date": day.mondayOfWeek.iso]),
                                   author: settings.clinic?.name ?? "Backstride", subject: wording.phrase("metadata", "subject"), date: settings.today)
        let pdf = try renderer.pdf(pages, metadata: metadata)
        try OutputFiles.write(pdf, to: settings.outputFolder + "/" + packName)
        return pdf.count
    }
}
