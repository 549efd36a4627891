import BackstrideCore

/// The library catalogue: every exercise card, for a clinician reviewing the library and its drawings.
public struct CatalogueLayout {
    let engine: TextEngine
    let typography: Typography
    let size: PageSize

    public init(engine: TextEngine, typography: Typography = .standard, size: PageSize = .a4) {
        self.engine = engine
        self.typography = typography
        self.size = size
    }

    public func pages(_ library: ExerciseLibrary) -> [LaidOutPage] {
        let grid = CardGrid(size: size, typography: typography, columns: 1)
        let cardLayout = ExerciseCardLayout(engine: engine, typography: typography)
        let labels = CardLabels(dose: "Dosage", howTo: "How to do it", mistake: "Common mistake:", stop: "Avoid or stop:")
        let cards = library.exercises.map { exercise in
            let content = ExerciseCardContent(
                dosageLines: exercise.dosage.enumerated().map { ("Level \($0.offset + 1)", $0.element.description) },
                whyLabel: "Targets:",
                why: exercise.targets.map { $0.rawValue.replacingOccurrences(of: "_", with: " ") }.joined(separator: ", ")
                    + ". Phases: \(exercise.phases.map(\.rawValue).joined(separator: ", ")). Needs: "
                    + exercise.equipment.map { $0.rawValue.replacingOccurrences(of: "_", with: " ") }.joined(separator: ", ")
                    + (exercise.flareSafe ? ". Safe during a flare." : ". Not during a flare."),
                labels: labels)
            return cardLayout.layout(exercise, content, width: grid.columnWidth)
        }
        var header = ColumnFlow(engine: engine, x: typography.margin, y: typography.margin, width: size.width - 2 * typography.margin)
        header.text("Exercise library", typography.titleFont, after: 2)
        header.text("\(library.exercises.count) exercises. Faint dashed figure: start position. Solid figure: end position. The arrow shows the movement.",
                    typography.smallFont, color: .muted, after: typography.gap)
        let bodies = grid.pages(cards, firstTop: header.y, top: typography.margin)
        return bodies.enumerated().map { index, items in
            var page = LaidOutPage(size: size, items: (index == 0 ? header.items : []) + items)
            if index == 0 { page.bookmark = .init(title: "Exercise library", nested: false) }
            page.items.append(footer("Backstride exercise library", page: index + 1, of: bodies.count))
            return page
        }
    }

    func footer(_ title: String, page: Int, of count: Int) -> PageItem {
        .text("\(title) · page \(page) of \(count)", font: typography.smallFont,
              frame: Rect(x: typography.margin, y: size.height - typography.margin - typography.smallFont.size * 1.2,
                          width: size.width - 2 * typography.margin, height: typography.smallFont.size * 1.3),
              color: .muted, alignment: .right)
    }
}
