import BackstrideCore
import BackstrideRender

/// The clinic's weekly print pack: each client's page for one week in `week-<monday>/<client>.pdf` (for emailing),
/// and all of them in `pack-<monday>.pdf` behind a cover sheet of who is in it and who is not. The week folder has
/// its own manifest, so a pack never replaces the handouts' manifest.
struct WeekPack {
    let settings: BatchSettings
    let folder: OutputFolder

    /// One client's week, or why they have none.
    func client(_ day: CalendarDate, profile: ClientProfile, plan: Plan, options: HandoutOptions, renderer: Renderer,
                entry: ManifestEntry, output: HandoutOutput) throws -> BatchRunner.Done {
        var entry = entry
        let target = BatchRunner.weekFolder(day) + "/" + SafeName.stem(profile.client.id) + ".pdf"
        let stamp = OutputStamp(profile: profile, inputs: entry.inputDigest ?? "")
        if !plan.withheld, let why = notThisWeek(day, plan: plan, profile: profile) {
            entry.status = .skipped
            entry.reason = why
            // An earlier run with other dates may have left this client's page for the week: it is not current.
            if try output.removeIfOwned(target, by: [stamp.client]) { entry.removed = [target] }
            return BatchRunner.Done(entry: entry, bytes: 0)
        }
        try output.claim(target, for: stamp)
        let pages = renderer.weekPages(plan: plan, profile: profile, library: settings.library, wording: settings.wording,
                                       options: options, containing: day)
        let number = plan.week(containing: day)?.number ?? 0
        let metadata = PDFMetadata(title: settings.wording.phrase("pack", "footer", ["number": number, "clientName": plan.client]),
                                   author: settings.clinic?.name ?? profile.clinic ?? "Backstride",
                                   subject: settings.wording.phrase("metadata", "subject"), date: settings.today, keywords: stamp.text)
        let pdf = try renderer.pdf(pages, metadata: metadata)
        try folder.write(pdf, to: target)
        entry.status = plan.withheld ? .withheld : .ok
        entry.rendered = true
        entry.outputs = [target]
        entry.pages = pages.count
        return BatchRunner.Done(entry: entry, bytes: pdf.count)
    }

    func notThisWeek(_ day: CalendarDate, plan: Plan, profile: ClientProfile) -> String? {
        guard let first = plan.weeks.first, let last = plan.weeks.last else { return "the plan has no weeks" }
        if day < first.start { return "plan not started (starts \(profile.schedule.start.iso))" }
        if day > last.end { return "plan finished (\(last.end.iso))" }
        return nil
    }

    /// The pack: a cover sheet, then each client in clinician-then-name order, each starting on an odd page.
    func write(week day: CalendarDate, results: [BatchRunner.Done], loaded: [BatchRunner.Loaded], entries: inout [ManifestEntry]) throws -> Int {
        let renderer = try Renderer()
        let wording = settings.wording
        let size = PageSize(settings.paper ?? .a4)
        var included: [(index: Int, clinician: String)] = []
        var excluded: [PackCoverLayout.Row] = []
        for (i, done) in results.enumerated() {
            let clinician = loaded[i].profile?.clinician ?? wording.phrase("pack", "self_guided")
            let e = done.entry
            switch e.status {
            case .ok, .withheld: included.append((i, clinician))
            case .skipped: excluded.append(.init(client: e.client, clinician: clinician, detail: e.reason ?? ""))
            case .failed: excluded.append(.init(client: e.client.isEmpty ? e.source : e.client, clinician: "", detail: e.reason ?? ""))
            }
        }
        included.sort { ($0.clinician, results[$0.index].entry.client, results[$0.index].entry.source) < ($1.clinician, results[$1.index].entry.client, results[$1.index].entry.source) }
        let rows = included.map { item -> PackCoverLayout.Row in
            let e = results[item.index].entry
            let detail = e.status == .withheld ? wording.phrase("pack", "withheld") : wording.phrase("pack", "pages") + ": \(e.pages)"
            return .init(client: e.client, clinician: item.clinician, detail: detail)
        }
        let cover = PackCoverLayout(engine: renderer.engine, wording: wording, size: size)
            .pages(weekOf: day.mondayOfWeek.iso, included: rows, excluded: excluded)
        let packName = "pack-\(day.mondayOfWeek.iso).pdf"
        let metadata = PDFMetadata(title: wording.phrase("pack", "title", ["date": day.mondayOfWeek.iso]),
                                   author: settings.clinic?.name ?? "Backstride", subject: wording.phrase("metadata", "subject"), date: settings.today)
        // Each client's week is laid out again here, in the pack's order, painted and let go: laying out a week is
        // cheap, and holding every client's pages until the end grew the pack's memory with the clinic.
        func paint(_ append: @escaping (UnsafeBufferPointer<UInt8>) -> Bool, scratch: Int32?) throws {
            let pack = try renderer.pageStream(size: cover.first?.size ?? size, metadata: metadata, scratch: scratch, output: append)
            try pack.add(cover)
            var last = cover.last?.size ?? size
            for item in included {
                guard let profile = loaded[item.index].profile else { continue }
                if pack.count % 2 == 1 { try pack.add([renderer.blankPage(size: last, wording: wording)]) }
                let plan = PlanCompiler.compile(profile, library: settings.library, today: settings.today)
                let pages = renderer.weekPages(plan: plan, profile: profile, library: settings.library, wording: wording,
                                               options: settings.options(for: profile), containing: day)
                try pack.add(pages)
                last = pages.last?.size ?? last
            }
            _ = try pack.finish()
        }
        // The pictures go in as kept forms on the way from a scratch file; should that be refused (nothing has been
        // written then), the pack is painted again with its pictures painted straight.
        let written = try folder.writeStreaming(to: packName) { append in
            do {
                try folder.withScratchFile(beside: packName) { try paint(append, scratch: $0) }
            } catch is PagePainter.PicturesRefused {
                try paint(append, scratch: nil)
            }
        }
        for item in included where loaded[item.index].profile != nil { entries[item.index].outputs.append(packName) }
        return written
    }
}
