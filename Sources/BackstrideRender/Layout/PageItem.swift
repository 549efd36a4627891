import BackstrideCore

/// A rectangle in points, origin top-left as on the page.
public struct Rect: Equatable, Sendable, CustomStringConvertible {
    public var x, y, width, height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }

    public func moved(by dx: Double, _ dy: Double) -> Rect { Rect(x: x + dx, y: y + dy, width: width, height: height) }

    public func inset(_ d: Double) -> Rect { Rect(x: x + d, y: y + d, width: width - 2 * d, height: height - 2 * d) }

    public func contains(_ other: Rect, tolerance: Double = 0.5) -> Bool {
        other.x >= x - tolerance && other.y >= y - tolerance && other.maxX <= maxX + tolerance && other.maxY <= maxY + tolerance
    }

    /// Whether any part of the segment from `a` to `b` lies in the rectangle (edges included): the segment clipped to
    /// the slab between the sides, then between the top and bottom (Liang-Barsky), is not empty.
    public func meets(_ a: Point, _ b: Point) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let d = b - a
        for (p, q) in [(-d.x, a.x - x), (d.x, maxX - a.x), (-d.y, a.y - y), (d.y, maxY - a.y)] {
            if p == 0 { if q < 0 { return false } else { continue } }
            let t = q / p
            if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
            if t0 > t1 { return false }
        }
        return true
    }

    public var description: String {
        func f(_ v: Double) -> String { String(Int(v.rounded())) }
        return "\(f(x)),\(f(y)) \(f(width))x\(f(height))"
    }
}

/// An RGB colour; the handout is designed in greys that print the same on any printer.
public struct Color: Equatable, Sendable {
    public var red, green, blue: Double

    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    public static func gray(_ level: Double) -> Color { Color(red: level, green: level, blue: level) }
    public static let black = Color.gray(0)
    public static let white = Color.gray(1)
    public static let ink = Color.gray(0.1)
    public static let muted = Color.gray(0.35)
    public static let rule = Color.gray(0.6)
    public static let faint = Color.gray(0.9)
}

/// How a line is drawn.
public struct Stroke: Equatable, Sendable {
    public var width: Double
    public var color: Color
    public var dash: [Double]

    public init(width: Double, color: Color = .ink, dash: [Double] = []) {
        self.width = width
        self.color = color
        self.dash = dash
    }
}

/// One thing placed on a page. Layout decides every item; painting only draws them.
public enum PageItem: Equatable, Sendable {
    /// Text wrapped to the frame's width; the frame's height is what layout measured.
    case text(String, font: FontSpec, frame: Rect, color: Color, alignment: TextAlignment)
    case box(Rect, stroke: Stroke?, fill: Color?, cornerRadius: Double)
    case line(from: Point, to: Point, stroke: Stroke)
    /// An exercise's picture (start and end frames, or a hold), laid out in the frame.
    case diagram(Pose, frame: Rect)
    /// A warning triangle with an exclamation mark, drawn as paths so it never depends on a font.
    case warningSign(Rect)
    /// An empty square to tick by hand.
    case tickBox(Rect)
    /// A PNG picture (a clinic's logo), scaled to fit the frame.
    case image([UInt8], frame: Rect)
}

/// A finished page: size, items in paint order, and the bookmark that points at it, if any.
public struct LaidOutPage: Equatable, Sendable {
    public var size: PageSize
    public var items: [PageItem]
    public var bookmark: Bookmark?

    public struct Bookmark: Equatable, Sendable {
        public var title: String
        /// Nested under the previous top-level bookmark.
        public var nested: Bool
    }

    public init(size: PageSize, items: [PageItem] = [], bookmark: Bookmark? = nil) {
        self.size = size
        self.items = items
        self.bookmark = bookmark
    }
}

extension TextAlignment: Equatable {}
