import BackstrideCore
import CCairo

/// Title, author and subject of a PDF, and the day that stands in for its creation date.
public struct PDFMetadata: Equatable, Sendable {
    public var title: String
    public var author: String
    public var subject: String
    /// Both PDF dates come from this injected day, so identical input gives identical bytes.
    public var date: CalendarDate
    /// Written as the PDF's Keywords: the batch's stamp of who the file is for and what it was made from.
    public var keywords: String?

    public init(title: String, author: String, subject: String, date: CalendarDate, keywords: String? = nil) {
        self.title = title
        self.author = author
        self.subject = subject
        self.date = date
        self.keywords = keywords
    }
}

/// A page size in PostScript points.
public struct PageSize: Equatable, Sendable {
    public var width: Double
    public var height: Double

    public static let a4 = PageSize(width: 595.276, height: 841.89)
    public static let letter = PageSize(width: 612, height: 792)

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    public init(_ paper: Paper) { self = paper == .a4 ? .a4 : .letter }
}

/// Takes the bytes cairo streams out: kept in memory (so a PDF is only ever written to disk whole), or passed on
/// as they come (`output`), so a long document such as the weekly pack never sits in memory.
final class ByteSink {
    var bytes: [UInt8] = []
    let output: ((UnsafeBufferPointer<UInt8>) -> Bool)?

    init(output: ((UnsafeBufferPointer<UInt8>) -> Bool)? = nil) { self.output = output }

    func take(_ chunk: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let output else {
            bytes.append(contentsOf: chunk)
            return true
        }
        return output(chunk)
    }
}

/// A PDF being drawn: owns the cairo surface and context and checks their status.
///
/// The whole document is wrapped in one "Document" structure tag: in cairo 1.16 that keeps link
/// annotations from leaving a dangling reference (see shared/cairo-pango-notes.md), and it makes the PDF tagged.
public final class PDFDocument {
    let surface: OpaquePointer
    public let cr: OpaquePointer
    private let sink: ByteSink
    private let sinkPointer: Unmanaged<ByteSink>
    public private(set) var size: PageSize
    public private(set) var pageCount = 1
    private var finished = false

    /// `output` receives the PDF's bytes as cairo writes them (false stops the document with a write error);
    /// without it `finish()` returns them.
    public init(size: PageSize, metadata: PDFMetadata, output: ((UnsafeBufferPointer<UInt8>) -> Bool)? = nil) throws {
        let sink = ByteSink(output: output)
        let pointer = Unmanaged.passRetained(sink)
        let write: cairo_write_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
            return sink.take(UnsafeBufferPointer(start: data, count: Int(length))) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR
        }
        guard let surface = cairo_pdf_surface_create_for_stream(write, pointer.toOpaque(), size.width, size.height) else {
            pointer.release()
            throw RenderError.cairo("no surface", operation: "cairo_pdf_surface_create_for_stream")
        }
        self.surface = surface
        self.sink = sink
        self.sinkPointer = pointer
        self.size = size
        guard let cr = cairo_create(surface) else {
            cairo_surface_destroy(surface)
            pointer.release()
            throw RenderError.cairo("no context", operation: "cairo_create")
        }
        self.cr = cr
        try CairoCheck.surface(surface, "cairo_pdf_surface_create_for_stream")
        let stamp = metadata.date.iso + "T00:00:00"
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, metadata.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, metadata.author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, metadata.subject)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Backstride")
        if let keywords = metadata.keywords { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, keywords) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, stamp)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, stamp)
        cairo_tag_begin(cr, "Document", nil)
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
        sinkPointer.release()
    }

    /// Ends the current page and starts another, optionally of a different size.
    public func newPage(size: PageSize? = nil) throws {
        cairo_show_page(cr)
        if let size, size != self.size {
            cairo_pdf_surface_set_size(surface, size.width, size.height)
            self.size = size
        }
        pageCount += 1
        try CairoCheck.context(cr, "cairo_show_page")
    }

    /// A bookmark for the current page. `parent` is the id returned for a parent entry (0 for the root).
    @discardableResult
    public func addOutline(_ title: String, parent: Int32 = 0) -> Int32 {
        let target = "page=\(pageCount)"
        return cairo_pdf_surface_add_outline(surface, parent, title, target, CAIRO_PDF_OUTLINE_FLAG_OPEN)
    }

    /// Closes the document and returns the complete PDF (nothing when it went to `output`).
    public func finish() throws -> [UInt8] {
        precondition(!finished, "finish() called twice")
        finished = true
        cairo_tag_end(cr, "Document")
        cairo_show_page(cr)
        try CairoCheck.context(cr, "cairo_show_page")
        cairo_surface_finish(surface)
        try CairoCheck.surface(surface, "cairo_surface_finish")
        return sink.bytes
    }
}
