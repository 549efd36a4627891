import BackstrideCore
import BackstrideServer
import Foundation
import Testing

/// The clients page, the client form and saving, through the router as a browser uses them.
@Suite struct ClientPagesTests {
    static let broken = "client:\n  name: Broken Bea\nclinician: Alex Lee\nsymptoms:\n  pain: 14\nschedule:\n  start: 2026-11-23\n"

    @Test func clientsPageListsEveryProfileWithItsProblems() async throws {
        let fixture = try ServerFixture(files: ["broken.yaml": Self.broken])
        try await fixture.test { browser in
            let page = try await browser.get("/")
            #expect(page.status == .ok)
            for name in ["Sam Rivera", "Jordan Okafor", "Priya Nair", "Alex Moreau", "Broken Bea"] { #expect(page.text.contains(name)) }
            #expect(page.text.contains("line 5: pain must be between 0 and 10 (found 14)"))
            #expect(page.text.contains("Emergency: plan withheld"))
            #expect(page.text.contains("Week 1 of 6"))
            let found = try await browser.get("/?q=c-1042")
            #expect(found.text.contains("Sam Rivera") && !found.text.contains("Jordan Okafor"))
        }
    }

    @Test func checkPutsEachMessageBesideItsField() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { browser in
            try await browser.get("/clients/new")
            let reply = try await browser.post("/clients/check", [("client.name", "Kim Lo"), ("clinician", "Alex Lee"),
                                                                  ("symptoms.pain", "12"), ("schedule.start", "2026-11-30"),
                                                                  ("schedule.days", "mon"), ("schedule.long_run_day", "sun")])
            #expect(reply.status == .ok)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(reply.bytes)) as? [String: Any])
            let messages = try #require(json["messages"] as? [String: [[String: Any]]])
            #expect(messages["f-symptoms-pain"]?.first?["text"] as? String == "pain must be between 0 and 10 (found 12)")
            #expect((messages["f-schedule-long_run_day"]?.first?["text"] as? String)?.contains("not one of the available days") == true)
            #expect(json["errors"] as? Int == 2)
            #expect((json["preview"] as? String)?.contains("has no errors (2 to fix)") == true)
        }
    }

    @Test func withoutTheScriptTheCheckButtonShowsTheWholePage() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { browser in
            try await browser.get("/clients/new")
            let page = try await browser.post("/clients/form", [("client.name", "Kim Lo"), ("symptoms.pain", "12"), ("schedule.start", "2026-11-30")])
            #expect(page.status == .ok)
            let box = try #require(page.text.range(of: #"<div class="msg" id="f-symptoms-pain-msg"[^>]*><p class="error">[^<]*"#,
                                                   options: .regularExpression).map { String(page.text[$0]) })
            #expect(box.hasSuffix("pain must be between 0 and 10 (found 12)"))
            #expect(page.text.contains("a self-guided profile needs client.birth_year"))
            #expect(fixture.names().count == 5)
        }
    }

    @Test func aRedFlagSignShowsTheReferralAtOnce() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { browser in
            try await browser.get("/clients/new")
            let reply = try await browser.post("/clients/check", [("client.name", "Kim Lo"), ("clinician", "Alex Lee"), ("symptoms.pain", "3"),
                                                                  ("schedule.start", "2026-11-30"), ("symptoms.signs", "saddle_numbness")])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(reply.bytes)) as? [String: Any])
            let screening = try #require(json["screening"] as? String)
            #expect(screening.contains("no exercise plan is printed; the handout is a referral"))
            #expect(screening.contains("cauda equina syndrome"))
            #expect((json["preview"] as? String)?.contains("Referral handout") == true)
            let routine = try await browser.post("/clients/check", [("client.name", "Kim Lo"), ("clinician", "Alex Lee"), ("symptoms.pain", "3"),
                                                                    ("schedule.start", "2026-11-30"), ("symptoms.signs", "leg_numbness")])
            #expect(routine.text.contains("no clinician has cleared it"))
        }
    }

    @Test func savingANewClientWritesCanonicalYAMLThatChecksClean() async throws {
        let fixture = try ServerFixture(examples: false)
        try await fixture.test { browser in
            try await browser.get("/clients/new")
            let saved = try await browser.post("/clients/save", [("client.name", "Kim \"KL\" Lo"), ("client.id", "C-77"), ("clinician", "Alex Lee"),
                                                                 ("symptoms.pain", "3"), ("symptoms.pattern", "sitting"), ("symptoms.pattern", "after_run"),
                                                                 ("weakness.glute_medius", "mild"), ("running.weekly", "20"), ("units", "km"),
                                                                 ("schedule.start", "2026-11-30"), ("schedule.days", "tue"), ("schedule.days", "sat")])
            #expect(saved.status == .seeOther)
            #expect(saved.location == "/clients/C-77.yaml?saved=1")
            let text = try #require(fixture.file("C-77.yaml"))
            #expect(text.contains("  name: \"Kim \\\"KL\\\" Lo\"\n"))
            #expect(text.contains("  - glute_medius: mild\n"))
            #expect(text.contains("  weekly_km: 20\n"))
            let loaded = ProfileLoader.load(text: text, path: "C-77.yaml", today: ServerFixture.today)
            #expect(loaded.profile?.client.name == "Kim \"KL\" Lo")
            #expect(loaded.profile?.schedule.days == [.tue, .sat])
            #expect(!loaded.hasErrors)
            let reopened = try await browser.get("/clients/C-77.yaml?saved=1")
            #expect(reopened.text.contains("Saved C-77.yaml"))
            #expect(reopened.text.contains("value=\"Kim &quot;KL&quot; Lo\""))
            let again = try await browser.post("/clients/save", [("client.name", "Other"), ("client.id", "C-77"), ("symptoms.pain", "1"),
                                                                 ("schedule.start", "2026-11-30")])
            #expect(again.status == .conflict)
            #expect(again.text.contains("already has a client file C-77.yaml"))
        }
    }

    @Test func savingKeepsTheHandEditedFileInTheHistory() async throws {
        let fixture = try ServerFixture()
        let original = try #require(fixture.file("sam-rivera.yaml"))
        try await fixture.test { browser in
            let page = try await browser.get("/clients/sam-rivera.yaml")
            #expect(page.text.contains("comments are not kept"))
            let version = try #require(Self.hidden("version", in: page.text))
            var fields = Self.formFields(page.text)
            fields.removeAll { $0.0 == "symptoms.pain" }
            fields.append(("symptoms.pain", "2"))
            let saved = try await browser.post("/clients/save", fields + [("file", "sam-rivera.yaml"), ("version", version)])
            #expect(saved.status == .seeOther)
            #expect(fixture.names("/.history") == ["sam-rivera.yaml.1.yaml"])
            #expect(try String(contentsOfFile: fixture.clients + "/.history/sam-rivera.yaml.1.yaml", encoding: .utf8) == original)
            let text = try #require(fixture.file("sam-rivera.yaml"))
            #expect(text.contains("  pain: 2\n"))
        }
    }

    @Test func twoSavesFromOneVersionNeverLoseAnEditSilently() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { browser in
            let page = try await browser.get("/clients/sam-rivera.yaml")
            let version = try #require(Self.hidden("version", in: page.text))
            let fields = Self.formFields(page.text).filter { $0.0 != "symptoms.pain" } + [("file", "sam-rivera.yaml"), ("version", version)]
            async let first = browser.post("/clients/save", fields + [("symptoms.pain", "1")])
            async let second = browser.post("/clients/save", fields + [("symptoms.pain", "5")])
            let results = try await [first, second]
            let statuses = results.map(\.status).sorted { $0.code < $1.code }
            #expect(statuses == [.seeOther, .conflict])
            let refused = try #require(results.first { $0.status == .conflict })
            #expect(refused.text.contains("Not saved: someone else saved this client after you opened it"))
            let winner = results[0].status == .seeOther ? "1" : "5"
            #expect(fixture.file("sam-rivera.yaml")?.contains("  pain: \(winner)\n") == true)
            #expect(fixture.names("/.history").count == 1)
        }
    }

    @Test func everyExampleSurvivesTheFormUnchanged() throws {
        let fixture = try ServerFixture()
        for name in fixture.names() where name.hasSuffix(".yaml") {
            let text = try #require(fixture.file(name))
            let before = ProfileLoader.load(text: text, path: name, today: ServerFixture.today).profile
            let form = ProfileFormReader.form(bytes: Array(text.utf8))
            let after = ProfileLoader.load(text: ProfileYAML(form).text, path: name, today: ServerFixture.today)
            #expect(after.profile == before, "\(name): \(after.diagnostics)")
        }
    }

    /// A hidden input's value.
    static func hidden(_ name: String, in html: String) -> String? {
        guard let r = html.range(of: "name=\"\(name)\" value=\"[^\"]*\"", options: .regularExpression) else { return nil }
        return String(html[r].dropFirst("name=\"\(name)\" value=\"".count).dropLast())
    }

    /// The form's text inputs, checked boxes and selected options, as a browser would send them.
    static func formFields(_ html: String) -> [(String, String)] {
        var fields: [(String, String)] = []
        let input = try! NSRegularExpression(pattern: #"<input type="(text|date|time|checkbox|hidden)"[^>]*name="([^"]+)" value="([^"]*)"([^>]*)>"#)
        for m in input.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            let part = { (i: Int) in String(html[Range(m.range(at: i), in: html)!]) }
            if part(1) == "checkbox", !part(4).contains("checked") { continue }
            // The follow-up grid's rows and the findings' order are carried in hidden inputs; the form's own (token,
            // file, version) are sent by the tests.
            if part(1) == "hidden", !part(2).hasPrefix("log."), part(2) != ProfileForm.findingOrderField { continue }
            fields.append((part(2), part(3).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")))
        }
        let select = try! NSRegularExpression(pattern: #"<select id="[^"]+" name="([^"]+)"[^>]*>(.*?)</select>"#)
        for m in select.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            let options = String(html[Range(m.range(at: 2), in: html)!])
            if let chosen = options.range(of: #"<option value="[^"]*" selected>"#, options: .regularExpression) {
                let value = options[chosen].dropFirst(#"<option value=""#.count).prefix { $0 != "\"" }
                fields.append((String(html[Range(m.range(at: 1), in: html)!]), String(value)))
            }
        }
        return fields
    }
}
