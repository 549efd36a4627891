import BackstrideBatch
import Foundation
import HTTPTypes
import Hummingbird

/// Stands in front of every route: refuses requests addressed to another host name (a web page elsewhere cannot
/// reach the app by pointing its own name at this computer), gives each browser a session, sends a browser
/// without the password to the login page, refuses cross-site form posts, and puts the security headers on every
/// response, error pages included. The referrer policy is `same-origin`, not `no-referrer`: under `no-referrer` a
/// browser sends `Origin: null` with its own forms, which could not then be told from a cross-site post.
struct Guard: RouterMiddleware {
    typealias Context = ServerContext

    let sessions: Sessions
    let passwordRequired: Bool
    /// Host names the app answers to (without the port).
    let hosts: Set<String>
    let pages: Pages

    static let contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response) async throws -> Response {
        var context = context
        var response: Response
        do {
            response = try await guarded(request, &context, next)
        } catch let error as HTTPError {
            response = pages.error(error.status, error.body ?? error.status.reasonPhrase, context: context)
        } catch let error as HTTPResponseError where error.status == .contentTooLarge {
            response = pages.error(.contentTooLarge, "That is far more than a form sends, so it was refused and nothing was done.", context: context)
        } catch is ClientFolder.Missing {
            response = pages.error(.notFound, "There is no such client in the folder.", context: context)
        } catch let error as InputFiles.Unreadable {
            response = pages.error(.forbidden, "The file cannot be read: \(error.reason).", context: context)
        } catch let error as OutputFiles.CannotWrite {
            response = pages.error(.internalServerError, "Nothing was saved: \(error.description)", context: context)
        } catch let error as OutputFolder.Busy {
            response = pages.error(.serviceUnavailable, "\(error.description) Try again in a moment; nothing was saved.", context: context)
        } catch {
            response = pages.error(.internalServerError, "Something went wrong: \(error). Nothing was saved.", context: context)
        }
        for (name, value) in [("Content-Security-Policy", Self.contentSecurityPolicy), ("X-Content-Type-Options", "nosniff"),
                              ("Referrer-Policy", "same-origin"), ("X-Frame-Options", "DENY"), ("Cache-Control", "no-store")] {
            if let field = HTTPField.Name(name), response.headers[field] == nil { response.headers[field] = value }
        }
        if context.newSession, let session = context.session {
            response.setCookie(Cookie(name: Sessions.cookieName, value: session.id, path: "/", httpOnly: true, sameSite: .strict))
        }
        return response
    }

    private func guarded(_ request: Request, _ context: inout ServerContext,
                         _ next: (Request, ServerContext) async throws -> Response) async throws -> Response {
        if let authority = request.head.authority, !hosts.contains(Self.hostName(authority)) {
            throw HTTPError(.misdirectedRequest, message: "This app answers only to its own address.")
        }
        if let session = sessions.session(request.cookies[Sessions.cookieName]?.value) {
            context.session = session
        } else {
            context.session = sessions.start(signedIn: !passwordRequired)
            context.newSession = true
        }
        if request.method == .post, let origin = request.headers[.origin],
           origin == "null" || !hosts.contains(Self.hostName(URLComponents(string: origin)?.host ?? "")) {
            throw HTTPError(.forbidden, message: "A form from another site cannot be sent here.")
        }
        let path = request.uri.path
        let open = path == "/login" || path.hasPrefix("/static/")
        if passwordRequired, context.session?.signedIn != true, !open {
            return Response(status: .seeOther, headers: [.location: "/login"])
        }
        return try await next(request, context)
    }

    /// `host:port`, `[::1]:port` or a bare name, as the name alone, lowercased.
    static func hostName(_ authority: String) -> String {
        let a = authority.lowercased()
        if a.hasPrefix("[") { return String(a.dropFirst().prefix { $0 != "]" }) }
        if a.filter({ $0 == ":" }).count > 1 { return a }
        return String(a.prefix { $0 != ":" })
    }
}
