import Foundation
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

/// Issue 13, item 7: Pango shaped the rest of an unbreakable word again for every line, so a long word took
/// minutes. Layout must grow linearly with the text.
@Suite struct LongTextTests {
    func seconds(_ length: Int, _ engine: TextEngine) -> Double {
        let started = Date()
        let layout = engine.layout(String(repeating: "a", count: length), font: FontSpec(size: 11), width: 200)
        #expect(layout.lineCount > length / 60, "the word wraps")
        return Date().timeIntervalSince(started)
    }

    @Test func aHundredThousandLetterWordLaysOutInLinearTime() throws {
        let engine = try TextEngine(fonts: try FontLibrary())
        // Best of a few (other lengths each time: the engine keeps what it laid out), so a busy machine does not
        // make a linear layout look quadratic.
        let short = (0..<3).map { seconds(10_000 + $0, engine) }.min()!, long = (0..<2).map { seconds(100_000 + $0, engine) }.min()!
        // Quadratic would be 100 times the short one; linear is about 10, and a busy CI machine has shown 20. The bound
        // sits between, so only a growth like the old one (over a minute) fails. Speed itself is `make bench`'s job.
        #expect(long < 40 * max(short, 0.01), "10k letters: \(short) s, 100k letters: \(long) s")
        #expect(long < 10)
    }

    @Test func ordinaryTextIsLaidOutAsWritten() throws {
        let engine = try TextEngine(fonts: try FontLibrary())
        let text = "Supercalifragilisticexpialidocious and Donaudampfschifffahrtsgesellschaftskapitän"
        let date = CalendarDate(year: 2026, month: 11, day: 21)!
        let document = try PDFDocument(size: .a4, metadata: .init(title: "t", author: "t", subject: "t", date: date))
        engine.layout(text, font: FontSpec(size: 12), width: 480).draw(in: document.cr, x: 50, y: 50)
        let extracted = try PDFTools.text(try document.finish())
        #expect(extracted.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(text), "no invisible break characters in ordinary words: \(extracted.debugDescription)")
    }
}
