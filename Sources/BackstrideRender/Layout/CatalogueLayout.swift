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
        var pages = PageSet(size: size, typography: typography, accent: nil)
        pages.newPage(bookmark: "Exercise library")
        BlockFlow(engine: engine, typography: typography).place([
            .title("Exercise library"),
            .paragraph("\(library.exercises.count) exercises. Left, or top: where you start. Right, or below: where you move to, "
                + "with an arrow along the way the body goes. The word HOLD with a stopwatch means hold still. The side of the body further "
                + "from you is grey."),
        ], on: &pages)
        let cardLayout = ExerciseCardLayout(engine: engine, typography: typography)
        let labels = CardLabels(mistake: "Common mistake:", stop: "Avoid or stop:")
        pages.placeCards(library.exercises.map { exercise in
            let content = ExerciseCardContent(
                dosageLines: exercise.dosage.enumerated().map { ("Level \($0.offset + 1)", $0.element.description) },
                whyLabel: "Targets:",
                why: exercise.targets.map { $0.rawValue.replacingOccurrences(of: "_", with: " ") }.joined(separator: ", ")
                    + ". Phases: \(exercise.phases.map(\.rawValue).joined(separator: ", ")). Needs: "
                    + exercise.equipment.map { $0.rawValue.replacingOccurrences(of: "_", with: " ") }.joined(separator: ", ")
                    + (exercise.flareSafe ? ". Safe during a flare." : ". Not during a flare."),
                labels: labels)
            return cardLayout.layout(exercise, content, width: pages.width)
        })
        pages.addFooters(left: "Backstride exercise library", pageLabel: { "page \($0) of \($1)" }, engine: engine)
        return pages.pages
    }
}
