import BackstrideCore

extension HandoutLayout {
    func cover(_ pages: inout PageSet) {
        pages.newPage(bookmark: wording.phrase("outline", "cover"))
        clinicHeader(&pages)
        var context: [String: Any] = [
            "clientName": plan.client, "weeks": plan.weeks.count,
            "start": date(profile.schedule.start), "end": date(planEnd),
            "findings": profile.weaknesses.map { wording.phrase("findings", $0.weakness.rawValue) },
        ]
        if let clinician = profile.clinician { context["clinician"] = clinician }
        if let clinic = options.clinic?.name ?? profile.clinic { context["clinic"] = clinic }
        if let assessed = profile.assessed { context["assessed"] = date(assessed) }
        if let goal = profile.running.goal { context["goal"] = goal }
        if let goalDate = profile.running.goalDate { context["goalDate"] = date(goalDate) }
        flow.place(wording.blocks("cover", context), on: &pages)
    }

    /// Logo, clinic name and contact across the top of the cover.
    func clinicHeader(_ pages: inout PageSet) {
        guard let clinic = options.clinic else { return }
        var x = pages.left
        let logoHeight = typography.body * 4
        var height = 0.0
        if let logo = clinic.logo {
            pages.add([.image(logo, frame: Rect(x: x, y: pages.y, width: logoHeight * 2, height: logoHeight))])
            x += logoHeight * 2 + typography.body
            height = logoHeight
        }
        var column = ColumnFlow(engine: engine, x: x, y: pages.y, width: pages.left + pages.width - x)
        column.text(clinic.name, typography.subheadingFont, after: 2)
        for line in [clinic.address, clinic.phone].compactMap({ $0 }) { column.text(line, typography.smallFont, color: .muted, after: 1) }
        pages.add(column.items)
        pages.y = max(pages.y + height, column.y) + typography.gap
        pages.add([.line(from: Point(pages.left, pages.y), to: Point(pages.left + pages.width, pages.y),
                         stroke: Stroke(width: 1, color: clinic.accent ?? .rule))])
        pages.y += typography.gap * 2
    }

    /// For a runner without a clinician: when to get help, in a box as heavy as the red-flag box.
    func selfGuidedBox(x: Double, y: Double, width: Double) -> (items: [PageItem], height: Double) {
        warningBox(wording.blocks("self-guided", [:]), x: x, y: y, width: width)
    }

    /// Blocks in a heavy-bordered box with the warning sign beside the first heading.
    func warningBox(_ blocks: [TextBlock], x: Double, y: Double, width: Double, bold: (String) -> Bool = { _ in false })
        -> (items: [PageItem], height: Double) {
        let pad = typography.body
        let sign = typography.body * 2.6
        var items: [PageItem] = [.warningSign(Rect(x: x + pad, y: y + pad, width: sign, height: sign * 0.87))]
        var cursor = y + pad
        var flow = self.flow
        flow.measure = .infinity
        for (i, block) in blocks.enumerated() {
            // The first heading sits beside the warning sign; the rest use the full inner width.
            let indent = i == 0 ? sign + pad * 0.8 : 0
            let placed = flow.layout(block, x: x + pad + indent, y: cursor + (i == 0 ? sign * 0.05 : 0), width: width - 2 * pad - indent)
            items += placed.items.map { item in
                if case let .text(s, font, frame, color, alignment) = item, bold(s) {
                    return .text(s, font: FontSpec(size: font.size, bold: true), frame: frame, color: color, alignment: alignment)
                }
                return item
            }
            cursor += max(placed.height, i == 0 ? sign + pad * 0.5 : 0)
        }
        let height = cursor - y + pad * 0.5
        let border = PageItem.box(Rect(x: x, y: y, width: width, height: height), stroke: Stroke(width: 3.5, color: .black),
                                  fill: nil, cornerRadius: 4)
        return ([border] + items, height)
    }

    /// The red-flag box: a heavy border and a drawn warning sign, emergency signs first.
    /// Reads the same in black and white: nothing here depends on colour.
    func redFlagBox(x: Double, y: Double, width: Double) -> (items: [PageItem], height: Double) {
        let reported = Set(plan.screening.signs)
        func entries(_ tier: RedFlagSign.Tier) -> [[String: Any]] {
            RedFlagSign.allCases.filter { $0.tier == tier }.map {
                ["text": wording.phrase("signs", $0.rawValue), "reported": reported.contains($0.rawValue)]
            }
        }
        let blocks = wording.blocks("red-flags", ["emergency": entries(.emergency), "seeDoctor": entries(.seeDoctor)])
        // Reported signs are set in bold so they stand out on the page as well as in words.
        return warningBox(blocks, x: x, y: y, width: width) { s in
            s.hasSuffix(")") && reported.contains { s.hasPrefix(self.wording.phrase("signs", $0)) }
        }
    }

    /// The one instruction a referral must get across, in a heavy box with the warning sign.
    func urgentBox(x: Double, y: Double, width: Double) -> (items: [PageItem], height: Double) {
        let text = wording.phrase("referral", plan.screening.level == .emergency ? "emergency" : "see_doctor")
        let pad = typography.body
        let sign = typography.body * 2.6
        let font = typography.headingFont
        let textWidth = width - 3 * pad - sign
        let h = engine.layout(text, font: font, width: textWidth).size.height
        let height = max(h, sign * 0.87) + 2 * pad
        return ([
            .box(Rect(x: x, y: y, width: width, height: height), stroke: Stroke(width: 3.5, color: .black), fill: nil, cornerRadius: 4),
            .warningSign(Rect(x: x + pad, y: y + (height - sign * 0.87) / 2, width: sign, height: sign * 0.87)),
            .text(text, font: font, frame: Rect(x: x + 2 * pad + sign, y: y + (height - h) / 2, width: textWidth, height: h), color: .ink, alignment: .left),
        ], height)
    }
}
