@testable import BackstrideCore
@testable import BackstrideRender
import Testing

/// The signs a picture adds to the body (the pelvic clock's face, the lean drill's arc, the metronome's notes, the
/// lettering) sit where a reader looks for them.
@Suite struct DiagramSignsTests {
    static func bodyTop(_ frame: DiagramDrawing.Frame) -> Double { frame.bodies.flatMap(\.shape).map(\.y).min() ?? 0 }

    /// The clock's enlarged face, with 12 and 6 written on it and its arrow round it both ways, sits above the body
    /// and inside the frame, joined by callout lines to the ring on the tummy.
    @Test func pelvicClockFaceIsEnlargedAboveTheBody() throws {
        let d = try DiagramGeometryTests.drawing("pelvic_clock")
        let frame = try #require(d.frames.last)
        let arrows = d.marks.compactMap { mark -> [Point]? in
            if case let .arrow(points, _, true) = mark { return points }
            return nil
        }
        let face = try #require(arrows.first, "no arrow round the clock")
        for p in face {
            #expect(p.y < Self.bodyTop(frame), "the clock's arrow reaches down into the body")
            #expect(frame.panel.containsPoint(p))
        }
        let leader = d.marks.contains { mark in
            guard case let .line(points, _, width) = mark, points.count == 2, width < 1 else { return false }
            return points.map(\.y).max()! > Self.bodyTop(frame) && points.map(\.y).min()! <= face.map(\.y).max()!
        }
        #expect(leader, "no line from the tummy to the clock face")
        let strokes = d.marks.compactMap { mark -> Double? in
            if case let .line(_, _, width) = mark, abs(width - 1.2) < 1e-9 { return width }
            return nil
        }
        #expect(strokes.count == StrokeLettering.strokes("1", .unit).count + StrokeLettering.strokes("2", .unit).count
            + StrokeLettering.strokes("6", .unit).count, "12 and 6 are written on the face")
    }

    /// The lean drill's arrow arcs over the head, the way the body tips, rather than pushing at its back, and a
    /// straight line runs from the ankles up through the body.
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
