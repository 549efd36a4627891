import BackstrideCore
import Foundation

/// The signs a picture adds to the figure: the lean's body line, HOLD and its stopwatch, speed lines, the face's hair
/// and eyes, the chevron between frames and the pelvic clock.
extension DiagramDrawing {
    /// A thin straight line from between the ankles to above the head: the body tips as one straight line, which
    /// the cue asks for and the figure's joints alone do not show.
    static func bodyLine(_ figure: Figure, _ projection: Projection, _ page: (Point) -> Point) -> [DiagramMark] {
        let legs = figure.skeleton.legs
        let ankles = page(projection.point(figure.world((legs[.right].ankle + legs[.left].ankle) * 0.5)))
        let top = page(projection.point(figure.point(.aboveHead)))
        // Upright, dashed, from the same ankles to the same height: the gap between the two lines is the lean, so a
        // reader sees how far to tip (readers asked), and that it starts at the ankles.
        let upright = Point(ankles.x, ankles.y - (top - ankles).length)
        return [.line([ankles, top], color: DiagramInk.ink, width: 0.8)]
            + DiagramMark.dashed([ankles, upright], dash: 3, gap: 3, color: DiagramInk.ink, width: 0.8)
    }

    /// A stopwatch and the word HOLD left of it: this position is held. Readers took the watch alone for a timer or
    /// missed it, so the word says it; it is drawn in strokes, like the rest of the picture, so no font is needed.
    static func stopwatch(at c: Point) -> [DiagramMark] {
        let r = watchRadius
        return StrokeLettering.word("HOLD", right: c.x - r - 4, midY: c.y, height: 7) + [
            .ring(c, radius: r + 1.2, color: DiagramInk.paper, width: 2.4),
            .ring(c, radius: r, color: DiagramInk.ink, width: 1.4),
            .line([Point(c.x, c.y - r - 0.5), Point(c.x, c.y - r - 2.6)], color: DiagramInk.ink, width: 1.6),
            .line([Point(c.x - 2, c.y - r - 2.8), Point(c.x + 2, c.y - r - 2.8)], color: DiagramInk.ink, width: 1.4),
            .line([c, Point(c.x, c.y - r + 2)], color: DiagramInk.ink, width: 1.2),
            .line([c, Point(c.x + r - 2.4, c.y)], color: DiagramInk.ink, width: 1.2),
        ]
    }

    static let watchRadius = 6.0

    /// The box HOLD and its stopwatch take, for a watch centred at `c`: from the word's left edge to the ring's
    /// white edge, and from the top of the watch's button to the bottom of its ring.
    static func holdBox(_ c: Point) -> Rect {
        let r = watchRadius, left = c.x - r - 4 - StrokeLettering.width("HOLD", height: 7)
        return Rect(x: left, y: c.y - r - 3.5, width: c.x + r + 2.4 - left, height: 2 * r + 5.9)
    }

    /// Where the stopwatch goes: along the last frame's top, as far right as the body, its props and its arrows
    /// leave room (a bird dog's raised hand ran through the word in the corner). The corner is kept when no place
    /// along the top is clear.
    static func holdPlace(in panel: Rect, clearOf bodies: [[Point]], arrows: [[Point]]) -> Point {
        let corner = Point(panel.maxX - 10, panel.y + 10)
        let box = holdBox(corner), margin = panel.maxX - box.maxX
        let leftmost = panel.x + margin + (corner.x - box.x)
        return stride(from: corner.x, through: leftmost, by: -2).lazy.map { Point($0, corner.y) }
            .first { isClear(holdBox($0).inset(-2), bodies: bodies, lines: arrows) } ?? corner
    }

    /// Whether no body outline or line enters the box, and the box does not lie inside a body.
    static func isClear(_ box: Rect, bodies: [[Point]], lines: [[Point]]) -> Bool {
        func touches(_ line: [Point], closed: Bool) -> Bool {
            guard let first = line.first else { return false }
            if line.count == 1 { return box.meets(first, first) }
            return zip(line, line.dropFirst() + (closed ? [first] : [])).contains { box.meets($0, $1) }
        }
        let centre = Point(box.x + box.width / 2, box.y + box.height / 2)
        return !bodies.contains { touches($0, closed: true) || PlaneGeometry.contains($0, centre) }
            && !lines.contains { touches($0, closed: false) }
    }

    /// Three short lines trailing behind the body at chest, hip and knee height: going fast. Readers took a plain
    /// running figure with an arrow ahead for a lean or a lunge; the lines are the comic-strip sign for speed.
    static func speedLines(behind shapes: [[Point]], facingRight: Bool) -> [DiagramMark] {
        let points = shapes.flatMap { $0 }
        guard let top = points.map(\.y).min(), let bottom = points.map(\.y).max() else { return [] }
        return [0.3, 0.5, 0.7].map { share -> DiagramMark in
            let y = top + (bottom - top) * share
            // The body's back edge near this height.
            let near = points.filter { abs($0.y - y) < (bottom - top) * 0.08 }.map(\.x)
            let edge = (facingRight ? near.min() : near.max()) ?? 0
            let start = edge + (facingRight ? -4 : 4), length = 12.0 - abs(share - 0.5) * 10
            return .line([Point(start, y), Point(start + (facingRight ? -length : length), y)], color: DiagramInk.ink, width: 1.2)
        }
    }

    /// The hair and the eyes drawn over the head's outline, which say which way the face looks.
    static func face(_ outline: FigureOutline, _ page: (Point) -> Point) -> [DiagramMark] {
        (outline.hair.count > 2 ? [.shape(outline.hair.map(page), fill: DiagramInk.hair, stroke: DiagramInk.ink, width: DiagramInk.outline)] : [])
            + outline.eyes.map { .dot(page($0), radius: 1.1, color: DiagramInk.ink) }
    }

    /// A small solid triangle between the frames: first this, then that. It sits midway along the gap, or moves
    /// along it to keep `chevronClearance` from the end frame's arrows: a reader took a side plank's triangle pointing down
    /// just above the arrow for the hips pointing up as two opposite directions.
    static func chevron(_ a: Rect, _ b: Rect, clearOf arrows: [[Point]]) -> DiagramMark {
        let size = 4.5, stacked = b.y > a.maxY - 1
        let middle = stacked ? Point(a.x + a.width / 2, (a.maxY + b.y) / 2) : Point((a.maxX + b.x) / 2, a.y + a.height / 2)
        let along = stacked ? Point(1, 0) : Point(0, 1)
        let reach = (stacked ? a.width : a.height) / 2 - 10
        let offsets = [0.0] + stride(from: 6.0, through: max(6, reach), by: 6).flatMap { [-$0, $0] }
        let points = arrows.flatMap { $0 }
        let c = offsets.lazy.map { middle + along * $0 }
            .first { c in points.allSatisfy { ($0 - c).length >= chevronClearance } } ?? middle
        if stacked {
            return .shape([Point(c.x - size, c.y - size * 0.6), Point(c.x + size, c.y - size * 0.6), Point(c.x, c.y + size * 0.7)],
                          fill: DiagramInk.ink, stroke: nil, width: 0)
        }
        return .shape([Point(c.x - size * 0.6, c.y - size), Point(c.x - size * 0.6, c.y + size), Point(c.x + size * 0.7, c.y)],
                      fill: DiagramInk.ink, stroke: nil, width: 0)
    }

    /// How far the triangle between the frames keeps from an arrow's path, in points.
    static let chevronClearance = 24.0

    /// A clock face lying on the lower tummy and turning with the pelvis: 12 toward the head, 6 toward the feet. With
    /// two frames a hand points to the hour the hips tip toward (12 at the start, 6 at the end); with one, an arrow
    /// runs round the face both ways. Readers of a face drawn apart from the body could not tell where 12 and 6 were,
    /// nor whether the hips tip or circle.
    static func clock(_ figure: Figure, _ projection: Projection, _ page: (Point) -> Point, hand: Double?) -> (marks: [DiagramMark], face: ClockFace) {
        // In the pelvis frame: x out of the tummy, y toward the head, z toward the right.
        let middle = figure.world(Vector3(0.08, 0.03, 0))
        // The face is drawn as seen from 25° above the picture's camera, at its place on the tummy: from a camera
        // level with the floor it would be a line, and turned up it reads as a clock and still tips with the pelvis.
        let face = Projection(camera: Matrix3.aboutX(25) * projection.camera, mirror: projection.mirror)
        func onTummy(_ angle: Double, _ radius: Double) -> Point {
            let p = figure.world(Vector3(0.08, 0.03 + radius * cos(angle), radius * sin(angle)))
            return page(projection.point(middle) + (face.point(p) - face.point(middle)))
        }
        let r = 0.085
        let centre = onTummy(0, 0)
        var marks: [DiagramMark] = [.shape((0..<48).map { onTummy(Double($0) / 48 * 2 * .pi, r) }, fill: DiagramInk.paper, stroke: DiagramInk.ink, width: 1.2)]
        for hour in 0..<12 where hour % 6 != 0 {
            let a = Double(hour) / 12 * 2 * .pi
            marks.append(.line([onTummy(a, hour % 3 == 0 ? r * 0.7 : r * 0.82), onTummy(a, r)], color: DiagramInk.ink, width: 0.8))
        }
        // The two hours the cues name are written just outside the face, where they cannot be taken for ticks.
        let twelve = onTummy(0, r * 1.5), six = onTummy(.pi, r * 1.4)
        marks += StrokeLettering.centred("12", at: twelve, height: 7)
        marks += StrokeLettering.centred("6", at: six, height: 7)
        let tip = hand.map { onTummy($0, r * 0.85) }
        if let tip {
            // A plain hand: with an arrowhead readers took it for the way to move.
            marks.append(.line([centre, tip], color: DiagramInk.ink, width: 1.8))
            marks.append(.dot(centre, radius: 1.4, color: DiagramInk.ink))
        } else {
            let arc = (0...48).map { onTummy(.pi + 0.55 + Double($0) / 48 * (2 * .pi - 1.1), r * 1.3) }
            marks.append(.arrow(arc, width: DiagramInk.arrow, bothWays: true))
        }
        return (marks, ClockFace(centre: centre, twelve: twelve, six: six, hand: tip))
    }

    /// The hour and what the low back does there, written at the frame's top left, above the head. Readers named
    /// the movement from the face and the back alone but scored it 3 ("the clock only makes sense once the text
    /// explains which way 12 and 6 tilt the pelvis"); with these words, 4 from four readers.
    static func clockCaption(atSix: Bool, in panel: Rect) -> (marks: [DiagramMark], box: Rect) {
        let text = atSix ? "6: BACK ARCHED" : "12: BACK FLAT", height = 7.0
        let width = StrokeLettering.width(text, height: height)
        let box = Rect(x: panel.x + 8, y: panel.y + 10 - height / 2, width: width, height: height)
        return (StrokeLettering.centred(text, at: Point(box.x + width / 2, panel.y + 10), height: height), box)
    }
}
