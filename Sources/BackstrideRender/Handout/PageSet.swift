import BackstrideCore

/// Pages being filled top to bottom, with room kept at the foot of each for the footer.
struct PageSet {
    let size: PageSize
    let typography: Typography
    let accent: Color?
    private(set) var pages: [LaidOutPage] = []
    var y: Double = 0

    init(size: PageSize, typography: Typography, accent: Color?) {
        self.size = size
        self.typography = typography
        self.accent = accent
    }

    var left: Double { typography.margin }
    var width: Double { size.width - 2 * typography.margin }
    var top: Double { typography.margin }
    /// Content stops here; the footer sits below.
    var bottom: Double { size.height - typography.margin - typography.smallFont.size * 3.6 }
    var remaining: Double { bottom - y }

    mutating func newPage(bookmark: String? = nil) {
        var page = LaidOutPage(size: size, bookmark: bookmark.map { .init(title: $0, nested: false) })
        if let accent {
            page.items.append(.box(Rect(x: 0, y: 0, width: size.width, height: 6), stroke: nil, fill: accent, cornerRadius: 0))
        }
        pages.append(page)
        y = top
    }

    mutating func add(_ items: [PageItem]) {
        if pages.isEmpty { newPage() }
        pages[pages.count - 1].items += items
    }

    /// Starts a new page when `height` does not fit in what is left of this one.
    mutating func ensure(_ height: Double) {
        if pages.isEmpty || (height > remaining && y > top + 1) { newPage() }
    }

    /// Cards one under another, a new page when the next does not fit: a card never splits.
    mutating func placeCards(_ cards: [(items: [PageItem], height: Double)]) {
        for card in cards {
            ensure(card.height)
            add(card.items.map { $0.offset(left, y) })
            y += card.height + typography.body * 0.8
        }
    }

    /// Footer on every page: whose plan it is, and the page number. A long name wraps upward, never off the page.
    mutating func addFooters(left text: String, pageLabel: (Int, Int) -> String, engine: TextEngine) {
        let font = typography.smallFont
        let bottomY = size.height - typography.margin
        for i in pages.indices {
            let label = pageLabel(i + 1, pages.count)
            let labelSize = engine.layout(label, font: font, width: nil).size
            let textWidth = width - labelSize.width - typography.body
            let h = engine.layout(text, font: font, width: textWidth).size.height
            let y = bottomY - h
            pages[i].items.append(.line(from: Point(left, y - 4), to: Point(left + width, y - 4), stroke: Stroke(width: 0.5, color: .rule)))
            pages[i].items.append(.text(text, font: font, frame: Rect(x: left, y: y, width: textWidth, height: h), color: .muted, alignment: .left))
            pages[i].items.append(.text(label, font: font, frame: Rect(x: left + width - labelSize.width, y: bottomY - labelSize.height,
                                                                       width: labelSize.width, height: labelSize.height), color: .muted, alignment: .right))
        }
    }
}

/// Places text blocks down the pages, keeping a heading with what follows it.
struct BlockFlow {
    let engine: TextEngine
    let typography: Typography
    /// Draws a named figure (`@traffic-light`) at the current position; returns its items and height.
    var figure: (String, Double, Double, Double) -> (items: [PageItem], height: Double) = { _, _, _, _ in ([], 0) }
    /// Places a figure that may break across pages (a tall warning box in large print); returns false to leave the
    /// figure to `figure`.
    var pagedFigure: (String, inout PageSet) -> Bool = { _, _ in false }

    func font(_ block: TextBlock) -> FontSpec {
        switch block {
        case .title: return typography.titleFont
        case .heading: return typography.headingFont
        case .subheading: return typography.subheadingFont
        case .strongBullet: return typography.strongFont
        default: return typography.bodyFont
        }
    }

    /// Running text stops at about 65 characters a line, easier to read than a full A4 line.
    /// Boxes of short list items (the red-flag box) set it to infinity and use their full width.
    var measure: Double

    init(engine: TextEngine, typography: Typography) {
        self.engine = engine
        self.typography = typography
        measure = typography.body * 36
    }

    /// Items and height of one block at (x, y), `width` wide.
    func layout(_ block: TextBlock, x: Double, y: Double, width: Double) -> (items: [PageItem], height: Double) {
        let prose: Bool = { switch block { case .paragraph, .bullet, .strongBullet: return true; default: return false } }()
        var flow = ColumnFlow(engine: engine, x: x, y: y, width: prose ? min(width, measure) : width)
        let g = typography.gap
        switch block {
        case .title(let t): flow.text(t, font(block), after: g)
        case .heading(let t): flow.space(g * 0.6); flow.text(t, font(block), after: g * 0.6)
        case .subheading(let t): flow.space(g * 0.3); flow.text(t, font(block), after: g * 0.4)
        case .paragraph(let t): flow.text(t, font(block), after: g)
        case .bullet(let t), .strongBullet(let t):
            flow.hanging("•", t, font(block), labelWidth: typography.body * 1.2, after: g * 0.4, labelFont: font(block))
        case .figure(let name):
            let (items, height) = figure(name, x, y + g * 0.5, width)
            return (items, height + g * 1.5)
        }
        return (flow.items, flow.y - y)
    }

    func place(_ blocks: [TextBlock], on pages: inout PageSet, x: Double? = nil, width: Double? = nil) {
        let x = x ?? pages.left, width = width ?? pages.width
        for (i, block) in blocks.enumerated() {
            if case .figure(let name) = block, pagedFigure(name, &pages) { continue }
            var needed = layout(block, x: x, y: 0, width: width).height
            // A heading moves to the next page with the first thing under it.
            if case .heading = block, i + 1 < blocks.count { needed += layout(blocks[i + 1], x: x, y: 0, width: width).height }
            if case .subheading = block, i + 1 < blocks.count { needed += layout(blocks[i + 1], x: x, y: 0, width: width).height }
            pages.ensure(needed)
            let placed = layout(block, x: x, y: pages.y, width: width)
            pages.add(placed.items)
            pages.y += placed.height
        }
    }
}
