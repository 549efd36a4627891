import BackstrideCore

/// Ink used in exercise pictures. Everything printed is at least 60% black, so nothing drops out on an office
/// printer; the far side of the body is filled with `farFill`, the near side is white paper.
enum DiagramInk {
    static let ink = Color.gray(0.1)
    static let farFill = Color.gray(0.4)
    static let band = Color.gray(0.35)
    static let hair = Color.gray(0.25)
    static let paper = Color.white
    /// Line weights in points, the same on every card.
    static let outline = 0.9
    static let gap = 1.1
    static let prop = 0.8
    static let arrow = 1.7
}

/// One thing drawn in an exercise picture, in page points. Widths are in points and never scale with the figure.
public enum DiagramMark: Equatable, Sendable {
    /// Shapes drawn as one silhouette: a white gap round the whole, an ink outline, then the fill, so a limb crossing
    /// in front of another is set off by a sliver of paper.
    case silhouette([[Point]], fill: Color, outline: Double, gap: Double)
    /// A closed shape.
    case shape([Point], fill: Color?, stroke: Color?, width: Double)
    /// A closed shape filled with diagonal hatching (a wall, the ground under a floor line).
    case hatched([Point], spacing: Double, width: Double)
    /// An open line.
    case line([Point], color: Color, width: Double)
    /// An arrow along a path, with a white edge so it reads over anything.
    case arrow([Point], width: Double, bothWays: Bool)
    case dot(Point, radius: Double, color: Color)
    case ring(Point, radius: Double, color: Color, width: Double)
    /// Marks after this are clipped to the rectangle until `endClip`.
    case clip(Rect)
    case endClip

    /// Dashes along a line: `dash` drawn, `gap` left, from the line's start; only whole dashes, so the line ends in a
    /// gap rather than a stub.
    static func dashed(_ line: [Point], dash: Double, gap: Double, color: Color, width: Double) -> [DiagramMark] {
        var marks: [DiagramMark] = []
        var current: [Point] = [], walked = 0.0, drawing = true
        guard var from = line.first else { return [] }
        current = [from]
        for to in line.dropFirst() {
            let direction = (to - from).normalized
            var rest = (to - from).length
            while rest > 1e-12 {
                let step = min(rest, (drawing ? dash : gap) - walked)
                from = from + direction * step
                walked += step
                rest -= step
                if drawing { current.append(from) }
                if walked >= (drawing ? dash : gap) - 1e-9 {
                    if drawing { marks.append(.line(current, color: color, width: width)) }
                    drawing.toggle()
                    walked = 0
                    current = [from]
                }
            }
            from = to
        }
        return marks
    }

    /// The same mark with every point moved by `f`.
    func mapped(_ f: (Point) -> Point) -> DiagramMark {
        switch self {
        case let .silhouette(shapes, fill, outline, gap): return .silhouette(shapes.map { $0.map(f) }, fill: fill, outline: outline, gap: gap)
        case let .shape(points, fill, stroke, width): return .shape(points.map(f), fill: fill, stroke: stroke, width: width)
        case let .hatched(points, spacing, width): return .hatched(points.map(f), spacing: spacing, width: width)
        case let .line(points, color, width): return .line(points.map(f), color: color, width: width)
        case let .arrow(points, width, both): return .arrow(points.map(f), width: width, bothWays: both)
        case let .dot(p, r, color): return .dot(f(p), radius: r, color: color)
        case let .ring(p, r, color, width): return .ring(f(p), radius: r, color: color, width: width)
        case .clip, .endClip: return self
        }
    }

    /// The same mark moved across the page, its clip rectangle too.
    func moved(by dx: Double, _ dy: Double) -> DiagramMark {
        if case let .clip(r) = self { return .clip(r.moved(by: dx, dy)) }
        return mapped { Point($0.x + dx, $0.y + dy) }
    }

    /// The points it is drawn through, a round mark's by its corners; a clip draws nothing.
    var points: [Point] {
        switch self {
        case let .silhouette(shapes, _, _, _): return shapes.flatMap { $0 }
        case let .shape(points, _, _, _), let .hatched(points, _, _), let .line(points, _, _), let .arrow(points, _, _): return points
        case let .dot(p, r, _), let .ring(p, r, _, _): return [Point(p.x - r, p.y - r), Point(p.x + r, p.y + r)]
        case .clip, .endClip: return []
        }
    }

    /// The colours it prints, for the check that nothing is paler than 60% black.
    var inks: [Color] {
        switch self {
        case let .silhouette(_, fill, _, _): return [DiagramInk.ink, fill]
        case let .shape(_, fill, stroke, _): return [fill, stroke].compactMap { $0 }
        case .hatched, .arrow: return [DiagramInk.ink]
        case let .line(_, color, _), let .dot(_, _, color), let .ring(_, _, color, _): return [color]
        case .clip, .endClip: return []
        }
    }
}
