import BackstrideCore

extension HandoutLayout {
    /// "Progress so far", for a plan re-planned from a follow-up log: pain during and the next morning for every
    /// logged day of the weeks lived, how much of each week was done and its traffic light, and in words what each
    /// week decided. Printed before the week pages, or after the referral when the log withheld the rest (so the doctor
    /// sees the scores); without a log there is no such page.
    func progress(_ pages: inout PageSet) {
        guard let history = plan.history, !history.isEmpty else { return }
        pages.newPage(bookmark: wording.phrase("outline", "progress"))
        flow.place([.title(wording.phrase("progress", "title")), .paragraph(wording.phrase("progress", plan.withheld ? "intro_withheld" : "intro"))],
                   on: &pages)
        let chart = painChart(history, x: pages.left, y: pages.y, width: pages.width)
        pages.add(chart.items)
        pages.y += chart.height + typography.gap
        var blocks: [TextBlock] = [.heading(wording.phrase("progress", "weeks"))]
        for week in history { blocks.append(.bullet(weekLine(week))) }
        if plan.contactClinician == true { blocks.append(.strongBullet(wording.phrase("progress", "contact", ["contact": contact]))) }
        flow.place(blocks, on: &pages)
    }

    /// A lived week's traffic light in words ("amber"), or that nothing was written down.
    func lightWord(_ week: HistoryWeek) -> String {
        week.light.map { wording.phrase("progress", "light_\($0.rawValue)") } ?? wording.phrase("progress", "light_none")
    }

    /// What a lived week was and what it decided, in words.
    func weekLine(_ week: HistoryWeek) -> String {
        var context: [String: Any] = ["number": week.number, "light": lightWord(week)]
        if let percent = week.donePercent { context["done"] = wording.phrase("progress", "done", ["percent": percent]) }
        if let d = week.worstDuring { context["pain"] = wording.phrase("progress", "pain", ["during": d, "morning": week.worstMorning ?? d]) }
        context["decided"] = decision(week)
        // The client's own words from the sheet, so the physio reading the page sees them beside the scores.
        let notes = week.entries.compactMap(\.note)
        if !notes.isEmpty { context["notes"] = notes.joined(separator: "; ") }
        return wording.phrase("progress", "week", context)
    }

    /// What the week decided for the next: after the last week lived, the plan may have stopped (withheld) or ended.
    func decision(_ week: HistoryWeek) -> String {
        let lastLived = week.number == plan.history?.last?.number
        if lastLived, plan.withheld { return wording.phrase("progress", "outcome_withheld") }
        if lastLived, week.number >= plan.weeks.count { return wording.phrase("progress", "outcome_last") }
        return wording.phrase("progress", "outcome_\(week.outcome.rawValue)", ["next": week.number + 1])
    }

    /// Pain 0-10 by day: during as a solid line with filled dots, the next morning dashed with open squares. The
    /// limits of green (3) and amber (5) are ruled and labelled, so the chart reads in black and white.
    func painChart(_ history: [HistoryWeek], x: Double, y: Double, width: Double) -> (items: [PageItem], height: Double) {
        let small = typography.smallFont
        let axis = typography.body * 2.2
        let height = typography.body * 12
        let plotX = x + axis, plotWidth = width - axis
        let footer = small.size * 3.2
        let top = y + small.size, bottom = y + height - footer
        func yFor(_ pain: Int) -> Double { bottom - (bottom - top) * Double(pain) / 10 }
        var items: [PageItem] = []
        for (pain, label) in [(0, "0"), (ProgressionRules.greenPainUpTo, "\(ProgressionRules.greenPainUpTo)"),
                              (ProgressionRules.amberPainUpTo, "\(ProgressionRules.amberPainUpTo)"), (10, "10")] {
            let ly = yFor(pain)
            items.append(.line(from: Point(plotX, ly), to: Point(plotX + plotWidth, ly), stroke: Stroke(width: pain == 0 ? 1 : 0.6, color: pain == 0 ? .ink : .rule)))
            items.append(.text(label, font: small, frame: Rect(x: x, y: ly - small.size * 0.7, width: axis - 6, height: small.size * 1.4), color: .muted, alignment: .right))
        }
        let column = plotWidth / Double(history.count)
        var during: [Point] = [], morning: [Point] = []
        for (i, week) in history.enumerated() {
            let left = plotX + Double(i) * column
            if i > 0 { items.append(.line(from: Point(left, top), to: Point(left, bottom), stroke: Stroke(width: 0.6, color: .rule, dash: [2, 2]))) }
            // A week logged as a whole is one point in its middle; a week logged by day, a point per logged day.
            let points: [(Double, LogEntry)] = week.entries.map { e in
                if case .day(let d) = e.when, let start = plan.weeks.first(where: { $0.number == week.number })?.start {
                    return (left + column * (Double(start.days(until: d)) + 0.5) / 7, e)
                }
                return (left + column / 2, e)
            }
            for (px, e) in points {
                if let d = e.during { during.append(Point(px, yFor(d))) }
                if let m = e.morning { morning.append(Point(px, yFor(m))) }
            }
            let label = wording.phrase("outline", "week", ["number": week.number]) + ": " + lightWord(week)
                + (week.donePercent.map { "\n" + wording.phrase("progress", "chart_done", ["percent": $0]) } ?? "")
            items.append(.text(label, font: small, frame: Rect(x: left, y: bottom + small.size * 0.3, width: column, height: footer - small.size * 0.3),
                               color: .ink, alignment: .center))
        }
        // Mornings first, as open squares a little larger than the dots: a morning score equal to the one during
        // shows as a dot inside a square rather than one mark hiding the other.
        let square = typography.body * 0.65, dot = typography.body * 0.45
        func marker(_ p: Point, filled: Bool) -> PageItem {
            let size = filled ? dot : square
            return .box(Rect(x: p.x - size / 2, y: p.y - size / 2, width: size, height: size), stroke: Stroke(width: 1.2, color: .ink),
                        fill: filled ? .ink : .white, cornerRadius: filled ? size / 2 : 0)
        }
        for (series, dash, filled) in [(morning, [4.0, 3.0], false), (during, [Double](), true)] {
            for (a, b) in zip(series, series.dropFirst()) { items.append(.line(from: a, to: b, stroke: Stroke(width: 1.4, color: .ink, dash: dash))) }
            items += series.map { marker($0, filled: filled) }
        }
        // The key, under the chart.
        let keyY = y + height + small.size * 0.2
        let keyItems: [(String, [Double], Bool)] = [(wording.phrase("progress", "key_during"), [], true), (wording.phrase("progress", "key_morning"), [4, 3], false)]
        var kx = plotX
        for (text, dash, filled) in keyItems {
            let mid = keyY + small.size * 0.7
            items.append(.line(from: Point(kx, mid), to: Point(kx + typography.body * 2, mid), stroke: Stroke(width: 1.4, color: .ink, dash: dash)))
            items.append(marker(Point(kx + typography.body, mid), filled: filled))
            let w = engine.layout(text, font: small, width: nil).size.width
            items.append(.text(text, font: small, frame: Rect(x: kx + typography.body * 2.5, y: keyY, width: w + 2, height: small.size * 1.4), color: .ink, alignment: .left))
            kx += typography.body * 3.5 + w
        }
        return (items, height + small.size * 1.8)
    }
}
