import BackstrideBatch
import BackstrideCore
import BackstrideRender
import Foundation
import Hummingbird

/// The handout and calendar file of a saved client, and the preview's page images and PDF. Drawn by the same
/// `Renderer` calls as `render`.
extension BackstrideApp {
    func addDownloads(_ router: Router<ServerContext>) {
        router.get("/clients/:file/handout.pdf") { request, context -> Response in
            let (plan, profile) = try savedPlan(try listed(context))
            let pdf = try await handoutPDF(plan, profile)
            return .file(pdf, type: "application/pdf", name: SafeName.stem(profile.client.id) + ".pdf",
                         inline: request.uri.queryParameters.get("print") != nil)
        }
        router.get("/clients/:file/calendar.ics") { _, context -> Response in
            let (plan, profile) = try savedPlan(try listed(context))
            let (library, wording) = (settings.library, settings.wording)
            let stem = SafeName.stem(profile.client.id)
            guard let ics = try await render.run({ renderer in
                renderer.calendar(plan: plan, profile: profile, library: library, wording: wording, uidPrefix: stem)
            }) else {
                throw HTTPError(.conflict, message: "There is no calendar file: the plan is withheld until a doctor has seen the client.")
            }
            return .file(ics, type: "text/calendar; charset=utf-8", name: stem + ".ics")
        }
    }

    func addPreview(_ router: Router<ServerContext>) {
        router.get("/preview/:key/:page") { request, context -> Response in
            let key = context.parameters.get("key") ?? ""
            guard let entry = previews.entry(key) else {
                throw HTTPError(.notFound, message: "This preview has expired; change the form to make a new one.")
            }
            let page = context.parameters.get("page") ?? ""
            if page == "handout.pdf" {
                let pdf = try await handoutPDF(entry.plan, entry.profile)
                return .file(pdf, type: "application/pdf", name: SafeName.stem(entry.profile.client.id) + "-draft.pdf",
                             inline: request.uri.queryParameters.get("print") != nil)
            }
            guard page.hasSuffix(".png"), let number = Int(page.dropLast(4)), entry.pages.indices.contains(number - 1) else {
                throw HTTPError(.notFound, message: "No such page.")
            }
            if let png = entry.images[number] { return .file(png, type: "image/png", name: page, inline: true) }
            let laid = entry.pages[number - 1]
            let png = try await render.run { try $0.png(laid, dpi: 50) }
            previews.storeImage(key, page: number, png)
            return .file(png, type: "image/png", name: page, inline: true)
        }
    }

    /// A saved profile's plan; a profile with errors has none, and says so.
    func savedPlan(_ file: String) throws -> (Plan, ClientProfile) {
        let result = ProfileLoader.load(bytes: try folder.read(file), path: file, today: today)
        guard let profile = result.profile else {
            throw HTTPError(.conflict, message: "\(file) has problems to fix before it can be printed; open the client to see them.")
        }
        return (PlanCompiler.compile(profile, library: settings.library, today: today), profile)
    }

    func handoutPDF(_ plan: Plan, _ profile: ClientProfile) async throws -> [UInt8] {
        let (library, wording, options) = (settings.library, settings.wording, handoutOptions(profile))
        return try await render.run { renderer in
            try renderer.handout(plan: plan, profile: profile, library: library, wording: wording, options: options).pdf
        }
    }
}
