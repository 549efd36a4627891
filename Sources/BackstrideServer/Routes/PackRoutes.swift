import BackstrideBatch
import BackstrideCore
import Foundation
import Hummingbird

/// The clinic's weekly print pack: the same run as `backstride batch clients/ --week DATE`, into the output folder,
/// and its pack and manifest to download. File names come from the date, read as a date, never from the request.
extension BackstrideApp {
    func addPack(_ router: Router<ServerContext>) {
        router.get("/pack") { _, context -> Response in
            pages.page("pack", title: "Weekly print pack", ["week": today.iso], context: context)
        }
        router.post("/pack") { request, context -> Response in
            let body = try await self.form(request, context)
            guard let day = body["week"].flatMap(CalendarDate.init(iso:)) else {
                return pages.page("pack", title: "Weekly print pack", ["week": body["week"] ?? "", "weekError": "Pick a day of the week to print, for example \(today.iso)."],
                                  context: context, status: .unprocessableContent)
            }
            let manifest: Manifest
            do {
                manifest = try await makePack(day)
            } catch let busy as OutputFolder.Busy {
                throw HTTPError(.serviceUnavailable, message: "\(busy.description) Try again in a moment.")
            }
            let monday = day.mondayOfWeek.iso
            let rows = manifest.entries.map { e -> [String: Any] in
                ["client": e.client.isEmpty ? e.source : e.client, "status": Self.statusText(e.status), "reason": e.reason ?? "", "pages": e.pages]
            }
            return pages.page("pack", title: "Weekly print pack", [
                "week": day.iso, "done": true, "monday": monday, "rows": rows,
                "included": manifest.entries.filter { $0.status == .ok || $0.status == .withheld }.count,
                "packHref": "/pack/\(monday)/pack.pdf", "csvHref": "/pack/\(monday)/manifest.csv", "jsonHref": "/pack/\(monday)/manifest.json",
            ], context: context)
        }
        router.get("/pack/:monday/:file") { _, context -> Response in
            guard let day = context.parameters.get("monday").flatMap(CalendarDate.init(iso:)) else {
                throw HTTPError(.notFound, message: "No such week.")
            }
            let monday = day.mondayOfWeek.iso
            let files = ["pack.pdf": ("pack-\(monday).pdf", "application/pdf"),
                         "manifest.csv": ("week-\(monday)/manifest.csv", "text/csv; charset=utf-8"),
                         "manifest.json": ("week-\(monday)/manifest.json", "application/json")]
            guard let (relative, type) = files[context.parameters.get("file") ?? ""],
                  let bytes = try OutputFolder(settings.outputFolder, create: false).read(relative) else {
                throw HTTPError(.notFound, message: "That pack has not been made yet; make it on the print pack page.")
            }
            return .file(bytes, type: type, name: (relative as NSString).lastPathComponent.replacingOccurrences(of: "manifest", with: "manifest-\(monday)"))
        }
    }

    static func statusText(_ status: ManifestEntry.Status) -> String {
        switch status {
        case .ok: return "In the pack"
        case .withheld: return "Referral in the pack (plan withheld)"
        case .skipped: return "Not this week"
        case .failed: return "Not printed: fix the profile"
        }
    }

    func makePack(_ day: CalendarDate) async throws -> Manifest {
        let found = ProfileDiscovery.find([settings.clientsFolder])
        var batch = BatchSettings(outputFolder: settings.outputFolder, jobs: ProcessInfo.processInfo.activeProcessorCount, today: today,
                                  week: day, force: false, paper: settings.paper, largePrint: settings.largePrint,
                                  library: settings.library, wording: settings.wording, clinic: settings.clinic,
                                  sharedDigest: settings.sharedDigest)
        batch.diagnostics = .plain
        let runner = BatchRunner(settings: batch)
        return try await RenderQueue.background {
            try runner.run(files: found.profiles, problems: found.problems, report: { _ in }, progress: { _, _, _ in }).manifest
        }
    }
}
