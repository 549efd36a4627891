import BackstrideBatch
import Foundation
import HTTPTypes
import Hummingbird
import Mustache

/// The app's HTML pages: Mustache templates from `Templates/web/`, each placed inside `layout.mustache`.
/// Mustache escapes every `{{value}}`, so client text can never become markup; only the layout's
/// `{{{body}}}` takes HTML, and that is a page these templates made.
struct Pages: Sendable {
    let library: MustacheLibrary
    /// The style sheet and the script, served from memory.
    let assets: [String: (type: String, bytes: [UInt8])]
    /// A password is asked for, so the pages offer to log out.
    let passwordSet: Bool

    static let names = ["layout", "clients", "client-form", "screening", "preview", "runner-signs", "runner-emergency",
                        "runner-doctor", "runner-about", "runner-done", "pack", "login", "error", "follow-up-grid", "follow-up-row",
                        "follow-up"]

    init(dataFolder: String, passwordSet: Bool) throws {
        self.passwordSet = passwordSet
        let folder = (dataFolder as NSString).appendingPathComponent("Templates/web")
        var library = MustacheLibrary()
        for name in Self.names {
            let bytes = try FolderFiles.read(name + ".mustache", in: folder, limit: .init(bytes: 256 * 1024, hint: "a page template"))
            try library.register(String(decoding: bytes, as: UTF8.self), named: name)
        }
        self.library = library
        var assets: [String: (String, [UInt8])] = [:]
        for (name, type) in [("style.css", "text/css; charset=utf-8"), ("app.js", "text/javascript; charset=utf-8")] {
            assets[name] = (type, try FolderFiles.read(name, in: folder, limit: .init(bytes: 256 * 1024, hint: "a web asset")))
        }
        self.assets = assets
    }

    /// A whole page: `template` rendered with `values`, inside the layout with the title and the CSRF token.
    func page(_ template: String, title: String, _ values: [String: Any], context: ServerContext,
              status: HTTPResponse.Status = .ok) -> Response {
        var values = values
        values["csrf"] = context.session?.csrf ?? ""
        values["title"] = title
        let body = library.render(values, withTemplate: template) ?? ""
        var layout = values
        layout["title"] = title
        layout["body"] = body
        layout["showLogout"] = passwordSet && context.session?.signedIn == true
        return html(library.render(layout, withTemplate: "layout") ?? "", status: status)
    }

    /// A fragment without the layout (the live preview).
    func fragment(_ template: String, _ values: [String: Any]) -> String {
        library.render(values, withTemplate: template) ?? ""
    }

    func error(_ status: HTTPResponse.Status, _ message: String, context: ServerContext) -> Response {
        page("error", title: status.reasonPhrase, ["status": status.code, "reason": status.reasonPhrase, "message": message],
             context: context, status: status)
    }

    func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

extension Response {
    /// Bytes to download (`attachment`) or to open in the browser (`inline`), named for the person saving them.
    static func file(_ bytes: [UInt8], type: String, name: String, inline: Bool = false) -> Response {
        let safe = name.filter { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
        return Response(status: .ok, headers: [.contentType: type, .contentDisposition: "\(inline ? "inline" : "attachment"); filename=\"\(safe)\""],
                        body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
