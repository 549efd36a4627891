import BackstrideCore
import BackstrideServer
import Foundation
import Testing

/// The follow-up grid on the client form: the log typed in as the paper calendar reads, written as one line per
/// entry under `log:`, checked by ProfileLoader with each mistake beside its day, and the re-planned preview.
@Suite struct FollowUpGridTests {
    /// Morgan's profile without its log: a client at the follow-up before anything is typed in.
    static func morganWithoutLog() throws -> String {
        let text = try String(contentsOfFile: ServerFixture.repository + "/Examples/morgan-follow-up.yaml", encoding: .utf8)
        let end = try #require(text.range(of: "\n# What was done"))
        return String(text[..<end.lowerBound]) + "\n"
    }

    @Test func theLogRoundTripsFromTheFormToYAMLUnchanged() async throws {
        let fixture = try ServerFixture()
        let text = try #require(fixture.file("morgan-follow-up.yaml"))
        let before = try #require(ProfileLoader.load(text: text, path: "morgan.yaml", today: ServerFixture.today).profile)
        #expect(before.log.count == 5)
        try await fixture.test { browser in
            let page = try await browser.get("/clients/morgan-follow-up.yaml")
            let fields = ClientPagesTests.formFields(page.text)
            let form = ProfileForm(FormBody(fields.map { (name: $0.0, value: $0.1) }))
            #expect(form.log.map(\.key) == ["week 1", "2026-11-10", "2026-11-12", "2026-11-14", "2026-11-15"])
            let yaml = ProfileYAML(form).text
            #expect(yaml.contains("\nlog:\n  week 1: {done: \"4 of 4\", during: 2, morning: 1}\n  2026-11-10: {done: yes, during: 2, morning: 1}\n"))
            #expect(yaml.contains("  2026-11-14: {done: partly, during: 3, morning: 2, note: \"cut the strength short\"}\n"))
            let after = ProfileLoader.load(text: yaml, path: "morgan.yaml", today: ServerFixture.today)
            let profile = try #require(after.profile, "\(after.diagnostics)")
            #expect(profile.log == before.log)
            #expect(profile == before)
        }
    }

    @Test func theGridShowsEachWeekBegunInThePaperCalendarsLayout() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { browser in
            let page = try await browser.get("/clients/morgan-follow-up.yaml").text
            // Today (25 Nov) is in week 4: weeks 1 to 3 were lived, week 4 is under way, week 5 has not begun.
            for week in ["Week 1, 2 Nov to 8 Nov", "Week 2, 9 Nov to 15 Nov", "Week 3, 16 Nov to 22 Nov", "Week 4, 23 Nov to 29 Nov"] {
                #expect(page.contains(week), "\(week)")
            }
            #expect(!page.contains("Week 5, 30 Nov"))
            #expect(page.contains("<span class=\"light light-amber\">amber</span>"))
            // Week 3 is week 2 again: its Tuesday has week 2's strength session and its Thursday the same 6 km run.
            #expect(page.contains("<th scope=\"row\">Tue 17 Nov</th>\n  <td class=\"plan\">Strength (about"))
            #expect(page.contains("<th scope=\"row\">Thu 19 Nov</th>\n  <td class=\"plan\">Easy run 6 km"))
            // Days after today cannot be logged; the whole week's row says how many training days it had.
            #expect(page.contains("<th scope=\"row\">Thu 26 Nov</th>"))
            #expect(page.range(of: #"Thu 26 Nov</th>\s*<td class="plan">[^<]*</td>\s*<td colspan="4" class="not-yet">Not yet"#, options: .regularExpression) != nil)
            #expect(page.contains("placeholder=\"K of 4\""))
            #expect(page.contains("name=\"log.2026-11-14.note\" value=\"cut the strength short\""))
            // The preview panel says what the log decided.
            #expect(page.contains("Week 3 repeats week 2"))
        }
    }

    @Test func aNewClientHasNoGridAndAWeekUnderWayOnlyItsDaysSoFar() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { browser in
            #expect(!(try await browser.get("/clients/new").text.contains("Follow-up log")))
            // Sam's plan began on Monday 23 Nov: week 1 is under way, and its days after today cannot be logged yet.
            let sam = try await browser.get("/clients/sam-rivera.yaml").text
            #expect(sam.contains("Week 1, 23 Nov to 29 Nov") && sam.contains("under way") && !sam.contains("Week 2, 30 Nov"))
            #expect(sam.contains("name=\"log.2026-11-25.done\"") && !sam.contains("name=\"log.2026-11-26.done\""))
        }
    }

    @Test func aBadPainScoreShowsBesideItsDay() async throws {
        let fixture = try ServerFixture(files: ["morgan.yaml": try Self.morganWithoutLog()])
        try await fixture.test { browser in
            let page = try await browser.get("/clients/morgan.yaml")
            let fields = ClientPagesTests.formFields(page.text).filter { !$0.0.hasPrefix("log.") }
            let log = [("log.row", "2026-11-10"), ("log.2026-11-10.done", "yes"), ("log.2026-11-10.during", "2"),
                       ("log.row", "2026-11-12"), ("log.2026-11-12.done", "yes"), ("log.2026-11-12.during", "11"),
                       ("log.row", "2026-11-14"), ("log.2026-11-14.during", "3"), ("log.row", "2026-11-15")]
            let reply = try await browser.post("/clients/check", fields + log)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(reply.bytes)) as? [String: Any])
            let messages = try #require(json["messages"] as? [String: [[String: Any]]])
            #expect(messages["f-log-2026-11-12"]?.first?["text"] as? String == "during must be between 0 and 10 (found 11)")
            #expect((messages["f-log-2026-11-14"]?.first?["text"] as? String)?.contains("needs `done`") == true)
            #expect(messages["f-log-2026-11-10"] == nil && messages["f-log-2026-11-15"] == nil)
            #expect(json["errors"] as? Int == 2)
            // The whole page, as without the script: the message in the box under the day.
            let whole = try await browser.post("/clients/form", fields + log)
            #expect(whole.text.range(of: #"<div class="msg" id="f-log-2026-11-12-msg"[^>]*><p class="error">during must be between 0 and 10 \(found 11\)"#,
                                     options: .regularExpression) != nil)
        }
    }

    @Test func savingTheGridWritesOneLinePerEntryAndEmptyRowsNothing() async throws {
        let fixture = try ServerFixture(files: ["morgan.yaml": try Self.morganWithoutLog()])
        try await fixture.test { browser in
            let page = try await browser.get("/clients/morgan.yaml")
            let fields = ClientPagesTests.formFields(page.text)
            #expect(fields.contains { $0 == ("log.row", "2026-11-03") } && fields.contains { $0 == ("log.row", "week 3") })
            let typed = ["log.week 1.done": "4 of 4", "log.week 1.during": "2", "log.week 1.morning": "1",
                         "log.2026-11-15.done": "yes", "log.2026-11-15.during": "4", "log.2026-11-15.morning": "3"]
            let sent = fields.map { ($0.0, typed[$0.0] ?? $0.1) } + [("file", "morgan.yaml"),
                                                                     ("version", try #require(ClientPagesTests.hidden("version", in: page.text)))]
            let saved = try await browser.post("/clients/save", sent)
            #expect(saved.status == .seeOther)
            let file = try #require(fixture.file("morgan.yaml"))
            #expect(file.hasSuffix("\nlog:\n  week 1: {done: \"4 of 4\", during: 2, morning: 1}\n  2026-11-15: {done: yes, during: 4, morning: 3}\n"))
            let profile = try #require(ProfileLoader.load(text: file, path: "morgan.yaml", today: ServerFixture.today).profile)
            #expect(profile.log.count == 2)
            let reopened = try await browser.get("/clients/morgan.yaml?saved=1").text
            #expect(reopened.contains("Week 3 repeats week 2"))
        }
    }

    @Test func aRedWeekSaysContactAndTwoRedsOrASignShowTheReferralAtOnce() async throws {
        let fixture = try ServerFixture(files: ["morgan.yaml": try Self.morganWithoutLog()])
        try await fixture.test { browser in
            let page = try await browser.get("/clients/morgan.yaml")
            let fields = ClientPagesTests.formFields(page.text).filter { !$0.0.hasPrefix("log.") }
            func week(_ n: Int, during: Int) -> [(String, String)] {
                [("log.row", "week \(n)"), ("log.week \(n).done", "4 of 4"), ("log.week \(n).during", String(during))]
            }
            func panel(_ log: [(String, String)]) async throws -> (String, String) {
                let reply = try await browser.post("/clients/check", fields + log)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(reply.bytes)) as? [String: Any])
                return (try #require(json["followUp"] as? String), try #require(json["preview"] as? String))
            }
            let (red, _) = try await panel(week(1, during: 2) + week(2, during: 7))
            #expect(red.contains("Red: week 3 steps back") && red.contains("should contact Alex Lee"))
            #expect(!red.contains("follow-up-referral"))
            let (twoReds, preview) = try await panel(week(1, during: 7) + week(2, during: 7))
            #expect(twoReds.contains("follow-up-referral") && twoReds.contains("red two weeks in a row"))
            #expect(preview.contains("Referral handout"))
            let (sign, _) = try await panel(week(1, during: 2) + [("log.row", "2026-11-10"), ("log.2026-11-10.done", "yes"),
                                                                 ("log.2026-11-10.signs", "saddle_numbness")])
            #expect(sign.contains("follow-up-referral") && sign.contains("Emergency"))
        }
    }

    @Test func theGridsPostsNeedTheFormsToken() async throws {
        let fixture = try ServerFixture(files: ["morgan.yaml": try Self.morganWithoutLog()])
        try await fixture.test { browser in
            let page = try await browser.get("/clients/morgan.yaml")
            let before = fixture.file("morgan.yaml")
            let fields = ClientPagesTests.formFields(page.text) + [("log.week 1.done", "4 of 4"), ("file", "morgan.yaml"),
                                                                   ("version", try #require(ClientPagesTests.hidden("version", in: page.text)))]
            for uri in ["/clients/save", "/clients/check", "/clients/form"] {
                let refused = try await browser.post(uri, fields, csrf: false)
                #expect(refused.status == .forbidden, "\(uri)")
            }
            #expect(fixture.file("morgan.yaml") == before)
        }
    }
}
