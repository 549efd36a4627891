import BackstrideCore
import Foundation
import Hummingbird
import Logging

/// The web app: thin routes over the same core the command line uses. Validation is `ProfileLoader` with
/// `PlanWarnings` (as `check`), drawing is `Renderer` (as `render`), saving goes through `ClientFolder`.
public struct BackstrideApp: Sendable {
    public let settings: ServerSettings
    let folder: ClientFolder
    let sessions: Sessions
    let pages: Pages
    let previews = PreviewStore()
    let render = RenderQueue()

    public init(settings: ServerSettings, sessions: Sessions = Sessions()) throws {
        self.settings = settings
        folder = try ClientFolder(settings.clientsFolder)
        self.sessions = sessions
        pages = try Pages(dataFolder: settings.dataFolder, passwordSet: settings.password != nil)
    }

    /// Host names a browser may use to reach the app (its `Host` header without the port).
    var hosts: Set<String> {
        var names: Set<String> = ["127.0.0.1", "localhost", "::1"]
        names.insert(Guard.hostName(settings.host.contains(":") && !settings.host.hasPrefix("[") ? "[\(settings.host)]" : settings.host))
        return names
    }

    public func router() -> Router<ServerContext> {
        let router = Router(context: ServerContext.self)
        router.middlewares.add(Guard(sessions: sessions, passwordRequired: settings.password != nil, hosts: hosts, pages: pages))
        addClientList(router)
        addClientForm(router)
        addDownloads(router)
        addPreview(router)
        addPack(router)
        addRunner(router)
        addLogin(router)
        router.get("/static/:name") { _, context -> Response in
            guard let name = context.parameters.get("name"), let asset = pages.assets[name] else {
                throw HTTPError(.notFound, message: "No such file.")
            }
            return Response(status: .ok, headers: [.contentType: asset.type], body: .init(byteBuffer: ByteBuffer(bytes: asset.bytes)))
        }
        return router
    }

    /// The application on the settings' address; `running` gets the port it listens on (useful with port 0).
    public func application(running: @escaping @Sendable (Int) -> Void = { _ in }) -> some ApplicationProtocol {
        // Requests are not logged: the log would hold client names; only problems are.
        var logger = Logger(label: "backstride.serve")
        logger.logLevel = .warning
        return Application(router: router(), configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: nil),
                           onServerRunning: { channel in running(channel.localAddress?.port ?? settings.port) }, logger: logger)
    }

    /// The submitted form, once its CSRF token matches the session's; a body over the limit is refused (413).
    func form(_ request: Request, _ context: ServerContext) async throws -> FormBody {
        var request = request
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        let body = FormBody(encoded: String(buffer: buffer))
        guard let token = body["csrf"], let session = context.session, Sessions.same(token, session.csrf) else {
            throw HTTPError(.forbidden, message: "This form is out of date or did not come from this app, so nothing was done. Go back, reload the page and try again.")
        }
        return body
    }

    var today: CalendarDate { settings.today() }
}
