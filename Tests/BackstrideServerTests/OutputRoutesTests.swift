import BackstrideServer
import Foundation
import Testing

/// Downloads, the preview's images, the weekly pack and the static files.
@Suite struct OutputRoutesTests {
    @Test func aSavedClientDownloadsAsPDFAndCalendar() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { browser in
            let pdf = try await browser.get("/clients/sam-rivera.yaml/handout.pdf")
            #expect(pdf.status == .ok)
            #expect(pdf.bytes.starts(with: Array("%PDF".utf8)))
            #expect(pdf.headers[.contentDisposition] == "attachment; filename=\"C-1042.pdf\"")
            let inline = try await browser.get("/clients/sam-rivera.yaml/handout.pdf?print=1")
            #expect(inline.headers[.contentDisposition]?.hasPrefix("inline") == true)
            let ics = try await browser.get("/clients/sam-rivera.yaml/calendar.ics")
            #expect(ics.text.hasPrefix("BEGIN:VCALENDAR"))
            let withheld = try await browser.get("/clients/alex-red-flag.yaml/calendar.ics")
            #expect(withheld.status == .conflict)
            let referral = try await browser.get("/clients/alex-red-flag.yaml/handout.pdf")
            #expect(referral.bytes.starts(with: Array("%PDF".utf8)))
        }
    }

    @Test func aProfileWithErrorsCannotBePrinted() async throws {
        let fixture = try ServerFixture(files: ["broken.yaml": ClientPagesTests.broken])
        try await fixture.test { browser in
            let page = try await browser.get("/clients/broken.yaml")
            #expect(page.status == .ok)
            #expect(page.text.contains("pain must be between 0 and 10 (found 14)"))
            let pdf = try await browser.get("/clients/broken.yaml/handout.pdf")
            #expect(pdf.status == .conflict)
        }
    }

    @Test func thePreviewServesEachPageAsAnImage() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { browser in
            let page = try await browser.get("/clients/sam-rivera.yaml")
            let src = try #require(page.text.range(of: #"/preview/[0-9a-f]+/1\.png"#, options: .regularExpression).map { String(page.text[$0]) })
            let image = try await browser.get(src)
            #expect(image.status == .ok)
            #expect(image.bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            let beyond = try await browser.get(src.replacingOccurrences(of: "/1.png", with: "/99.png"))
            #expect(beyond.status == .notFound)
            let draft = try await browser.get(src.replacingOccurrences(of: "/1.png", with: "/handout.pdf"))
            #expect(draft.bytes.starts(with: Array("%PDF".utf8)))
        }
    }

    @Test func theWeeklyPackIsMadeAndDownloaded() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { browser in
            try await browser.get("/pack")
            let bad = try await browser.post("/pack", [("week", "next week")])
            #expect(bad.status == .unprocessableContent)
            let made = try await browser.post("/pack", [("week", "2026-11-25")])
            #expect(made.status == .ok)
            #expect(made.text.contains("The week of Monday 2026-11-23"))
            #expect(made.text.contains("Sam Rivera"))
            let pack = try await browser.get("/pack/2026-11-23/pack.pdf")
            #expect(pack.bytes.starts(with: Array("%PDF".utf8)))
            let csv = try await browser.get("/pack/2026-11-25/manifest.csv")
            #expect(csv.text.contains("Sam Rivera"))
            let other = try await browser.get("/pack/2026-11-23/other.pdf")
            #expect(other.status == .notFound)
        }
    }

    @Test func theStyleSheetAndScriptAreServed() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { browser in
            let css = try await browser.get("/static/style.css")
            #expect(css.headers[.contentType]?.hasPrefix("text/css") == true)
            let script = try await browser.get("/static/app.js")
            #expect(script.text.contains("/clients/check"))
            let missing = try await browser.get("/static/nothing.js")
            #expect(missing.status == .notFound)
        }
    }
}
