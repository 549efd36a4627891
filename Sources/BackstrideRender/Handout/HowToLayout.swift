import BackstrideCore

extension HandoutLayout {
    func howToUse(_ pages: inout PageSet) {
        pages.newPage(bookmark: wording.phrase("outline", "how_to"))
        let sessions = plan.weeks.flatMap(\.days).flatMap(\.sessions)
        let runExercises = sessions.filter(\.isRun).flatMap(\.exercises).compactMap { library[$0.id] }
        // Each sentence about the plan's contents only when the plan holds it.
        let context: [String: Any] = [
            "shoes": plan.notes.contains("shoes"), "surfaces": plan.notes.contains("surfaces"),
            "stricterStart": plan.notes.contains("stricter_start"), "cadenceEstimated": plan.notes.contains("cadence_estimated"),
            "cadence": plan.notes.contains("cadence_counting"), "oneStrengthSession": plan.notes.contains("one_strength_session"),
            "mobility": sessions.contains { $0.kind == .mobility && !$0.exercises.isEmpty },
            "warmUp": runExercises.contains { $0.category != .runningForm },
            "stretches": sessions.flatMap(\.exercises).contains { library[$0.id]?.category == .stretch },
            "shoeLife": wording.phrase("shoes", plan.units.rawValue),
        ]
        flow.place(wording.blocks("how-to-use", context), on: &pages)
    }

    /// Three rows, green to red. The word and the number carry the meaning; the shade of each lamp
    /// (light, mid, dark) only repeats it, so the light reads in black and white.
    func trafficLight(x: Double, y: Double, width: Double) -> (items: [PageItem], height: Double) {
        let rule = plan.painRule
        let values: [String: Any] = ["green": rule.greenUpTo, "amberFrom": rule.greenUpTo + 1, "amber": rule.amberUpTo, "contact": contact]
        let rows: [(String, Color)] = [("green", .gray(0.95)), ("amber", .gray(0.7)), ("red", .gray(0.25))]
        var items: [PageItem] = []
        var cursor = y
        let lamp = typography.body * 2.2
        let gap = typography.body * 0.5
        for (key, shade) in rows {
            let text = wording.phrase("light", key, values)
            let textWidth = width - lamp - 3 * gap
            let h = max(lamp, engine.layout(text, font: typography.bodyFont, width: textWidth).size.height) + gap
            items.append(.box(Rect(x: x, y: cursor, width: width, height: h), stroke: Stroke(width: 1, color: .rule), fill: nil, cornerRadius: 4))
            items.append(.box(Rect(x: x + gap, y: cursor + (h - lamp) / 2, width: lamp, height: lamp), stroke: Stroke(width: 1.5, color: .ink),
                              fill: shade, cornerRadius: lamp / 2))
            let textHeight = engine.layout(text, font: typography.bodyFont, width: textWidth).size.height
            items.append(.text(text, font: typography.bodyFont, frame: Rect(x: x + lamp + 2 * gap, y: cursor + (h - textHeight) / 2, width: textWidth, height: textHeight),
                               color: .ink, alignment: .left))
            cursor += h + gap * 0.6
        }
        // The calendar is dated: repeating or going back a week moves every later date.
        let note = wording.phrase("light", "dates")
        let noteHeight = engine.layout(note, font: typography.bodyFont, width: width).size.height
        items.append(.text(note, font: typography.bodyFont, frame: Rect(x: x, y: cursor + gap * 0.4, width: width, height: noteHeight),
                           color: .ink, alignment: .left))
        cursor += gap * 0.4 + noteHeight
        return (items, cursor - y)
    }
}
