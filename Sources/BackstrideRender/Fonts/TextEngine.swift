import CCairo
import BackstrideCore

/// A font as the layout asks for it.
public struct FontSpec: Equatable, Hashable, Sendable {
    public var size: Double
    public var bold: Bool
    public var italic: Bool

    public init(size: Double, bold: Bool = false, italic: Bool = false) {
        self.size = size
        self.bold = bold
        self.italic = italic
    }

    var pangoDescription: String {
        "\(FontLibrary.family)\(bold ? " Bold" : "")\(italic ? " Italic" : "") \(size)px"
    }
}

/// One worker's Pango state: a font map and a context, made once and reused for every layout.
///
/// Not Sendable: Pango objects belong to one thread. Make one engine per renderer.
public final class TextEngine {
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    private var descriptions: [FontSpec: OpaquePointer] = [:]

    /// Laid-out paragraphs, reused: layout measures a text and the painter draws the same text, and most of a
    /// handout's words (labels, the red-flag box, exercise cards) repeat from client to client. Shaping is
    /// the biggest cost of a page, so each distinct paragraph is shaped once per worker.
    private struct LayoutKey: Hashable {
        let text: String
        let font: FontSpec
        let width: Int
        let alignment: Int
        let lineSpacing: Double
    }

    /// Two generations: when the newer fills up it becomes the older and the oldest goes, so what every handout
    /// prints (found again in the older generation and carried forward) stays, while each client's own words pass
    /// through. A single cache of 20,000 cleared when full let each worker grow by ~50 MB in a long batch.
    private var layouts: [LayoutKey: TextLayout] = [:]
    private var olderLayouts: [LayoutKey: TextLayout] = [:]
    static let layoutCacheLimit = 3_000

    public init(fonts: FontLibrary) throws {
        fontMap = try fonts.makeFontMap()
        guard let context = pango_font_map_create_context(fontMap) else {
            g_object_unref(fontMap)
            throw RenderError.fontConfig("no Pango context")
        }
        self.context = context
        // Vector output: exact advances, no hinting, so spacing is even at any zoom.
        pango_context_set_round_glyph_positions(context, 0)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_language(context, pango_language_from_string("en"))
    }

    deinit {
        layouts.removeAll()
        olderLayouts.removeAll()
        for description in descriptions.values { pango_font_description_free(description) }
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(fontMap)
    }

    func description(_ spec: FontSpec) -> OpaquePointer {
        if let cached = descriptions[spec] { return cached }
        let description = pango_font_description_from_string(spec.pangoDescription)!
        descriptions[spec] = description
        return description
    }

    /// A paragraph laid out at `width` points. Plain text only: it is never parsed as markup,
    /// so a client's `<`, `>` and `&` print as typed.
    public func layout(_ text: String, font: FontSpec, width: Double?, alignment: TextAlignment = .left,
                       lineSpacing: Double = 1.0) -> TextLayout {
        let key = LayoutKey(text: text, font: font, width: width.map { Int(($0 * Double(PANGO_SCALE)).rounded()) } ?? -1,
                            alignment: alignment == .left ? 0 : alignment == .center ? 1 : 2, lineSpacing: lineSpacing)
        if let cached = layouts[key] { return cached }
        if layouts.count >= Self.layoutCacheLimit {
            olderLayouts = layouts
            layouts = [:]
        }
        let made = olderLayouts[key] ?? makeLayout(text, font: font, width: width, alignment: alignment, lineSpacing: lineSpacing)
        layouts[key] = made
        return made
    }

    private func makeLayout(_ text: String, font: FontSpec, width: Double?, alignment: TextAlignment, lineSpacing: Double) -> TextLayout {
        let layout = pango_layout_new(context)!
        pango_layout_set_font_description(layout, description(font))
        if let width {
            pango_layout_set_width(layout, Int32((width * Double(PANGO_SCALE)).rounded()))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        }
        pango_layout_set_alignment(layout, alignment.pango)
        if lineSpacing != 1.0 { pango_layout_set_line_spacing(layout, Float(lineSpacing)) }
        pango_layout_set_text(layout, Self.breakable(text), -1)
        return TextLayout(layout)
    }

    /// Pango shapes the rest of an unbreakable run again for every line it wraps, so a 100,000-letter word takes
    /// minutes. A zero-width space every `longestRun` characters of such a run gives it places to break, which
    /// keeps layout linear. No real word is that long and a name may not be, so ordinary text is untouched.
    static let longestRun = ProfileLimits.nameLength

    static func breakable(_ text: String) -> String {
        // Whole characters, so a break never falls between a letter and its accent.
        func opensBreak(_ ch: Character) -> Bool { ch.isWhitespace || ch == "\u{200B}" }
        var run = 0, longest = 0
        for ch in text {
            run = opensBreak(ch) ? 0 : run + 1
            longest = max(longest, run)
        }
        guard longest > longestRun else { return text }
        var out = ""
        run = 0
        for ch in text {
            if opensBreak(ch) {
                run = 0
            } else {
                if run == longestRun {
                    out.append("\u{200B}")
                    run = 0
                }
                run += 1
            }
            out.append(ch)
        }
        return out
    }
}

public enum TextAlignment: Sendable {
    case left, center, right

    var pango: PangoAlignment {
        switch self {
        case .left: return PANGO_ALIGN_LEFT
        case .center: return PANGO_ALIGN_CENTER
        case .right: return PANGO_ALIGN_RIGHT
        }
    }
}

/// A laid-out paragraph: knows its size and draws itself.
public final class TextLayout {
    let layout: OpaquePointer

    init(_ layout: OpaquePointer) { self.layout = layout }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    /// Width and height in points.
    public var size: (width: Double, height: Double) {
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        return (Double(logical.width) / Double(PANGO_SCALE), Double(logical.height) / Double(PANGO_SCALE))
    }

    public var lineCount: Int { Int(pango_layout_get_line_count(layout)) }

    /// Characters Pango could not find a glyph for in any of the handout's fonts.
    public var unknownGlyphCount: Int { Int(pango_layout_get_unknown_glyphs_count(layout)) }

    /// Draws with the top-left corner at (x, y) in the current colour.
    ///
    /// The layout is drawn as it was measured, without `pango_cairo_update_layout`: the engine's context already
    /// carries the font options for vector output (no hinting, exact advances), so the target has nothing to add,
    /// and updating from each new document's target marked every cached paragraph changed, which made Pango shape
    /// it again at paint time (a quarter of a batch's time, for the same glyphs and the same bytes). On a scaled
    /// target (a PNG preview) cairo scales the glyphs like any other path.
    public func draw(in cr: OpaquePointer, x: Double, y: Double) {
        cairo_move_to(cr, x, y)
        pango_cairo_show_layout(cr, layout)
    }
}
