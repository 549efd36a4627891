import BackstrideCore

extension HandoutLayout {
    /// Phases on a timeline, weekly running volume as bars (cutback weeks pale, walk-run weeks dashed),
    /// and the cadence target under each week.
    func overview(_ pages: inout PageSet) {
        pages.newPage(bookmark: wording.phrase("outline", "overview"))
        flow.place([.title(wording.phrase("overview", "title"))], on: &pages)
        let x = pages.left, width = pages.width
        let n = plan.weeks.count
        let label = typography.body * 4.2
        let column = (width - label) / Double(n)
        let small = typography.smallFont
        var items: [PageItem] = []

        // Phases timeline.
        var y = pages.y
        // Tall enough for the longest phase name, which wraps in a short phase on large print.
        let band = plan.weeks.reduce(typography.body * 2.2) { tallest, week in
            let span = Double(plan.weeks.filter { $0.phase == week.phase }.count) * column - 6
            let name = wording.phrase("phases", week.phase.rawValue)
            return max(tallest, engine.layout(name, font: typography.strongFont, width: span).size.height + typography.body * 0.6)
        }
        items.append(.text(wording.phrase("overview", "phases"), font: small, frame: Rect(x: x, y: y + band * 0.25, width: label, height: band), color: .muted, alignment: .left))
        var start = 0
        while start < n {
            let phase = plan.weeks[start].phase
            var end = start
            while end + 1 < n, plan.weeks[end + 1].phase == phase { end += 1 }
            let shade: Color = phase == .settle ? .gray(0.93) : phase == .build ? .gray(0.82) : .gray(0.7)
            let rect = Rect(x: x + label + Double(start) * column + 1, y: y, width: Double(end - start + 1) * column - 2, height: band)
            items.append(.box(rect, stroke: Stroke(width: 0.8, color: .muted), fill: shade, cornerRadius: 3))
            let name = wording.phrase("phases", phase.rawValue)
            let h = engine.layout(name, font: typography.strongFont, width: rect.width - 4).size.height
            items.append(.text(name, font: typography.strongFont, frame: Rect(x: rect.x + 2, y: rect.y + (band - h) / 2, width: rect.width - 4, height: h),
                               color: .ink, alignment: .center))
            start = end + 1
        }
        y += band + typography.gap * 1.5

        // Week labels.
        for (i, week) in plan.weeks.enumerated() {
            let text = wording.phrase("outline", "week", ["number": week.number])
            items.append(.text(text, font: small, frame: Rect(x: x + label + Double(i) * column, y: y, width: column, height: small.size * 1.4),
                               color: .ink, alignment: .center))
        }
        y += small.size * 1.6

        // Volume bars.
        let chartHeight = min(typography.body * 18, pages.bottom - y - typography.body * 12)
        let top = plan.weeks.map(\.volume).max() ?? 1
        let volumeCaption = wording.phrase("overview", "volume", ["units": plan.units.rawValue])
        items.append(.text(volumeCaption, font: small,
                           frame: Rect(x: x, y: y, width: label - 4, height: engine.layout(volumeCaption, font: small, width: label - 4).size.height),
                           color: .muted, alignment: .left))
        let baseline = y + chartHeight
        items.append(.line(from: Point(x + label, baseline), to: Point(x + width, baseline), stroke: Stroke(width: 1, color: .ink)))
        for (i, week) in plan.weeks.enumerated() {
            let h = top > 0 ? (week.volume / top) * (chartHeight - small.size * 2) : 0
            let bar = Rect(x: x + label + Double(i) * column + column * 0.2, y: baseline - h, width: column * 0.6, height: h)
            let walkRun = week.days.contains { $0.sessions.contains { $0.kind == .walkRun } }
            let fill: Color? = week.cutback ? .gray(0.88) : walkRun ? nil : .gray(0.45)
            let stroke = Stroke(width: 1.2, color: .ink, dash: walkRun ? [3, 2] : [])
            if h > 0 { items.append(.box(bar, stroke: stroke, fill: fill, cornerRadius: 0)) }
            let value = Self.number(week.volume)
            items.append(.text(value, font: small, frame: Rect(x: x + label + Double(i) * column, y: baseline - h - small.size * 1.5, width: column, height: small.size * 1.4),
                               color: .ink, alignment: .center))
        }
        y = baseline + typography.gap
        // At a follow-up, each week already lived shows its traffic light under its bar.
        if let history = plan.history, !history.isEmpty {
            for (i, week) in history.enumerated() {
                let light = lightWord(week)
                let h = engine.layout(light, font: small, width: column).size.height
                items.append(.text(light, font: small, frame: Rect(x: x + label + Double(i) * column, y: y - typography.gap * 0.6, width: column, height: h),
                                   color: .ink, alignment: .center))
            }
            y += small.size * 2.6
        }

        // Cadence row.
        if plan.baseCadence != nil {
            let caption = wording.phrase("overview", "cadence")
            let captionHeight = engine.layout(caption, font: small, width: label - 4).size.height
            items.append(.text(caption, font: small, frame: Rect(x: x, y: y, width: label - 4, height: captionHeight),
                               color: .muted, alignment: .left))
            for (i, week) in plan.weeks.enumerated() {
                let target = week.days.flatMap(\.sessions).compactMap(\.cadence).first
                let text = target.map(String.init) ?? wording.phrase("overview", "no_cadence")
                items.append(.text(text, font: typography.strongFont, frame: Rect(x: x + label + Double(i) * column, y: y, width: column, height: typography.body * 1.4),
                                   color: .ink, alignment: .center))
            }
            y += max(captionHeight, typography.body * 1.4)
        }
        pages.add(items)
        pages.y = y + typography.gap
        var keys: [TextBlock] = []
        if plan.history?.isEmpty == false { keys.append(.paragraph(wording.phrase("progress", "lived_key"))) }
        if plan.weeks.contains(where: \.cutback) { keys.append(.paragraph(wording.phrase("overview", "cutback_key"))) }
        if plan.weeks.contains(where: { $0.days.contains { $0.sessions.contains { $0.kind == .walkRun } } }) {
            keys.append(.paragraph(wording.phrase("overview", "walk_run_key")))
        }
        // What each phase is for, in the order the plan meets them.
        var seen: [Phase] = []
        for week in plan.weeks where !seen.contains(week.phase) {
            seen.append(week.phase)
            keys.append(.subheading(wording.phrase("phases", week.phase.rawValue)))
            keys.append(.paragraph(focusText(plan.weeks.filter { $0.phase == week.phase }, phase: week.phase)))
        }
        flow.place(keys, on: &pages)
    }
}
