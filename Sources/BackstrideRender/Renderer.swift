import BackstrideCore

/// One worker's renderer: fonts, a Pango context and a painter, reused for every document it makes.
/// Not Sendable; make one per thread.
public final class Renderer {
    public let engine: TextEngine
    let painter: PagePainter

    public init(fonts: FontLibrary? = nil) throws {
        engine = try TextEngine(fonts: fonts ?? FontLibrary())
        painter = PagePainter(text: engine)
    }

    public func catalogue(_ library: ExerciseLibrary, size: PageSize, date: CalendarDate) throws -> [UInt8] {
        let pages = CatalogueLayout(engine: engine, size: size).pages(library)
        return try painter.pdf(pages, metadata: PDFMetadata(title: "Backstride exercise library", author: "Backstride",
                                                            subject: "Exercise catalogue", date: date))
    }
}
