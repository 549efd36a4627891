import BackstrideCore

/// Sizes and spacing for a handout; large print scales every size so everything re-flows.
public struct Typography: Equatable, Sendable {
    public var body: Double
    /// Page margin in points: 15 mm, inside the printable area of any office printer.
    public var margin: Double = 42.5

    public static let standard = Typography(body: 11)
    public static let largePrint = Typography(body: 16)

    public init(body: Double) { self.body = body }

    public var bodyFont: FontSpec { FontSpec(size: body) }
    public var strongFont: FontSpec { FontSpec(size: body, bold: true) }
    public var smallFont: FontSpec { FontSpec(size: max(9, body * 0.82)) }
    public var titleFont: FontSpec { FontSpec(size: body * 2, bold: true) }
    public var headingFont: FontSpec { FontSpec(size: body * 1.45, bold: true) }
    public var subheadingFont: FontSpec { FontSpec(size: body * 1.15, bold: true) }
    /// Space between paragraphs.
    public var gap: Double { body * 0.55 }
}

/// Stacks paragraphs down a column, measuring each with Pango so nothing overlaps.
struct ColumnFlow {
    let engine: TextEngine
    let x: Double
    let width: Double
    var y: Double
    var items: [PageItem] = []

    init(engine: TextEngine, x: Double, y: Double, width: Double) {
        self.engine = engine
        self.x = x
        self.y = y
        self.width = width
    }

    /// Height a paragraph would take at this column's width.
    func measure(_ text: String, _ font: FontSpec, width: Double? = nil) -> Double {
        engine.layout(text, font: font, width: width ?? self.width).size.height
    }

    mutating func text(_ text: String, _ font: FontSpec, color: Color = .ink, indent: Double = 0, after: Double = 0,
                       alignment: TextAlignment = .left) {
        let w = width - indent
        let h = measure(text, font, width: w)
        items.append(.text(text, font: font, frame: Rect(x: x + indent, y: y, width: w, height: h), color: color,
                           alignment: alignment))
        y += h + after
    }

    /// A paragraph with a label hanging to its left, e.g. "1." before a cue.
    mutating func hanging(_ label: String, _ text: String, _ font: FontSpec, labelWidth: Double, after: Double = 0,
                          labelFont: FontSpec? = nil) {
        let h = measure(text, font, width: width - labelWidth)
        items.append(.text(label, font: labelFont ?? font, frame: Rect(x: x, y: y, width: labelWidth, height: h),
                           color: .ink, alignment: .left))
        items.append(.text(text, font: font, frame: Rect(x: x + labelWidth, y: y, width: width - labelWidth, height: h),
                           color: .ink, alignment: .left))
        y += h + after
    }

    mutating func space(_ d: Double) { y += d }
}
