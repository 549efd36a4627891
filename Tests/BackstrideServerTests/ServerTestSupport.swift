import BackstrideBatch
import BackstrideCore
import BackstrideServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting

/// A clients folder made for one test, and the app serving it.
struct ServerFixture {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!

    let root: String
    let clients: String
    let app: BackstrideApp

    /// - Parameter files: extra files for the clients folder, besides the Examples.
    init(files: [String: String] = [:], examples: Bool = true, password: Password? = nil, host: String = "127.0.0.1") throws {
        root = NSTemporaryDirectory() + "backstride-serve-" + UUID().uuidString
        clients = root + "/clients"
        try FileManager.default.createDirectory(atPath: clients, withIntermediateDirectories: true)
        if examples {
            for name in try FileManager.default.contentsOfDirectory(atPath: Self.repository + "/Examples") where name.hasSuffix(".yaml") {
                try FileManager.default.copyItem(atPath: Self.repository + "/Examples/" + name, toPath: clients + "/" + name)
            }
        }
        for (name, text) in files { try text.write(toFile: clients + "/" + name, atomically: true, encoding: .utf8) }
        var digest = InputDigest()
        let library = try LibraryReader.load(dataFolder: Self.repository, clinicFolder: nil, digest: &digest, warn: { _, _ in })
        let wording = try WordingReader.read(dataFolder: Self.repository, overrides: nil, digest: &digest)
        let today = Self.today
        let settings = ServerSettings(clientsFolder: clients, outputFolder: root + "/out", host: host, port: 0, password: password,
                                      today: { today }, library: library, wording: wording, clinic: nil, sharedDigest: digest.hex,
                                      dataFolder: Self.repository)
        app = try BackstrideApp(settings: settings)
    }

    func file(_ name: String) -> String? { try? String(contentsOfFile: clients + "/" + name, encoding: .utf8) }

    func names(_ folder: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: clients + folder)) ?? []).sorted()
    }

    /// Runs `body` with a browser talking to the app's router.
    func test(_ body: @escaping @Sendable (Browser) async throws -> Void) async throws {
        try await app.application().test(.router) { client in
            try await body(Browser(client: client))
        }
    }
}

/// A test client that keeps the session cookie and the last page's CSRF token, like a browser.
final class Browser: @unchecked Sendable {
    let client: any TestClientProtocol
    var cookie: String?
    var csrf = ""

    init(client: any TestClientProtocol) { self.client = client }

    struct Page {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let bytes: [UInt8]
        var text: String { String(decoding: bytes, as: UTF8.self) }
        var location: String? { headers[.location] }
    }

    @discardableResult
    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> Page {
        try await send(uri, method: .get, headers: headers, body: nil)
    }

    /// Posts form fields; the page's CSRF token is added unless `csrf` is false.
    @discardableResult
    func post(_ uri: String, _ fields: [(String, String)], csrf: Bool = true, headers: HTTPFields = [:]) async throws -> Page {
        let all = (csrf ? [("csrf", self.csrf)] : []) + fields
        let body = FormBody(all.map { (name: $0.0, value: $0.1) }).encoded
        var headers = headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await send(uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    func send(_ uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws -> Page {
        var headers = headers
        if let cookie { headers[.cookie] = cookie }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        if let set = response.headers[.setCookie], let pair = set.split(separator: ";").first {
            cookie = pair.hasSuffix("=") ? nil : String(pair)
        }
        let page = Page(status: response.status, headers: response.headers, bytes: Array(buffer: response.body))
        if let token = page.text.range(of: #"name="csrf" value="[0-9a-f]+""#, options: .regularExpression) {
            csrf = String(page.text[token].dropFirst(#"name="csrf" value=""#.count).dropLast())
        }
        return page
    }
}
