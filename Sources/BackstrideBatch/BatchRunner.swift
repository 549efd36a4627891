import BackstrideCore
import BackstrideRender
import Foundation

/// Many profiles to many outputs: every client's handout, or the weekly print pack. One bad profile never
/// stops the others; it is reported and marked failed in the manifest.
///
/// A run holds its output folder's lock from start to end, so two runs never write into one folder at once.
/// Each file is kept or made again from its own stamp (who it is for, what it was made from), never from a
/// manifest; and a client whose profile no longer gives a handout loses the old one.
public struct BatchRunner: Sendable {
    public let settings: BatchSettings

    public init(settings: BatchSettings) { self.settings = settings }

    /// One profile as read, before any rendering.
    struct Loaded: Sendable {
        var path: String
        /// Name and id, kept for the manifest (and to find an old handout) even when the profile is rejected.
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
        var bytes: Int
    }

    /// - Parameters:
    ///   - problems: paths the caller could not even list or open (a folder without permission): failed rows.
    ///   - report: receives diagnostics and errors as text, as they are found.
    ///   - progress: called after each profile with (done, total, entry).
    public func run(files: [String], problems: [InputFiles.Unreadable] = [], report: @Sendable (String) -> Void,
                    progress: @Sendable (Int, Int, ManifestEntry) -> Void) throws -> BatchOutcome {
        let folder = try OutputFolder(settings.outputFolder)
        try folder.lock()
        folder.removeLeftovers()
        // A week folder that cannot be written (a link, a file) stops the run before any work, not client by client.
        if let week = settings.week { try folder.prepareSubfolder(Self.weekFolder(week)) }
        var loaded = files.map(load)
        markDuplicates(&loaded)
        loaded += problems.map { Loaded(path: $0.path, bytes: [], profile: nil, diagnostics: [], failure: "cannot read: \($0.reason)") }
        for item in loaded {
            for d in item.diagnostics { report(settings.diagnostics.text(d, source: item.bytes)) }
            if let failure = item.failure, !item.diagnostics.contains(where: { $0.severity == .error }) {
                report("\(item.path): error: \(failure)")
            }
        }
        let manifestFolder = settings.week.map { Self.weekFolder($0) + "/" } ?? ""
        let previous = Manifest.previous(in: folder, at: manifestFolder + "manifest.json", mode: settings.week == nil ? .handouts : .week)
        let counter = Counter()
        let total = loaded.count
        let runner = self
        let items = loaded
        let results: [Done] = WorkerPool.run(count: items.count, jobs: settings.jobs, makeWorker: { () -> Renderer? in
            try? Renderer()
        }, work: { renderer, index in
            let done = runner.process(items[index], renderer: renderer, folder: folder, previous: previous)
            if done.entry.status == .failed, items[index].failure == nil { report("\(done.entry.source): error: \(done.entry.reason ?? "failed")") }
            progress(counter.increment(), total, done.entry)
            return done
        })
        var entries = results.map(\.entry)
        var bytes = results.reduce(0) { $0 + $1.bytes }
        if let week = settings.week {
            bytes += try WeekPack(settings: settings, folder: folder).write(week: week, results: results, loaded: loaded, entries: &entries)
        }
        let manifest = Manifest(mode: settings.week == nil ? .handouts : .week, today: settings.today.iso,
                                week: settings.week.map { $0.mondayOfWeek.iso }, entries: entries)
        try folder.write([(manifestFolder + "manifest.json", try manifest.json()), (manifestFolder + "manifest.csv", manifest.csv())])
        return BatchOutcome(manifest: manifest, failed: entries.filter { $0.status == .failed }.count,
                            rendered: entries.filter(\.rendered).count, pages: entries.reduce(0) { $0 + ($1.rendered ? $1.pages : 0) },
                            bytesWritten: bytes)
    }

    static func weekFolder(_ day: CalendarDate) -> String { "week-" + day.mondayOfWeek.iso }

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
            var item = Loaded(path: path, bytes: bytes, profile: result.profile, diagnostics: result.diagnostics,
                              failure: firstError.map { "\($0.location): \($0.message)" })
            let identity = result.profile.map { ($0.client.name, $0.client.id) } ?? RawIdentity.read(bytes)
            item.client = identity?.0 ?? ""
            item.id = identity?.1 ?? ""
            return item
        } catch {
            let reason = (error as? InputFiles.Unreadable)?.reason ?? "\(error)"
            return Loaded(path: path, bytes: [], profile: nil, diagnostics: [], failure: "cannot read: \(reason)")
        }
    }

    /// Profiles that would write the same files are each refused (see `DuplicateClients`).
    func markDuplicates(_ loaded: inout [Loaded]) {
        let live = loaded.indices.filter { loaded[$0].profile != nil }
        let reasons = DuplicateClients.find(live.map { (loaded[$0].path, loaded[$0].profile!.client.id) })
        for (position, reason) in reasons {
            loaded[live[position]].failure = reason
            loaded[live[position]].profile = nil
        }
    }

    func digest(_ item: Loaded) -> String {
        var d = InputDigest()
        d.add(settings.sharedDigest)
        d.add(settings.week.map { "week " + $0.mondayOfWeek.iso } ?? "handout")
        d.add(item.bytes)
        return d.hex
    }

    func output(_ folder: OutputFolder) -> HandoutOutput {
        var output = HandoutOutput(library: settings.library, wording: settings.wording, folder: folder, ics: settings.ics)
        output.force = settings.force
        return output
    }

    func process(_ item: Loaded, renderer: Renderer?, folder: OutputFolder, previous: Manifest?) -> Done {
        let warnings = item.diagnostics.filter { $0.severity == .warning }.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        var entry = ManifestEntry(client: item.client, id: item.id, source: item.path, status: .failed, warnings: warnings)
        guard let profile = item.profile else {
            entry.reason = item.failure ?? "invalid profile"
            entry.removed = removeStale(item, folder: folder, previous: previous)
            return Done(entry: entry, bytes: 0)
        }
        entry.inputDigest = digest(item)
        guard let renderer else {
            entry.reason = "cannot set up fonts"
            return Done(entry: entry, bytes: 0)
        }
        let plan = PlanCompiler.compile(profile, library: settings.library, today: settings.today)
        let options = settings.options(for: profile)
        do {
            if let week = settings.week {
                return try WeekPack(settings: settings, folder: folder)
                    .client(week, profile: profile, plan: plan, options: options, renderer: renderer, entry: entry, output: output(folder))
            }
            let output = output(folder)
            let inputs = entry.inputDigest ?? ""
            entry.status = plan.withheld ? .withheld : .ok
            if let kept = output.unchanged(plan: plan, profile: profile, inputs: inputs) {
                entry.reason = "unchanged since the last run; kept"
                entry.outputs = kept.files
                entry.pages = kept.pages
                return Done(entry: entry, bytes: 0)
            }
            let written = try output.write(plan: plan, profile: profile, options: options, renderer: renderer, inputs: inputs)
            entry.rendered = true
            entry.outputs = written.files
            entry.removed = written.removed
            entry.pages = written.pages
            return Done(entry: entry, bytes: written.bytes)
        } catch let error as HandoutOutput.OtherClient {
            // Someone else's file: leave it exactly as it is.
            entry.status = .failed
            entry.reason = "\(Self.firstLine(error)) (\(error.path))"
            return Done(entry: entry, bytes: 0)
        } catch {
            // A write that failed (a full disk) leaves a file made from these very inputs in place: it is current.
            entry.status = .failed
            entry.reason = Self.firstLine(error)
            entry.removed = removeStale(item, folder: folder, previous: previous,
                                        keeping: OutputStamp(profile: profile, inputs: entry.inputDigest ?? ""))
            return Done(entry: entry, bytes: 0)
        }
    }

    /// The error in one line for the manifest: no hint, and "cannot write PATH: reason" for a file.
    static func firstLine(_ error: Error) -> String {
        if let e = error as? OutputFiles.CannotWrite { return "cannot write \(e.path): \(e.reason)" }
        let line = "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
        return line.range(of: ": error: ").map { String(line[$0.upperBound...]) } ?? line
    }

    /// A profile that gives no handout this time must not leave its old one looking current. Its files are found
    /// from the id it names (read even from an invalid file) and from the same mode's previous manifest, and
    /// removed only when their stamp shows they were made for that client.
    func removeStale(_ item: Loaded, folder: OutputFolder, previous: Manifest?, keeping current: OutputStamp? = nil) -> [String] {
        var candidates: [(stem: String, client: String)] = []
        if !item.id.isEmpty { candidates.append((SafeName.stem(item.id), OutputStamp.client(id: item.id, name: item.client))) }
        if let old = previous?.entries.first(where: { $0.source == item.path && !$0.id.isEmpty }) {
            candidates.append((SafeName.stem(old.id), OutputStamp.client(id: old.id, name: old.client)))
        }
        let clients = Set(candidates.map(\.client))
        let prefix = settings.week.map { Self.weekFolder($0) + "/" } ?? ""
        var removed: [String] = []
        for stem in Set(candidates.map(\.stem)).sorted() {
            if settings.week != nil {
                if (try? output(folder).removeIfOwned(prefix + stem + ".pdf", by: clients, keeping: current)) == true { removed.append(prefix + stem + ".pdf") }
            } else {
                removed += (try? output(folder).removeStale(stem: stem, clients: clients, keeping: current)) ?? []
            }
        }
        return removed
    }
}
