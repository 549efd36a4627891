import BackstrideCore
import CCairo
import Foundation

/// Paints laid-out pages into a PDF. It decides nothing: every position and word comes from layout.
public final class PagePainter {
    let text: TextEngine
    fileprivate let diagrams: DiagramMemo

    /// `diagrams` is shared by every painter of the process unless a test wants a painter that has seen nothing.
    init(text: TextEngine, diagrams: DiagramMemo = .shared) {
        self.text = text
        self.diagrams = diagrams
    }

    /// Handouts whose pictures could not be put in as kept forms and were painted straight instead. It stays 0
    /// while cairo writes what `PictureSplice` expects; the tests watch it.
    public private(set) var picturesPaintedStraight = 0

    /// Paints the pages into one PDF and returns its bytes. Each picture is written once per painter as a PDF form
    /// and copied into every handout that prints it (`PictureForm`).
    public func pdf(_ pages: [LaidOutPage], metadata: PDFMetadata) throws -> [UInt8] {
        guard let first = pages.first else { throw RenderError.cairo("no pages", operation: "layout") }
        let stream = try PageStream(painter: self, size: first.size, metadata: metadata, output: nil, keepsForms: true)
        try stream.add(pages)
        if let pdf = try stream.finishSplicing() { return pdf }
        picturesPaintedStraight += 1
        let straight = try PageStream(painter: self, size: first.size, metadata: metadata, output: nil, keepsForms: false)
        try straight.add(pages)
        return try straight.finish()
    }

    /// A PDF painted a few pages at a time, each page let go once painted, its bytes passed to `output`: the weekly
    /// pack of a thousand clients never holds more than one client's pages. With a `scratch` file (open for reading
    /// and writing, empty), cairo's bytes go there first, with stand-ins for the pictures, and `finish()` copies
    /// them to `output` with the pictures put in; it throws `PicturesRefused`, having passed nothing on, when they
    /// cannot be, and the caller paints the pages again without a scratch file.
    public final class PageStream {
        let painter: PagePainter
        let document: PDFDocument
        private var painted = 0
        private var parent: Int32 = 0
        /// The forms painted as stand-ins, in order, when the pictures are to be put in at the end.
        private var placed: [PictureForm]?
        private let aside: (file: ScratchFile, output: (UnsafeBufferPointer<UInt8>) -> Bool)?

        init(painter: PagePainter, size: PageSize, metadata: PDFMetadata, output: ((UnsafeBufferPointer<UInt8>) -> Bool)?,
             keepsForms: Bool = false, scratch: Int32? = nil) throws {
            self.painter = painter
            if let scratch, let output {
                let file = ScratchFile(descriptor: scratch)
                aside = (file, output)
                document = try PDFDocument(size: size, metadata: metadata, output: file.append)
                placed = []
            } else {
                aside = nil
                document = try PDFDocument(size: size, metadata: metadata, output: output)
                placed = keepsForms && output == nil ? [] : nil
            }
        }

        /// Pages painted so far.
        public var count: Int { painted }

        public func add(_ pages: [LaidOutPage]) throws {
            painter.diagrams.prepare(pages, forms: placed != nil)
            for page in pages {
                if painted > 0 { try document.newPage(size: page.size) }
                if let bookmark = page.bookmark {
                    let id = document.addOutline(bookmark.title, parent: bookmark.nested ? parent : 0)
                    if !bookmark.nested { parent = id }
                }
                painter.paint(page, cr: document.cr, placing: &placed)
                painted += 1
                try CairoCheck.context(document.cr, "painting page \(painted)")
            }
        }

        /// Ends the PDF: its bytes, or nothing when they went to `output`.
        public func finish() throws -> [UInt8] {
            guard painted > 0 else { throw RenderError.cairo("no pages", operation: "layout") }
            let bytes = try document.finish()
            guard let (file, output) = aside else { return bytes }
            guard !file.failed else { throw RenderError.cannotWrite(path: "the pack's scratch file", reason: "write failed") }
            let source = PDFFileSource(descriptor: file.descriptor, count: file.written)
            switch PictureSplice.copy(source, placed: placed ?? [], to: { chunk in chunk.withUnsafeBufferPointer(output) }) {
            case .done: return []
            case .refused: throw PicturesRefused()
            case .failed: throw RenderError.cannotWrite(path: "the pack", reason: "write failed")
            }
        }

        /// Ends the PDF and puts the kept pictures in: nil when they could not be (see `PictureSplice`).
        func finishSplicing() throws -> [UInt8]? {
            let bytes = try finish()
            guard let placed, !placed.isEmpty else { return bytes }
            return PictureSplice.apply(bytes, placed: placed)
        }
    }

    /// The pictures of a stream painted through a scratch file could not be put in; nothing was passed on.
    public struct PicturesRefused: Error {}

    /// Takes cairo's bytes into the scratch file, counting them.
    final class ScratchFile {
        let descriptor: Int32
        private(set) var written = 0
        private(set) var failed = false

        init(descriptor: Int32) { self.descriptor = descriptor }

        func append(_ chunk: UnsafeBufferPointer<UInt8>) -> Bool {
            guard !failed, let base = chunk.baseAddress else { return !failed }
            var done = 0
            while done < chunk.count {
                let n = Foundation.write(descriptor, base + done, chunk.count - done)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else {
                    failed = true
                    return false
                }
                done += n
            }
            written += chunk.count
            return true
        }
    }

    func paint(_ page: LaidOutPage, cr: OpaquePointer) {
        var straight: [PictureForm]? = nil
        paint(page, cr: cr, placing: &straight)
    }

    /// With `placing`, each picture that has a form is painted as its stand-in and its form added to the list.
    private func paint(_ page: LaidOutPage, cr: OpaquePointer, placing: inout [PictureForm]?) {
        for item in page.items {
            if case let .diagram(pose, frame) = item, placing != nil, let form = diagrams.form(pose, in: frame) {
                form.paintStandIn(at: frame, cr: cr)
                placing?.append(form)
            } else {
                paint(item, cr: cr)
            }
        }
    }

    private func set(_ color: Color, _ cr: OpaquePointer) {
        cairo_set_source_rgb(cr, color.red, color.green, color.blue)
    }

    private func apply(_ stroke: Stroke, _ cr: OpaquePointer) {
        set(stroke.color, cr)
        cairo_set_line_width(cr, stroke.width)
        var dash = stroke.dash
        cairo_set_dash(cr, &dash, Int32(dash.count), 0)
    }

    private func paint(_ item: PageItem, cr: OpaquePointer) {
        switch item {
        case let .text(string, font, frame, color, alignment):
            set(color, cr)
            text.layout(string, font: font, width: frame.width, alignment: alignment).draw(in: cr, x: frame.x, y: frame.y)
        case let .box(rect, stroke, fill, radius):
            roundedRect(rect, radius, cr)
            if let fill {
                set(fill, cr)
                if stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
            }
            if let stroke {
                apply(stroke, cr)
                cairo_stroke(cr)
            }
        case let .line(from, to, stroke):
            apply(stroke, cr)
            cairo_move_to(cr, from.x, from.y)
            cairo_line_to(cr, to.x, to.y)
            cairo_stroke(cr)
        case let .diagram(pose, frame):
            DiagramPainter.paint(diagrams.marks(pose, in: frame), cr: cr)
        case let .warningSign(rect):
            warningSign(rect, cr)
        case let .tickBox(rect):
            apply(Stroke(width: 1.2, color: .ink), cr)
            roundedRect(rect, 2, cr)
            cairo_stroke(cr)
        case let .image(png, frame):
            // A logo that cannot be read is left out rather than failing the handout; the CLI checks it on load.
            guard let image = try? PNGImage.surface(png) else { return }
            defer { cairo_surface_destroy(image) }
            let w = Double(cairo_image_surface_get_width(image)), h = Double(cairo_image_surface_get_height(image))
            guard w > 0, h > 0 else { return }
            let scale = min(frame.width / w, frame.height / h)
            cairo_save(cr)
            cairo_translate(cr, frame.x, frame.y)
            cairo_scale(cr, scale, scale)
            cairo_set_source_surface(cr, image, 0, 0)
            cairo_paint(cr)
            cairo_restore(cr)
        }
    }

    private func roundedRect(_ r: Rect, _ radius: Double, _ cr: OpaquePointer) {
        guard radius > 0 else {
            cairo_rectangle(cr, r.x, r.y, r.width, r.height)
            return
        }
        let rr = min(radius, r.width / 2, r.height / 2)
        cairo_new_sub_path(cr)
        cairo_arc(cr, r.maxX - rr, r.y + rr, rr, -.pi / 2, 0)
        cairo_arc(cr, r.maxX - rr, r.maxY - rr, rr, 0, .pi / 2)
        cairo_arc(cr, r.x + rr, r.maxY - rr, rr, .pi / 2, .pi)
        cairo_arc(cr, r.x + rr, r.y + rr, rr, .pi, 1.5 * .pi)
        cairo_close_path(cr)
    }

    /// A black triangle with a white exclamation mark: reads as "warning" without colour.
    private func warningSign(_ r: Rect, _ cr: OpaquePointer) {
        let side = min(r.width, r.height / 0.87)
        let x0 = r.x + (r.width - side) / 2, y1 = r.y + side * 0.87
        set(.black, cr)
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        cairo_set_line_width(cr, side * 0.08)
        cairo_move_to(cr, x0 + side / 2, r.y)
        cairo_line_to(cr, x0 + side, y1)
        cairo_line_to(cr, x0, y1)
        cairo_close_path(cr)
        cairo_fill_preserve(cr)
        cairo_stroke(cr)
        set(.white, cr)
        let cx = x0 + side / 2
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        cairo_set_line_width(cr, side * 0.11)
        cairo_move_to(cr, cx, r.y + side * 0.3)
        cairo_line_to(cr, cx, r.y + side * 0.58)
        cairo_stroke(cr)
        cairo_new_sub_path(cr)
        cairo_arc(cr, cx, r.y + side * 0.72, side * 0.06, 0, 2 * .pi)
        cairo_fill(cr)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
    }
}
