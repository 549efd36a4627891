import Foundation
import Hummingbird

/// Logging in with the clinic's password, when the app is served beyond this computer.
extension BackstrideApp {
    func addLogin(_ router: Router<ServerContext>) {
        router.get("/login") { _, context -> Response in
            pages.page("login", title: "Log in", ["passwordSet": settings.password != nil], context: context)
        }
        router.post("/login") { request, context -> Response in
            let body = try await self.form(request, context)
            guard let password = settings.password else { return .redirect("/") }
            guard password.matches(body["password"] ?? "") else {
                // A pause makes guessing slow.
                try await Task.sleep(for: .seconds(1))
                return pages.page("login", title: "Log in", ["passwordSet": true, "wrong": true], context: context, status: .unauthorized)
            }
            // A new session on login, so a session id known before it is worth nothing after.
            if let old = context.session { sessions.end(old.id) }
            let session = sessions.start(signedIn: true)
            var response = Response.redirect("/")
            response.setCookie(Cookie(name: Sessions.cookieName, value: session.id, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        router.post("/logout") { request, context -> Response in
            _ = try await self.form(request, context)
            if let session = context.session { sessions.end(session.id) }
            var response = Response.redirect(settings.password == nil ? "/" : "/login")
            response.setCookie(Cookie(name: Sessions.cookieName, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
    }
}
