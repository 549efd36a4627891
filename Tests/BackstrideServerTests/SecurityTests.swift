@testable import BackstrideServer
import Foundation
import HTTPTypes
import Testing

/// Health data: every form needs its CSRF token, bodies have a size limit, clients are only ever found in the
/// folder's own listing, other host names and other sites are refused, and a password guards any address beyond
/// this computer.
@Suite struct SecurityTests {
    @Test func aFormWithoutItsTokenChangesNothing() async throws {
        let fixture = try ServerFixture(examples: false)
        try await fixture.test { browser in
            try await browser.get("/clients/new")
            let fields = [("client.name", "Kim Lo"), ("symptoms.pain", "3"), ("schedule.start", "2026-11-30")]
            let missing = try await browser.post("/clients/save", fields, csrf: false)
            #expect(missing.status == .forbidden)
            #expect(missing.text.contains("nothing was done"))
            let wrong = try await browser.post("/clients/save", [("csrf", String(repeating: "0", count: 64))] + fields, csrf: false)
            #expect(wrong.status == .forbidden)
            for path in ["/clients/check", "/clients/form", "/pack", "/runner/next", "/runner/referral", "/login", "/logout"] {
                let page = try await browser.post(path, fields, csrf: false)
                #expect(page.status == .forbidden, "\(path)")
            }
            #expect(fixture.names().isEmpty)
        }
    }

    @Test func anOversizedBodyIsRefused() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { browser in
            try await browser.get("/clients/new")
            let huge = try await browser.post("/clients/check", [("client.name", String(repeating: "x", count: 100_000))])
            #expect(huge.status == .contentTooLarge)
        }
    }

    @Test func unknownClientsAndPathTricksFindNothing() async throws {
        let outside = NSTemporaryDirectory() + "backstride-secret-" + UUID().uuidString + ".yaml"
        try "client:\n  name: Secret\n".write(toFile: outside, atomically: true, encoding: .utf8)
        let fixture = try ServerFixture()
        try FileManager.default.createSymbolicLink(atPath: fixture.clients + "/linked.yaml", withDestinationPath: outside)
        try await fixture.test { browser in
            for path in ["/clients/nobody.yaml", "/clients/..%2F..%2Fetc%2Fpasswd", "/clients/%2E%2E", "/clients/.history",
                         "/clients/nobody.yaml/handout.pdf", "/clients/..%2Fclients%2Fsam-rivera.yaml/handout.pdf", "/preview/0000/1.png",
                         "/pack/2026-13-45/pack.pdf", "/pack/2026-11-23/..%2F..%2Fetc%2Fpasswd", "/static/..%2FTemplates%2Fweb%2Flayout.mustache"] {
                let page = try await browser.get(path)
                #expect(page.status == .notFound, "\(path)")
            }
            let linked = try await browser.get("/clients/linked.yaml")
            #expect(!linked.text.contains("Secret"))
            #expect(linked.status == .forbidden)
            #expect(linked.text.contains("outside"))
            #expect(linked.headers[HTTPField.Name("Content-Security-Policy")!] != nil)
            let list = try await browser.get("/")
            #expect(list.text.contains("linked.yaml"))
            #expect(list.text.contains("outside"))
        }
    }

    @Test func onlyThisComputersNamesAreAnswered() throws {
        let hosts = try ServerFixture().app.hosts
        for authority in ["127.0.0.1:8080", "localhost:8080", "[::1]:8080", "LOCALHOST"] { #expect(hosts.contains(Guard.hostName(authority)), "\(authority)") }
        for authority in ["evil.example:8080", "127.0.0.1.evil.example", "[::2]:80", "localhost.evil.example:8080"] {
            #expect(!hosts.contains(Guard.hostName(authority)), "\(authority)")
        }
    }

    @Test func anotherSiteIsRefused() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { browser in
            try await browser.get("/clients/new")
            let crossSite = try await browser.post("/clients/check", [("client.name", "x")], headers: [.origin: "https://evil.example"])
            #expect(crossSite.status == .forbidden)
            let sameSite = try await browser.post("/clients/check", [("client.name", "x")], headers: [.origin: "http://127.0.0.1:8080"])
            #expect(sameSite.status == .ok)
        }
    }

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { browser in
            for path in ["/", "/clients/new", "/clients/nobody.yaml", "/static/style.css", "/pack", "/runner"] {
                let page = try await browser.get(path)
                let policy = try #require(page.headers[HTTPField.Name("Content-Security-Policy")!], "\(path)")
                #expect(policy.contains("default-src 'none'") && policy.contains("script-src 'self'"))
                #expect(page.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
                #expect(page.headers[.cacheControl] == "no-store")
            }
            let fresh = try await Browser(client: browser.client).get("/")
            let cookie = try #require(fresh.headers[.setCookie])
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
            // Nothing on any page is fetched from another site.
            for path in ["/", "/clients/sam-rivera.yaml", "/runner", "/pack"] {
                let text = try await browser.get(path).text
                #expect(!text.contains("http://") && !text.contains("https://") && !text.contains("//cdn"), "\(path)")
            }
        }
    }

    @Test func aPasswordGuardsEveryPageButTheLogin() async throws {
        let fixture = try ServerFixture(password: Password("correct horse battery"), host: "0.0.0.0")
        try await fixture.test { browser in
            let first = try await browser.get("/clients/sam-rivera.yaml")
            #expect(first.status == .seeOther && first.location == "/login")
            let pdf = try await browser.get("/clients/sam-rivera.yaml/handout.pdf")
            #expect(pdf.status == .seeOther)
            try await browser.get("/login")
            let wrong = try await browser.post("/login", [("password", "guess")])
            #expect(wrong.status == .unauthorized)
            let before = browser.cookie
            let right = try await browser.post("/login", [("password", "correct horse battery")])
            #expect(right.status == .seeOther)
            #expect(browser.cookie != before)
            let page = try await browser.get("/clients/sam-rivera.yaml")
            #expect(page.status == .ok && page.text.contains("Log out"))
            try await browser.post("/logout", [])
            let after = try await browser.get("/")
            #expect(after.status == .seeOther)
        }
    }

    @Test func aShortPasswordFileIsRefused() throws {
        let path = NSTemporaryDirectory() + "backstride-pw-" + UUID().uuidString
        try "short\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: Password.Unusable.self) { try Password(file: path) }
        try "a long enough password\nsecond line\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try Password(file: path).matches("a long enough password"))
    }
}
