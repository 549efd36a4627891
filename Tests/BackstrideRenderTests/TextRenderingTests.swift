import BackstrideCore
import BackstrideRender
import Testing

@Suite struct TextRenderingTests {
    static let names = "Sam Rivera · Zoë Ñúñez · Ελένη Παππά · Пётр Иванов · 李小龍 · 山田花子 · 김민지 · \"quoted\" <b>&amp; 5 < 6 > 4 & co"

    func smallPDF(_ text: String) throws -> [UInt8] {
        let fonts = try FontLibrary()
        let engine = try TextEngine(fonts: fonts)
        let date = CalendarDate(year: 2026, month: 11, day: 21)!
        let document = try PDFDocument(size: .a4, metadata: .init(title: "Smoke", author: "Backstride", subject: "test", date: date))
        document.addOutline("Names")
        let layout = engine.layout(text, font: FontSpec(size: 12), width: 480)
        #expect(layout.unknownGlyphCount == 0)
        layout.draw(in: document.cr, x: 50, y: 50)
        return try document.finish()
    }

    @Test func everyScriptReachesThePageExactly() throws {
        let pdf = try smallPDF(Self.names)
        let text = try PDFTools.text(pdf)
        for word in ["Zoë", "Ñúñez", "Ελένη", "Пётр", "李小龍", "山田花子", "김민지", "\"quoted\"", "<b>&amp;", "5 < 6 > 4 & co"] {
            #expect(text.contains(word), "missing \(word) in \(text)")
        }
    }

    @Test func fontsAreEmbeddedAndSubset() throws {
        let fonts = try PDFTools.fonts(try smallPDF(Self.names))
        #expect(!fonts.isEmpty)
        #expect(fonts.allSatisfy { $0.embedded && $0.subset }, "\(fonts)")
        #expect(fonts.contains { $0.name.contains("DejaVuSans") })
    }

    @Test func qpdfFindsNoDamage() throws {
        let result = try PDFTools.qpdfCheck(try smallPDF(Self.names))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func identicalInputGivesIdenticalBytes() throws {
        #expect(try smallPDF("Same") == smallPDF("Same"))
    }

    @Test func metadataComesFromTheInjectedDate() throws {
        let info = try PDFTools.info(try smallPDF("x"))
        #expect(info["Title"] == "Smoke")
        #expect(info["CreationDate"]?.contains("2026") == true)
        #expect(info["Pages"] == "1")
    }
}
