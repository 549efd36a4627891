import BackstrideBatch
import BackstrideCore
import BackstrideRender
import Foundation
import Hummingbird

/// The client form: new or opened from a file, checked as it is typed, saved as canonical YAML.
extension BackstrideApp {
    func addClientForm(_ router: Router<ServerContext>) {
        router.get("/clients/new") { _, context -> Response in
            try await formPage(ProfileForm.blank(today: today), file: nil, version: nil, context: context)
        }
        router.get("/clients/:file") { request, context -> Response in
            let file = try listed(context)
            let bytes = try folder.read(file)
            var banner: String?
            if request.uri.queryParameters.get("saved") != nil { banner = "Saved \(file). The version before is kept in .history/." }
            return try await formPage(ProfileFormReader.form(bytes: bytes), file: file, version: ClientFolder.version(bytes),
                                      banner: banner, context: context)
        }
        // The live check: the field messages, the screening panel and the preview, as JSON for the page's script.
        router.post("/clients/check") { request, context -> Response in
            let form = ProfileForm(try await self.form(request, context))
            let check = FormCheck(form, library: settings.library, today: today)
            let preview = try await previewValues(check)
            var messages: [String: [FormCheck.Message]] = [:]
            for (id, list) in check.messages { messages[FormView.domID(id)] = list }
            let reply = CheckReply(messages: messages, errors: check.errorCount,
                                   screening: pages.fragment("screening", FormView.screening(form, check: check)),
                                   followUp: pages.fragment("follow-up", followUpView(form, check).panel()),
                                   preview: pages.fragment("preview", preview))
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: try JSONEncoder().encode(reply))))
        }
        // The same check for a browser without the script: the whole page again.
        router.post("/clients/form") { request, context -> Response in
            let body = try await self.form(request, context)
            return try await formPage(ProfileForm(body), file: body["file"].flatMap(folder.find), version: body["version"],
                                      checked: true, context: context)
        }
        router.post("/clients/save") { request, context -> Response in
            try await save(try await self.form(request, context), context: context)
        }
    }

    struct CheckReply: Encodable {
        var messages: [String: [FormCheck.Message]]
        var errors: Int
        var screening: String
        var followUp: String
        var preview: String
    }

    /// The file a request names, when the folder lists it.
    func listed(_ context: ServerContext) throws -> String {
        let requested = context.parameters.get("file").flatMap { $0.removingPercentEncoding } ?? ""
        guard let file = folder.find(requested) else { throw ClientFolder.Missing() }
        return file
    }

    func save(_ body: FormBody, context: ServerContext) async throws -> Response {
        let form = ProfileForm(body)
        let today = self.today
        let bytes = Array(ProfileYAML(form, savedOn: today).text.utf8)
        if let requested = body["file"], !requested.isEmpty {
            guard let file = folder.find(requested) else { throw ClientFolder.Missing() }
            do {
                try folder.save(bytes, replacing: file, version: body["version"] ?? "")
            } catch let changed as ClientFolder.Changed {
                return try await formPage(form, file: file, version: changed.current, checked: true, conflict: true,
                                          context: context, status: .conflict)
            }
            return .redirect("/clients/\(FormBody.encode(file))?saved=1")
        }
        let stem = [form["client.id"], form["client.name"]].first { !$0.isEmpty }
        guard let stem else {
            return try await formPage(form, file: nil, version: nil, checked: true,
                                      banner: "Give the client a name before saving.", context: context, status: .unprocessableContent)
        }
        do {
            let file = try folder.create(bytes, stem: stem)
            return .redirect("/clients/\(FormBody.encode(file))?saved=1")
        } catch let taken as ClientFolder.Taken {
            return try await formPage(form, file: nil, version: nil, checked: true,
                                      banner: "The folder already has a client file \(taken.name). Give this client their own id.",
                                      context: context, status: .conflict)
        }
    }

    /// The form page: fields with their messages, the screening panel and the preview.
    func formPage(_ form: ProfileForm, file: String?, version: String?, checked: Bool = true, banner: String? = nil,
                  conflict: Bool = false, context: ServerContext, status: HTTPResponse.Status = .ok) async throws -> Response {
        let check = FormCheck(form, library: settings.library, today: today)
        var values: [String: Any] = [
            "groups": FormView.groups(form, check: checked ? check : nil),
            "general": FormView.messages(check.messages(for: "profile")),
            "screening": pages.fragment("screening", FormView.screening(form, check: check)),
            "followUpGrid": pages.fragment("follow-up-grid", followUpView(form, check).grid()),
            "followUp": pages.fragment("follow-up", followUpView(form, check).panel()),
            "preview": pages.fragment("preview", try await previewValues(check)),
            "notes": form.notes, "hasNotes": !form.notes.isEmpty,
            "file": file ?? "", "version": version ?? "", "isNew": file == nil, "conflict": conflict,
            "findingOrder": form.findingOrder,
        ]
        if let banner { values["banner"] = banner }
        if let file {
            values["fileHref"] = "/clients/" + FormBody.encode(file)
            values["history"] = folder.history(of: file).count
        }
        let title = form["client.name"].isEmpty ? "New client" : form["client.name"]
        return pages.page("client-form", title: title, values, context: context, status: status)
    }

    /// The preview's values: the plan summary and one image per page, laid out once per profile text.
    func previewValues(_ check: FormCheck) async throws -> [String: Any] {
        guard let plan = check.plan, let profile = check.profile else {
            return ["ready": false, "errors": check.errorCount]
        }
        let key = PreviewStore.key(check.yaml.text, today: today)
        let entry: PreviewStore.Entry
        if let cached = previews.entry(key) {
            entry = cached
        } else {
            let (library, wording, options) = (settings.library, settings.wording, handoutOptions(profile))
            let pages = try await render.run { renderer in
                renderer.handoutPages(plan: plan, profile: profile, library: library, wording: wording, options: options)
            }
            entry = PreviewStore.Entry(plan: plan, profile: profile, pages: pages)
            previews.store(key, entry)
        }
        return [
            "ready": true, "key": key, "withheld": plan.withheld, "summary": PlanSummary.text(plan, library: settings.library),
            "pageCount": entry.pages.count,
            "pages": entry.pages.indices.map { ["number": $0 + 1, "src": "/preview/\(key)/\($0 + 1).png"] as [String: Any] },
        ]
    }

    func followUpView(_ form: ProfileForm, _ check: FormCheck) -> FollowUpView {
        FollowUpView(form: form, check: check, library: settings.library, wording: settings.wording, today: today)
    }

    func handoutOptions(_ profile: ClientProfile) -> HandoutOptions {
        HandoutOptions(for: profile, paper: settings.paper, largePrint: settings.largePrint, clinic: settings.clinic)
    }
}
