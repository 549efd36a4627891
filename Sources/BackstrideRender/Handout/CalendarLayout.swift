import BackstrideCore

extension HandoutLayout {
    /// One week on a page: Monday to Sunday with dates, each day's sessions with a tick box each, boxes to
    /// write pain during and next morning, the week's focus and its rule for moving on. A day never splits.
    func calendar(_ week: PlanWeek, _ pages: inout PageSet) {
        pages.newPage(bookmark: wording.phrase("outline", "week", ["number": week.number]))
        weekHeader(week, continued: false, &pages)
        let table = CalendarTable(width: pages.width, typography: typography)
        tableHeader(table, &pages)
        for day in week.days {
            let row = dayRow(day, week: week, table: table, x: pages.left)
            if row.height > pages.remaining {
                pages.newPage()
                weekHeader(week, continued: true, &pages)
                tableHeader(table, &pages)
            }
            pages.add(row.items.map { $0.offset(0, pages.y) })
            pages.y += row.height
        }
        weekFooter(week, &pages)
    }

    struct CalendarTable {
        let day: Double, done: Double, pain: Double, plan: Double
        init(width: Double, typography t: Typography) {
            day = t.body * 5.2
            done = t.body * 3.2
            pain = t.body * 5
            plan = width - day - done - 2 * pain
        }
    }

    func weekHeader(_ week: PlanWeek, continued: Bool, _ pages: inout PageSet) {
        let title = continued ? wording.phrase("week", "continued", ["number": week.number])
            : wording.phrase("week", "title", ["number": week.number, "weeks": plan.weeks.count])
        var blocks: [TextBlock] = [.title(title)]
        if !continued {
            var line = wording.phrase("phases", week.phase.rawValue) + " · "
                + wording.phrase("week", "dates", ["start": date(week.start), "end": date(week.end)])
            if week.cutback { line += " · " + wording.phrase("week", "cutback") }
            blocks.append(.subheading(line))
            blocks.append(.paragraph(focusText([week], phase: week.phase, brief: true)))
            // What changed and why, as one paragraph: a week must fit its page.
            var changes = changeLines(week)
            if week.runs.contains(where: { $0.cadence != nil }) { changes.append(wording.phrase("week", "count_steps")) }
            if !changes.isEmpty {
                blocks.append(.subheading(wording.phrase("week", "changes")))
                blocks.append(.paragraph(changes.joined(separator: " ")))
            }
            blocks.append(.strongBullet(wording.phrase("week", "moving_on", ["green": plan.painRule.greenUpTo])))
        }
        flow.place(blocks, on: &pages)
    }

    func tableHeader(_ table: CalendarTable, _ pages: inout PageSet) {
        let font = typography.smallFont
        let h = font.size * 2.6
        let x = pages.left, y = pages.y
        let columns: [(String, Double, Double, TextAlignment)] = [
            (wording.phrase("week", "day"), x, table.day, .left),
            (wording.phrase("week", "plan"), x + table.day, table.plan, .left),
            (wording.phrase("week", "done"), x + table.day + table.plan, table.done, .center),
            (wording.phrase("week", "pain_during"), x + table.day + table.plan + table.done, table.pain, .center),
            (wording.phrase("week", "next_morning"), x + table.day + table.plan + table.done + table.pain, table.pain, .center),
        ]
        var items: [PageItem] = []
        for (text, cx, w, alignment) in columns {
            let th = engine.layout(text, font: font, width: w - 4).size.height
            items.append(.text(text, font: font, frame: Rect(x: cx + 2, y: y + h - th - 3, width: w - 4, height: th), color: .muted, alignment: alignment))
        }
        items.append(.line(from: Point(x, y + h), to: Point(x + pages.width, y + h), stroke: Stroke(width: 1.2, color: .ink)))
        pages.add(items)
        pages.y += h
    }

    /// A day's row, laid out from y = 0.
    func dayRow(_ day: PlanDay, week: PlanWeek, table: CalendarTable, x: Double) -> (items: [PageItem], height: Double) {
        let pad = typography.body * 0.38
        var items: [PageItem] = []
        var flow = ColumnFlow(engine: engine, x: x + 2, y: pad, width: table.day - 4)
        flow.text(weekdayName(day.weekday, short: true), typography.strongFont, after: 1)
        flow.text(shortDate(day.date), typography.smallFont, color: .muted)
        items += flow.items
        let box = typography.body * 1.5
        let doneX = x + table.day + table.plan + (table.done - box) / 2
        var column = ColumnFlow(engine: engine, x: x + table.day + 2, y: pad, width: table.plan - 4)
        if day.sessions.isEmpty {
            column.text(wording.phrase("week", "before_start"), typography.bodyFont, color: .muted)
        }
        for session in day.sessions {
            let (title, lines) = describe(session)
            let lineTop = column.y
            column.text(title, session.isTraining ? typography.strongFont : typography.bodyFont, after: 1)
            for line in lines { column.text(line, typography.bodyFont, indent: typography.body, after: 1) }
            column.space(pad * 0.6)
            if session.kind != .rest {
                items.append(.tickBox(Rect(x: doneX, y: lineTop, width: box, height: box)))
            }
        }
        items += column.items
        let hasWork = day.sessions.contains { $0.kind != .rest }
        let painBox = Rect(x: 0, y: pad, width: typography.body * 2.6, height: box * 1.2)
        if hasWork {
            for i in 0..<2 {
                let cx = x + table.day + table.plan + table.done + Double(i) * table.pain + (table.pain - painBox.width - typography.body * 1.6) / 2
                items.append(.box(Rect(x: cx, y: pad, width: painBox.width, height: painBox.height), stroke: Stroke(width: 1.2, color: .ink),
                                  fill: nil, cornerRadius: 2))
                let suffix = wording.phrase("week", "of_ten")
                items.append(.text(suffix, font: typography.smallFont,
                                   frame: Rect(x: cx + painBox.width + 2, y: pad + painBox.height - typography.smallFont.size * 1.3,
                                               width: typography.body * 1.8, height: typography.smallFont.size * 1.3),
                                   color: .muted, alignment: .left))
            }
        }
        let height = max(column.y, flow.y, pad + painBox.height) + pad
        items.append(.line(from: Point(x, height), to: Point(x + table.day + table.plan + table.done + 2 * table.pain, height),
                           stroke: Stroke(width: 0.6, color: .rule)))
        return (items, height)
    }

    /// A session's heading line and its detail lines, in the handout's words.
    func describe(_ s: Session) -> (String, [String]) {
        var lines: [String] = []
        func name(_ e: PrescribedExercise) -> String { library[e.id]?.name ?? e.id }
        func exerciseLine(_ e: PrescribedExercise) -> String { "\(name(e)): \(e.dosage)" }
        switch s.kind {
        case .run, .walkRun:
            let title: String
            if let i = s.intervals {
                title = wording.phrase("session", "walk_run", ["walk": i.walkMinutes, "run": i.runMinutes, "repeats": i.repeats, "minutes": s.minutes ?? 0])
            } else if s.byTime == true {
                title = wording.phrase("session", "jog", ["minutes": s.minutes ?? 0])
            } else {
                title = wording.phrase("session", s.long == true ? "long_run" : "run", ["distance": distance(s.distance ?? 0)])
            }
            // Cadence and warm-up share a line, and warm-ups show names only (the doses are on the cards):
            // a week must fit its page.
            var detail: [String] = []
            if let c = s.cadence { detail.append(wording.phrase("session", "cadence", ["cadence": c])) }
            if !s.exercises.isEmpty {
                detail.append(wording.phrase("session", "warm_up", ["list": s.exercises.map(name).joined(separator: ", ")]))
            }
            if !detail.isEmpty { lines.append(detail.joined(separator: ". ")) }
            return (title, lines)
        case .strength:
            var values: [String: Any] = ["minutes": s.minutes ?? 0]
            if let label = s.label { values["label"] = label }
            return (wording.phrase("session", "strength", values), s.exercises.map(exerciseLine))
        case .mobility:
            // One line where it fits: the routine is short and the same most days.
            return (wording.phrase("session", "mobility", ["minutes": s.minutes ?? 0, "list": s.exercises.map(name).joined(separator: ", ")]), [])
        case .crossTrain:
            return (wording.phrase("session", "cross_train", ["minutes": s.minutes ?? 0]), [])
        case .rest:
            return (wording.phrase("week", "rest"), [])
        }
    }

    /// A ruled notes area under the table, as tall as the page allows (at least one line), when there is room.
    func weekFooter(_ week: PlanWeek, _ pages: inout PageSet) {
        let lineGap = typography.body * 2
        // Notes share the week's last page or are left out: a page holding only "Notes" is waste.
        guard pages.remaining >= typography.gap + typography.body * 1.4 + lineGap else { return }
        pages.y += typography.gap
        let x = pages.left
        var items: [PageItem] = [.text(wording.phrase("week", "notes"), font: typography.strongFont,
                                       frame: Rect(x: x, y: pages.y, width: pages.width, height: typography.body * 1.4), color: .ink, alignment: .left)]
        var ly = pages.y + typography.body * 1.4
        var lines = 0
        while lines < 4, ly + lineGap <= pages.bottom {
            ly += lineGap
            items.append(.line(from: Point(x, ly), to: Point(x + pages.width, ly), stroke: Stroke(width: 0.6, color: .rule)))
            lines += 1
        }
        pages.add(items)
        pages.y = ly
    }
}
