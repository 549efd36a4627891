import BackstrideCore
import CCairo

/// Raster output: page previews (`--png`) and the small diagram images kept as golden files.
public enum PNGImage {
    /// A grey-level raster: width x height bytes, 0 black to 255 white.
    public struct Gray: Equatable {
        public let width: Int
        public let height: Int
        public let pixels: [UInt8]

        /// Share of pixels whose grey differs by more than `threshold` levels.
        public func difference(from other: Gray, threshold: Int = 48) -> Double {
            guard width == other.width, height == other.height else { return 1 }
            let differing = zip(pixels, other.pixels).filter { abs(Int($0) - Int($1)) > threshold }.count
            return Double(differing) / Double(max(1, pixels.count))
        }
    }

    /// Draws `paint` onto a white image (or a transparent one, without `background`) and returns it as PNG bytes.
    static func render(width: Int, height: Int, scale: Double = 1, format: cairo_format_t = CAIRO_FORMAT_RGB24, background: Bool = true,
                       _ paint: (OpaquePointer) -> Void) throws -> [UInt8] {
        guard let surface = cairo_image_surface_create(format, Int32(width), Int32(height)) else {
            throw RenderError.cairo("no image surface", operation: "cairo_image_surface_create")
        }
        defer { cairo_surface_destroy(surface) }
        guard let cr = cairo_create(surface) else { throw RenderError.cairo("no context", operation: "cairo_create") }
        defer { cairo_destroy(cr) }
        if background {
            cairo_set_source_rgb(cr, 1, 1, 1)
            cairo_paint(cr)
        }
        cairo_scale(cr, scale, scale)
        paint(cr)
        try CairoCheck.context(cr, "drawing an image")
        let sink = ByteSink()
        let pointer = Unmanaged.passUnretained(sink).toOpaque()
        let status = cairo_surface_write_to_png_stream(surface, { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            _ = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().take(UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, pointer)
        try CairoCheck.status(status, "cairo_surface_write_to_png_stream")
        return sink.bytes
    }

    /// One exercise picture alone as a PNG: a box of `size` points (as on a card) at `dpi`.
    public static func diagram(_ pose: Pose, size: (width: Double, height: Double), dpi: Double) throws -> [UInt8] {
        let scale = dpi / 72, margin = 4.0
        return try render(width: Int(((size.width + 2 * margin) * scale).rounded(.up)),
                          height: Int(((size.height + 2 * margin) * scale).rounded(.up)), scale: scale) { cr in
            DiagramPainter.paint(pose, in: Rect(x: margin, y: margin, width: size.width, height: size.height), cr: cr)
        }
    }

    /// One exercise picture alone, at the size it has on an A4 card: for blind review and for the web.
    public static func cardDiagram(_ pose: Pose, dpi: Double) throws -> [UInt8] {
        let box = DiagramDrawing.box(cardWidth: PageSize.a4.width - 2 * Typography.standard.margin)
        return try diagram(pose, size: box, dpi: dpi)
    }

    /// Reads PNG bytes into grey levels, for comparing renders with a tolerance.
    public static func gray(_ png: [UInt8]) throws -> Gray {
        let surface = try surface(png)
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { throw RenderError.cairo("no pixels", operation: "reading a PNG") }
        var pixels = [UInt8](repeating: 255, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                // Native-endian 32-bit pixels: blue, green, red in the low three bytes on little-endian machines.
                let p = data + y * stride + x * 4
                pixels[y * width + x] = UInt8((Int(p[0]) + Int(p[1]) + Int(p[2])) / 3)
            }
        }
        return Gray(width: width, height: height, pixels: pixels)
    }

    /// Decodes PNG bytes into a cairo image surface the caller destroys.
    static func surface(_ png: [UInt8]) throws -> OpaquePointer {
        final class Reader {
            let bytes: [UInt8]
            var offset = 0
            init(_ bytes: [UInt8]) { self.bytes = bytes }
        }
        let reader = Reader(png)
        let pointer = Unmanaged.passUnretained(reader).toOpaque()
        let created = withExtendedLifetime(reader) { cairo_image_surface_create_from_png_stream({ closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
            let r = Unmanaged<Reader>.fromOpaque(closure).takeUnretainedValue()
            let n = Int(length)
            guard r.offset + n <= r.bytes.count else { return CAIRO_STATUS_READ_ERROR }
            r.bytes.withUnsafeBufferPointer { data.update(from: $0.baseAddress! + r.offset, count: n) }
            r.offset += n
            return CAIRO_STATUS_SUCCESS
        }, pointer) }
        guard let surface = created else { throw RenderError.cairo("cannot read PNG", operation: "cairo_image_surface_create_from_png_stream") }
        do { try CairoCheck.surface(surface, "reading a PNG") } catch {
            cairo_surface_destroy(surface)
            throw error
        }
        return surface
    }
}
