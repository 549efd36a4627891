import Foundation
import BackstrideCore

/// What a card says beyond the exercise itself: the catalogue lists levels and targets, a handout
/// lists the dose for each phase of this client's plan and why the exercise is in it.
public struct ExerciseCardContent: Equatable, Sendable {
    public var dosageLines: [(label: String, dose: String)]
    public var whyLabel: String
    public var why: String
    public var labels: CardLabels
    /// Lines after the cues about doing it in this plan: how hard to work, choosing a band or weight, when to move on.
    public var guidance: [String]

    public init(dosageLines: [(label: String, dose: String)], whyLabel: String, why: String, labels: CardLabels, guidance: [String] = []) {
        self.dosageLines = dosageLines
        self.whyLabel = whyLabel
        self.why = why
        self.labels = labels
        self.guidance = guidance
    }

    public static func == (a: ExerciseCardContent, b: ExerciseCardContent) -> Bool {
        a.dosageLines.map { "\($0.label)|\($0.dose)" } == b.dosageLines.map { "\($0.label)|\($0.dose)" }
            && a.whyLabel == b.whyLabel && a.why == b.why && a.labels == b.labels && a.guidance == b.guidance
    }
}

/// The fixed words on a card, from the templates so a clinic can change or translate them.
public struct CardLabels: Equatable, Sendable {
    public var mistake: String
    public var stop: String

    public init(mistake: String, stop: String) {
        self.mistake = mistake
        self.stop = stop
    }

    /// The label and the sentence, or the sentence alone when it already starts with the label's words:
    /// never "Stop if: Stop if it hurts".
    static func labelled(_ label: String, _ sentence: String) -> String {
        let words = label.trimmingCharacters(in: CharacterSet(charactersIn: ": ")).lowercased()
        if words.isEmpty || sentence.lowercased().hasPrefix(words) { return sentence }
        return "\(label) \(sentence)"
    }
}

/// Lays out one exercise card at a given width: the picture on the left (about half the card, so its start and end
/// frames are big enough to follow), the words on the right.
struct ExerciseCardLayout {
    let engine: TextEngine
    let typography: Typography

    /// The card's items relative to (0, 0) and its height: the picture beside the words, or above them when the words
    /// beside it would run far below it (long guidance, large print).
    func layout(_ exercise: Exercise, _ content: ExerciseCardContent, width: Double) -> (items: [PageItem], height: Double) {
        let beside = layout(exercise, content, width: width, pictureOnTop: false)
        let box = DiagramDrawing.box(cardWidth: width)
        guard beside.height > box.height * 1.7 + typography.body * 1.6 else { return beside }
        return layout(exercise, content, width: width, pictureOnTop: true)
    }

    /// The picture keeps its size either way, so every picture of a kind in a document shares one scale.
    private func layout(_ exercise: Exercise, _ content: ExerciseCardContent, width: Double, pictureOnTop: Bool)
        -> (items: [PageItem], height: Double) {
        let pad = typography.body * 0.8
        let box = DiagramDrawing.box(cardWidth: width)
        let diagramWidth = box.width
        let textX = pictureOnTop ? pad : pad + diagramWidth + pad
        var flow = ColumnFlow(engine: engine, x: textX, y: pictureOnTop ? pad + box.height + pad : pad, width: width - textX - pad)
        flow.text(exercise.name, typography.subheadingFont, after: typography.gap * 0.5)
        let labelWidth = content.dosageLines.map { engine.layout($0.label, font: typography.strongFont, width: nil).size.width }.max() ?? 0
        for line in content.dosageLines {
            flow.hanging(line.label, line.dose, typography.bodyFont, labelWidth: labelWidth + typography.body * 0.6, after: 1,
                         labelFont: typography.strongFont)
        }
        flow.space(typography.gap * 0.4)
        for (index, cue) in exercise.cues.enumerated() {
            flow.hanging("\(index + 1).", cue, typography.bodyFont, labelWidth: typography.body * 1.4, after: 1)
        }
        flow.space(typography.gap * 0.4)
        flow.text(CardLabels.labelled(content.labels.mistake, exercise.mistake), typography.bodyFont, after: typography.gap * 0.4)
        flow.text(CardLabels.labelled(content.labels.stop, exercise.avoid), typography.bodyFont, after: typography.gap * 0.4)
        for line in content.guidance { flow.text(line, typography.bodyFont, after: typography.gap * 0.4) }
        flow.text("\(content.whyLabel) \(content.why)", typography.smallFont, color: .muted)
        let diagramHeight = pictureOnTop ? box.height : max(box.height, flow.y - pad)
        let height = max(flow.y, pad + diagramHeight) + pad
        let diagram = PageItem.diagram(exercise.pose, frame: pictureOnTop
            ? Rect(x: (width - diagramWidth) / 2, y: pad, width: diagramWidth, height: box.height)
            : Rect(x: pad, y: pad, width: diagramWidth, height: height - 2 * pad))
        let border = PageItem.box(Rect(x: 0, y: 0, width: width, height: height), stroke: Stroke(width: 0.8, color: .rule),
                                  fill: nil, cornerRadius: 6)
        return ([border, diagram] + flow.items, height)
    }
}

extension PageItem {
    /// The same item moved by (dx, dy).
    func offset(_ dx: Double, _ dy: Double) -> PageItem {
        func r(_ rect: Rect) -> Rect { Rect(x: rect.x + dx, y: rect.y + dy, width: rect.width, height: rect.height) }
        func p(_ point: Point) -> Point { Point(point.x + dx, point.y + dy) }
        switch self {
        case let .text(s, font, frame, color, alignment): return .text(s, font: font, frame: r(frame), color: color, alignment: alignment)
        case let .box(rect, stroke, fill, radius): return .box(r(rect), stroke: stroke, fill: fill, cornerRadius: radius)
        case let .line(from, to, stroke): return .line(from: p(from), to: p(to), stroke: stroke)
        case let .diagram(pose, frame): return .diagram(pose, frame: r(frame))
        case let .warningSign(rect): return .warningSign(r(rect))
        case let .tickBox(rect): return .tickBox(r(rect))
        case let .image(png, frame): return .image(png, frame: r(frame))
        }
    }
}
