import Hummingbird

/// Per-request state: the browser's session (set by `Guard`) and the body size limit.
public struct ServerContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var session: Sessions.Session?
    /// Set by `Guard` when the request started a session, so the response carries its cookie.
    public var newSession = false

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// A profile form is a few kilobytes; the runner's answers fewer. Anything much larger is not a form.
    public var maxUploadSize: Int { ServerContext.bodyLimit }
    public static let bodyLimit = 64 * 1024
}
