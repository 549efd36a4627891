import BackstrideCore

extension HandoutLayout {
    /// One week on its own, for the clinic's weekly print pack and for emailing: that week's calendar and the
    /// cards of the exercises it uses. A withheld plan gives its referral pages instead.
    public func weekPages(containing day: CalendarDate) -> [LaidOutPage] {
        guard !plan.withheld else { return pages() }
        guard let week = plan.week(containing: day) else { return [] }
        var pages = PageSet(size: options.paper, typography: typography, accent: options.clinic?.accent)
        calendar(week, &pages)
        exerciseCards(&pages, ids: [week].exerciseIds)
        pages.addFooters(left: wording.phrase("pack", "footer", ["number": week.number, "clientName": plan.client]),
                         pageLabel: pageLabel, engine: engine)
        var result = pages.pages
        if !result.isEmpty { result[0].bookmark = .init(title: wording.phrase("pack", "outline", ["clientName": plan.client]), nested: false) }
        return result
    }
}

/// The cover sheet of a weekly print pack: who is in it, and who is not and why.
public struct PackCoverLayout {
    public struct Row: Sendable {
        public var client: String
        public var clinician: String
        public var detail: String
        public init(client: String, clinician: String, detail: String) {
            self.client = client
            self.clinician = clinician
            self.detail = detail
        }
    }

    let engine: TextEngine
    let wording: HandoutWording
    let size: PageSize
    let typography: Typography

    public init(engine: TextEngine, wording: HandoutWording, size: PageSize, typography: Typography = .standard) {
        self.engine = engine
        self.wording = wording
        self.size = size
        self.typography = typography
    }

    public func pages(weekOf date: String, included: [Row], excluded: [Row]) -> [LaidOutPage] {
        var pages = PageSet(size: size, typography: typography, accent: nil)
        pages.newPage(bookmark: wording.phrase("pack", "title", ["date": date]))
        let flow = BlockFlow(engine: engine, typography: typography)
        flow.place([.title(wording.phrase("pack", "title", ["date": date])),
                    .paragraph(wording.phrase("pack", "made", ["count": included.count]))], on: &pages)
        table(wording.phrase("pack", "in_pack"), [wording.phrase("pack", "client"), wording.phrase("pack", "clinician"), wording.phrase("pack", "week")],
              included, flow: flow, &pages)
        if !excluded.isEmpty {
            table(wording.phrase("pack", "not_in_pack"), [wording.phrase("pack", "client"), wording.phrase("pack", "clinician"), wording.phrase("pack", "reason")],
                  excluded, flow: flow, &pages)
        }
        pages.addFooters(left: wording.phrase("pack", "title", ["date": date]), pageLabel: { page, count in
            wording.phrase("footer", "page", ["page": page, "pages": count])
        }, engine: engine)
        return pages.pages
    }

    private func table(_ title: String, _ headers: [String], _ rows: [Row], flow: BlockFlow, _ pages: inout PageSet) {
        flow.place([.heading(title)], on: &pages)
        let widths = [pages.width * 0.4, pages.width * 0.3, pages.width * 0.3]
        func row(_ cells: [String], font: FontSpec) -> (items: [PageItem], height: Double) {
            var x = pages.left
            var items: [PageItem] = []
            var height = 0.0
            for (cell, w) in zip(cells, widths) {
                let h = engine.layout(cell, font: font, width: w - 6).size.height
                items.append(.text(cell, font: font, frame: Rect(x: x, y: 0, width: w - 6, height: h), color: .ink, alignment: .left))
                height = max(height, h)
                x += w
            }
            items.append(.line(from: Point(pages.left, height + 3), to: Point(pages.left + pages.width, height + 3), stroke: Stroke(width: 0.5, color: .rule)))
            return (items, height + 6)
        }
        for (cells, font) in [(headers, typography.strongFont)] + rows.map({ ([$0.client, $0.clinician, $0.detail], typography.bodyFont) }) {
            let r = row(cells, font: font)
            pages.ensure(r.height)
            pages.add(r.items.map { $0.offset(0, pages.y) })
            pages.y += r.height
        }
    }
}
