@testable import BackstrideCore
@testable import BackstrideRender
import Foundation
import Testing

/// The signs a picture adds to the body (the pelvic clock's face, the lean drill's arc, the metronome's notes, the
/// lettering) sit where a reader looks for them.
@Suite struct DiagramSignsTests {
    static func bodyTop(_ frame: DiagramDrawing.Frame) -> Double { frame.bodies.flatMap(\.shape).map(\.y).min() ?? 0 }

    /// The clock lies on the tummy in both frames, 12 toward the head and 6 toward the feet, and its hand points to
    /// 12 at the start and to 6 at the end: the hips tip one way, then the other.
    @Test func pelvicClockHandPointsTo12Then6() throws {
        let d = try DiagramGeometryTests.drawing("pelvic_clock")
        #expect(d.frames.count == 2)
        func distance(_ a: Point, _ b: Point) -> Double { (a - b).length }
        for (index, frame) in d.frames.enumerated() {
            let clock = try #require(frame.clock, "frame \(index) has no clock")
            // On the tummy where the thigh meets it: seen from the side, its middle is on the body or just over the
            // tummy's outline (within 5% of a body height).
            let trunk = frame.bodies.filter { $0.group == .trunk }.map(\.shape)
            let off = trunk.flatMap { $0 }.map { distance($0, clock.centre) }.min() ?? .infinity
            #expect(trunk.contains { PlaneGeometry.contains($0, clock.centre) } || off < d.scale * 0.05, "the clock in frame \(index) is off the body (\(off) pt)")
            let head = frame.head.reduce(Point(0, 0), +) * (1 / Double(max(frame.head.count, 1)))
            #expect(distance(clock.twelve, head) < distance(clock.six, head), "12 is not toward the head")
            let hand = try #require(clock.hand, "frame \(index) has no hand")
            let (toward, away) = index == 0 ? (clock.twelve, clock.six) : (clock.six, clock.twelve)
            #expect(distance(hand, toward) < distance(hand, away), "the hand in frame \(index) points the wrong way")
            #expect(frame.panel.containsPoint(clock.twelve) && frame.panel.containsPoint(clock.six))
        }
        // The two hours are written in strokes: "1" and "2" and "6", in each frame.
        let letterWidth = 7 * 1.2 / 7
        let strokes = d.marks.filter { mark in
            if case let .line(_, _, width) = mark { return abs(width - letterWidth) < 1e-9 }
            return false
        }
        func count(_ text: String) -> Int { text.map { StrokeLettering.strokes($0, .unit).count }.reduce(0, +) }
        #expect(strokes.count == d.frames.count * count("126") + count("12: BACK FLAT") + count("6: BACK ARCHED"))
    }

    /// Each frame says in words what its hour does to the back, at the top left, inside the frame and clear of the
    /// body and the clock: readers needed the text to know which way 12 and 6 tip the pelvis until it did.
    @Test func pelvicClockSaysWhatEachHourDoesToTheBack() throws {
        let d = try DiagramGeometryTests.drawing("pelvic_clock")
        for (index, frame) in d.frames.enumerated() {
            let clock = try #require(frame.clock)
            let box = try #require(clock.caption, "frame \(index) has no caption")
            let words = DiagramDrawing.clockCaption(atSix: index == 1, in: frame.panel)
            #expect(words.box == box && words.marks.allSatisfy(d.marks.contains), "frame \(index): the caption is not drawn")
            #expect(frame.panel.contains(box), "frame \(index): the caption leaves the frame")
            let clear = DiagramDrawing.isClear(box.inset(-1), bodies: frame.bodies.map(\.shape),
                                               lines: [[clock.twelve], [clock.six]] + frame.arrows)
            #expect(clear, "frame \(index): the caption at \(box) touches the body or an hour")
        }
        let lettering = { (text: String) in StrokeLettering.centred(text, at: Point(0, 0), height: 7).count }
        #expect(DiagramDrawing.clockCaption(atSix: false, in: .unit).marks.count == lettering("12: BACK FLAT"))
        #expect(DiagramDrawing.clockCaption(atSix: true, in: .unit).marks.count == lettering("6: BACK ARCHED"))
    }

    /// The lean drill's arrow arcs over the head, the way the body tips, and the body line from the ankles stands
    /// beside a dashed upright one, so the gap between them shows how far to lean.
    @Test func leanDrillArcsOverTheHeadForward() throws {
        let d = try DiagramGeometryTests.drawing("ankle_lean_drill")
        let frame = try #require(d.frames.last)
        let arrow = try #require(frame.arrows.first)
        let headTop = try #require(frame.head.map(\.y).min())
        #expect(arrow.allSatisfy { $0.y < headTop }, "the arrow is above the head")
        let faceX = try #require(frame.head.map(\.x).max())
        #expect(arrow.last!.x > arrow.first!.x, "it points the way the figure faces")
        #expect(arrow.last!.x > faceX - 30, "it ends over the head, not behind the body")
        // And a straight line from the ankles to above the head: one straight line, as the cue says.
        let floor = try #require(frame.floorY)
        let line = d.marks.contains { mark in
            guard case let .line(points, _, width) = mark, points.count == 2, abs(width - 0.8) < 1e-9 else { return false }
            return points.map(\.y).max()! > floor - 12 && points.map(\.y).min()! < headTop
        }
        #expect(line, "no straight body line from the ankles through the head")
        let upright = d.marks.filter { mark in
            guard case let .line(points, _, width) = mark, points.count == 2, abs(width - 0.8) < 1e-9 else { return false }
            return abs(points[0].x - points[1].x) < 1e-6 && points[0].y > headTop
        }
        #expect(upright.count > 5, "no dashed upright from the ankles")
    }

    /// The lean goes on forward: a straight arrow ahead of the chest, but no speed lines, which would cross the
    /// dashed upright behind the body (readers took them for tick marks on it).
    @Test func leanDrillPointsAheadWithoutSpeedLines() throws {
        let d = try DiagramGeometryTests.drawing("ankle_lean_drill")
        let frame = try #require(d.frames.last)
        let headTop = try #require(frame.head.map(\.y).min())
        let ahead = frame.arrows.filter { $0.allSatisfy { $0.y > headTop } }
        let arrow = try #require(ahead.first, "no arrow ahead of the chest")
        #expect(arrow.last!.x - arrow.first!.x > 15 && abs(arrow.last!.y - arrow.first!.y) < 2, "not straight ahead")
        let lines = DiagramDrawing.speedLines(behind: frame.bodies.map(\.shape), facingRight: true)
        #expect(!lines.isEmpty && !lines.contains(where: d.marks.contains), "speed lines drawn across the upright")
    }

    /// The hair says which way a lying face looks: on top of the head face down, against the floor face up, and on
    /// the crown of a standing figure.
    @Test(arguments: [("prone_glute_squeeze", -1.0), ("glute_bridge", 1.0), ("squat", -1.0)])
    func hairSitsOppositeTheFace(_ id: String, _ below: Double) throws {
        let d = try DiagramGeometryTests.drawing(id)
        let frame = try #require(d.frames.first)
        let hair = try #require(d.marks.lazy.compactMap { mark -> [Point]? in
            if case let .shape(points, fill, _, _) = mark, fill == DiagramInk.hair { return points }
            return nil
        }.first, "no hair drawn")
        func middle(_ p: [Point]) -> Point { p.reduce(Point(0, 0), +) * (1 / Double(max(p.count, 1))) }
        let dy = middle(hair).y - middle(frame.head).y
        #expect(dy * below > 0.5, "the hair of \(id) is on the wrong side of the head (\(dy))")
    }

    /// The metronome has a note above it for the beat, in both frames of the cadence drill.
    @Test func metronomeCarriesNotes() throws {
        let d = try DiagramGeometryTests.drawing("cadence_drill")
        let heads = d.marks.filter { mark in
            if case let .dot(_, radius, _) = mark { return abs(radius - 2.4) < 1e-9 }
            return false
        }
        #expect(heads.count == 2 * d.frames.count, "two note heads in each frame")
    }

    /// The pelvic clock is a low-back close-up: the whole figure drawn larger than the lying scale, frames one above
    /// the other, the back on the mat with the spine straight at 12, the back arched clear of the mat with the spine
    /// bent at 6 and an arrow up into the gap. That arch is the whole movement, and at the lying scale it does not show.
    @Test func pelvicClockCloseUpShowsTheBackFlatThenArched() throws {
        let d = try DiagramGeometryTests.drawing("pelvic_clock")
        let kind = DiagramDrawing.kindScale(.lying, width: DiagramGeometryTests.box.width)
        #expect(d.scale > kind * 1.5, "the close-up is no larger than the lying scale (\(d.scale / kind) times)")
        #expect(d.frames.count == 2 && d.frames[1].panel.y >= d.frames[0].panel.maxY, "the frames are not one above the other")
        // The back's height over the floor between the chest and the hips: the lowest outline at each x.
        let gaps = try d.frames.map { frame -> Double in
            let floor = try #require(frame.floorY)
            let spine = try #require(frame.lowBack?.spine)
            let xs = spine.map(\.x)
            let lo = xs.min()! + (xs.max()! - xs.min()!) * 0.2, hi = xs.max()! - (xs.max()! - xs.min()!) * 0.2
            return stride(from: lo, through: hi, by: 1).map { x in
                floor - (PlaneGeometry.largestY(of: frame.bodies.map(\.shape), atX: x) ?? -.infinity)
            }.max() ?? 0
        }
        #expect(gaps[1] > gaps[0] + 4, "the back does not arch at 6 (\(gaps))")
        // The spine: about straight at 12 (a little rounded, the low back pressed down), bent the other way at 6 (the
        // angle between its first and last stretch, positive when it arches up from the floor).
        let bends = d.frames.map { frame -> Double in
            guard let line = frame.lowBack?.spine, line.count > 6 else { return .nan }
            let a = line[3] - line[0], b = line[line.count - 1] - line[line.count - 4]
            return atan2(a.x * b.y - a.y * b.x, a.dot(b)) * 180 / .pi
        }
        #expect(abs(bends[0]) < 20, "the spine is not straight at 12 (\(bends[0])°)")
        #expect(bends[1] * bends[0] < 0 && abs(bends[1]) > 25, "the spine does not arch at 6 (\(bends))")
        // The arrow under the back only where it lifts, and pointing up.
        #expect(d.frames[0].lowBack?.gapArrow == nil)
        let arrow = try #require(d.frames[1].lowBack?.gapArrow, "no arrow into the gap at 6")
        #expect(arrow[1].y < arrow[0].y - 4 && arrow[0].y < d.frames[1].floorY!)
    }

    /// The pull-through's band shows all the way to the hands: where the near leg hides it, dashes drawn over the leg
    /// follow its line (readers could not tell where the band went once it passed behind the thigh).
    @Test func pullThroughBandIsDashedOverTheLegsToTheHands() throws {
        let d = try DiagramGeometryTests.drawing("pull_through")
        let frame = try #require(d.frames.last)
        let inFrame: [DiagramMark] = d.marks.filter { mark in
            guard case let .line(points, _, _) = mark else { return false }
            return points.allSatisfy { frame.panel.containsPoint($0) }
        }
        let strap = try #require(inFrame.lazy.compactMap { mark -> [Point]? in
            if case let .line(points, _, width) = mark, width == 3.2 { return points }
            return nil
        }.first, "no band in the end frame")
        let (hands, post) = (strap[0], strap[1])
        let along = (post - hands).normalized
        let dashes = inFrame.compactMap { mark -> [Point]? in
            guard case let .line(points, _, width) = mark, width == 1.2, points.count == 2 else { return nil }
            // On the band's line: no distance across it.
            let across = points.map { abs(($0 - hands).dot(along.perpendicular)) }
            return across.allSatisfy { $0 < 0.01 } ? points : nil
        }
        #expect(dashes.count > 5, "no dashes along the band")
        let first = try #require(dashes.map { ($0[0] - hands).length }.min())
        #expect(first < 0.01, "the dashes do not start at the hands")
        // The hidden stretch is over the body: some dash lies inside a leg's or the trunk's outline.
        let overBody = dashes.contains { dash in frame.bodies.contains { PlaneGeometry.contains($0.shape, (dash[0] + dash[1]) * 0.5) } }
        #expect(overBody, "no dash crosses the body")
    }

    /// Every character the pictures write has strokes, and they stay in the character's box.
    @Test(arguments: Array("HOLD126 "))
    func lettersStayInTheirBox(_ ch: Character) {
        let box = Rect(x: 10, y: 20, width: 4.6, height: 7)
        let strokes = StrokeLettering.strokes(ch, box)
        #expect(strokes.isEmpty == (ch == " "))
        for p in strokes.flatMap({ $0 }) {
            #expect(p.x >= box.x - 0.01 && p.x <= box.maxX + 0.01 && p.y >= box.y - 0.01 && p.y <= box.maxY + 0.01, "\(ch) leaves its box at \(p)")
        }
    }
}

extension Rect {
    static let unit = Rect(x: 0, y: 0, width: 1, height: 1)
}
