import BackstrideCore
import CCairo

/// An exercise picture written once as a PDF form: its drawing commands as cairo formats and compresses them, kept by
/// a worker and copied into every handout that prints the picture. Writing pictures' numbers and compressing them was
/// over half of a batch's time, for the same few dozen pictures on every client's cards.
///
/// Cairo cannot take finished PDF content, so a handout is painted with a stand-in for each picture (a form with the
/// same box and one tiny square), and `PictureSplice` then puts the kept stream in the stand-in's place. A form made
/// here and one cairo would write for the same picture in a handout are the same bytes: the same recording painted
/// in the same box, and a form's content does not depend on where on the page it is drawn.
struct PictureForm: Sendable {
    /// The form's box in the picture's own points (frame corner at 0,0), whole points as cairo rounds it.
    let box: cairo_rectangle_t
    let stream: [UInt8]
    /// What the stand-in's form holds, to find it in the handout.
    let standInStream: [UInt8]
    /// The dictionary lines (the box) and resources both forms share; a picture whose differ is not made a form.
    let shape: [UInt8]
    let resources: [UInt8]

    /// The picture as a form, or nil when its form and the stand-in's would not be interchangeable.
    static func make(_ marks: [DiagramMark], width: Double, height: Double) -> PictureForm? {
        let box = Self.box(marks, width: width, height: height)
        let sink = ByteSink()
        let pointer = Unmanaged.passRetained(sink)
        defer { pointer.release() }
        guard let surface = cairo_pdf_surface_create_for_stream(collect, pointer.toOpaque(), box.width, box.height) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard let cr = cairo_create(surface) else { return nil }
        paint(box, cr) { DiagramPainter.paint(marks, cr: $0) }
        paint(box, cr, standIn)
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
        let whole = PDFBytes(sink.bytes)
        guard let file = CairoPDFFile(whole) else { return nil }
        let forms = file.objects.compactMap { CairoFormObject(whole.all, $0) }.sorted { $0.number < $1.number }
        guard forms.count == 2, forms[0].shape.elementsEqual(forms[1].shape),
              let resources = file.body(forms[0].resourcesObject), let other = file.body(forms[1].resourcesObject),
              resources.elementsEqual(other)
        else { return nil }
        return PictureForm(box: box, stream: Array(forms[0].stream), standInStream: Array(forms[1].stream),
                           shape: Array(forms[0].shape), resources: Array(resources))
    }

    /// Paints the stand-in with its corner at the frame's.
    func paintStandIn(at frame: Rect, cr: OpaquePointer) {
        cairo_save(cr)
        cairo_translate(cr, frame.x, frame.y)
        Self.paint(box, cr, Self.standIn)
        cairo_restore(cr)
    }

    /// One black square at the picture's corner: a few bytes compressed, the same resources as any picture.
    private static func standIn(_ cr: OpaquePointer) {
        cairo_set_source_rgb(cr, 0, 0, 0)
        cairo_rectangle(cr, 0, 0, 1, 1)
        cairo_fill(cr)
    }

    /// Draws into a recording surface of the box and paints that as the source, which cairo writes as a form.
    private static func paint(_ box: cairo_rectangle_t, _ cr: OpaquePointer, _ draw: (OpaquePointer) -> Void) {
        var extents = box
        guard let recording = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents) else { return }
        defer { cairo_surface_destroy(recording) }
        if let inner = cairo_create(recording) {
            draw(inner)
            cairo_destroy(inner)
        }
        cairo_set_source_surface(cr, recording, 0, 0)
        cairo_paint(cr)
    }

    /// The frame and everything drawn (with room for line widths and arrow heads), in whole points: the form clips
    /// to its box, and a picture painted straight onto the page was never clipped.
    static func box(_ marks: [DiagramMark], width: Double, height: Double) -> cairo_rectangle_t {
        var x0 = 0.0, y0 = 0.0, x1 = width, y1 = height
        for mark in marks {
            for p in mark.points {
                x0 = min(x0, p.x - reach); y0 = min(y0, p.y - reach)
                x1 = max(x1, p.x + reach); y1 = max(y1, p.y + reach)
            }
        }
        let left = (x0).rounded(.down), top = (y0).rounded(.down)
        return cairo_rectangle_t(x: left, y: top, width: x1.rounded(.up) - left, height: y1.rounded(.up) - top)
    }

    /// How far ink reaches past a mark's points: an arrow's head and white edge, the widest there is.
    private static let reach = DiagramInk.arrow * 4.2 + 2.4 + 2

    private static let collect: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }
}
