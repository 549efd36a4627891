import CCairo

/// A clinic's logo, checked and made small once when the clinic file is read, so every handout of a batch
/// embeds a few kilobytes instead of decoding a huge image again.
///
/// The PNG header is read before anything is decoded: a 20000 x 20000 one-bit PNG is a small file that
/// becomes 1.6 GB of pixels. Past the limits it is refused; within them it is scaled down to what a cover
/// prints at 300 dpi.
public enum LogoImage {
    public static let maximumSide = 6000
    public static let maximumPixels = 16_000_000
    /// The cover prints the logo at most 128 x 64 pt (large print); 300 dpi of that, with room to spare.
    public static let printSize = (width: 600, height: 300)

    public struct Problem: Error, CustomStringConvertible, Equatable {
        public let message: String
        public var description: String { message }
    }

    /// Width and height from the PNG header, or why the bytes are not a PNG.
    public static func dimensions(_ png: [UInt8]) throws -> (width: Int, height: Int) {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard png.count >= 33, png.starts(with: signature) else { throw Problem(message: "it is not a PNG image") }
        guard png[12..<16].elementsEqual(Array("IHDR".utf8)) else { throw Problem(message: "it is a damaged PNG image (no header)") }
        func be32(_ i: Int) -> Int { png[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
        let width = be32(16), height = be32(20)
        guard width > 0, height > 0 else { throw Problem(message: "it is a damaged PNG image (size 0)") }
        return (width, height)
    }

    /// The logo ready to print: checked, decoded once, and scaled down when larger than `printSize`.
    public static func prepare(_ png: [UInt8]) throws -> [UInt8] {
        let (width, height) = try dimensions(png)
        guard width <= maximumSide, height <= maximumSide, width * height <= maximumPixels else {
            throw Problem(message: "the image is \(width) x \(height) pixels; a logo may be at most \(maximumSide) pixels a side and \(maximumPixels / 1_000_000) million pixels")
        }
        let image: OpaquePointer
        do { image = try PNGImage.surface(png) } catch {
            throw Problem(message: "it is a damaged or unsupported PNG image (cannot decode it)")
        }
        defer { cairo_surface_destroy(image) }
        let scale = min(1, Double(printSize.width) / Double(width), Double(printSize.height) / Double(height))
        let w = max(1, Int((Double(width) * scale).rounded())), h = max(1, Int((Double(height) * scale).rounded()))
        do {
            return try PNGImage.render(width: w, height: h, format: CAIRO_FORMAT_ARGB32, background: false) { cr in
                cairo_scale(cr, scale, scale)
                cairo_set_source_surface(cr, image, 0, 0)
                cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
                cairo_paint(cr)
            }
        } catch {
            throw Problem(message: "cannot scale the image: \(error)")
        }
    }
}
