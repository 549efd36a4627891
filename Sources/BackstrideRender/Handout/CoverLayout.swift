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
        // A goal the plan cannot meet in time, or a race inside the plan, is said on the cover, not only at the end.
        if let outlook = plan.goal, outlook.status == .unrealistic || outlook.status == .insidePlan { context["goalNote"] = goalText ?? "" }
        // At a follow-up, the weeks lived are summed up on "Progress so far" instead of printed again.
        if let lived = plan.history?.count, lived > 0 {
            var updated: [String: Any] = ["lived": lived, "one": lived == 1]
            if lived < plan.weeks.count { updated["next"] = lived + 1 }
            context["updated"] = wording.phrase("progress", "updated", updated)
        }
        let history = historyItems()
        context["hasContext"] = !history.isEmpty
        context["context"] = history
        flow.place(wording.blocks("cover", context), on: &pages)
    }

    /// Past health printed for the doctor to know ("tell your doctor"), never as a reason to stop.
    func historyItems() -> [String] {
        plan.screening.context.map(\.reason)
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

    /// Blocks in a heavy-bordered box with the warning sign beside the first heading. Every block is laid out in
    /// the font it is painted in, so a bold line that wraps is measured as bold and never runs into the next.
    func warningBox(_ blocks: [TextBlock], x: Double, y: Double, width: Double) -> (items: [PageItem], height: Double) {
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
            items += placed.items
            cursor += max(placed.height, i == 0 ? sign + pad * 0.5 : 0)
        }
        let height = cursor - y + pad * 0.5
        let border = PageItem.box(Rect(x: x, y: y, width: width, height: height), stroke: Stroke(width: 3.5, color: .black),
                                  fill: nil, cornerRadius: 4)
        return ([border] + items, height)
    }

    /// A warning box placed at the current position, whole when it fits on a page. A box taller than a page (large
    /// print on small paper) breaks into parts, each in its own box under the same title: before a small heading
    /// where it can, so a list stays whole, otherwise between lines, and a heading never ends a part.
    func placeWarningBox(_ blocks: [TextBlock], on pages: inout PageSet) {
        let x = pages.left, width = pages.width
        func put(_ part: [TextBlock]) {
            let box = warningBox(part, x: x, y: pages.y + typography.gap * 0.5, width: width)
            pages.add(box.items)
            pages.y += box.height + typography.gap * 1.5
        }
        func height(_ part: [TextBlock]) -> Double { warningBox(part, x: x, y: 0, width: width).height + typography.gap * 1.5 }
        let fullPage = pages.bottom - pages.top
        if height(blocks) <= fullPage {
            pages.ensure(height(blocks))
            put(blocks)
            return
        }
        let title = blocks.first.map { [$0] } ?? []
        var start = title.count
        while start < blocks.count {
            let fresh = pages.y <= pages.top + 1
            var end = start
            while end < blocks.count, height(title + blocks[start...end]) <= pages.remaining { end += 1 }
            if end < blocks.count {
                if end > start, let section = (start + 1...end).last(where: { Self.isHeading(blocks[$0]) }) {
                    end = section
                } else if !fresh {
                    pages.newPage()
                    continue
                }
                while end - 1 > start, Self.isHeading(blocks[end - 1]) { end -= 1 }
            }
            if end == start {
                guard fresh else { pages.newPage(); continue }
                end = start + 1
            }
            put(title + blocks[start..<end])
            start = end
        }
    }

    static func isHeading(_ block: TextBlock) -> Bool {
        switch block {
        case .title, .heading, .subheading: return true
        default: return false
        }
    }

    /// The red-flag box's blocks: emergency signs first, then urgent, then routine. Reported signs are marked in
    /// words and set in bold; signs the clinician cleared move to their own list with what getting worse looks
    /// like. Reads the same in black and white: nothing here depends on colour.
    func redFlagBlocks() -> [TextBlock] {
        let findings = plan.screening.findings
        let reported = Set(findings.filter { !$0.cleared }.map(\.sign))
        let cleared = findings.filter(\.cleared)
        func lines(_ level: ScreeningLevel) -> [[String: Any]] {
            redFlagLines(level, reported: reported, cleared: Set(cleared.map(\.sign)))
        }
        let context: [String: Any] = [
            "emergency": lines(.emergency), "urgent": lines(.urgent), "routine": lines(.routine),
            // A clinic's red-flags.mustache from before the three levels lists `seeDoctor`: it still gets every line.
            "seeDoctor": lines(.urgent) + lines(.routine),
            "hasCleared": !cleared.isEmpty, "checkedBy": profile.symptoms.clearedBy ?? profile.clinician ?? "",
            "cleared": cleared.map { ["text": wording.phrase("signs", $0.sign), "worse": wording.phrase("worse", $0.sign)] },
        ]
        return wording.blocks("red-flags", context)
    }

    /// The one instruction a referral must get across, in a heavy box with the warning sign.
    func urgentBox(x: Double, y: Double, width: Double) -> (items: [PageItem], height: Double) {
        let started = plan.screening.level == .routine && !profile.log.isEmpty
        let text = wording.phrase("referral", plan.screening.level.rawValue + (started ? "_started" : ""))
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
