@testable import BackstrideCore
@testable import BackstrideRender
import Foundation
import Testing

/// Every exercise picture as the card prints it, checked the way a reviewer would look at it: all of it inside its
/// frame, arrows clear of the floor and the body, the head never crossed by a near limb, print-safe ink, one scale per
/// kind of position; and small golden images so a change to any picture shows up as a diff.
@Suite struct DiagramGeometryTests {
    static let library = try! RenderTestSupport.library()
    static let ids = library.exercises.map(\.id)
    /// The picture box of a card on A4 paper.
    static let box: Rect = {
        let size = DiagramDrawing.box(cardWidth: PageSize.a4.width - 2 * Typography.standard.margin)
        return Rect(x: 0, y: 0, width: size.width, height: size.height)
    }()

    static func drawing(_ id: String) throws -> DiagramDrawing {
        DiagramDrawing(try #require(library[id]).pose, in: box)
    }

    @Test(arguments: ids)
    func everythingIsInsideItsFrameAtItsKindsScale(_ id: String) throws {
        let d = try Self.drawing(id)
        let fits = d.fitsAtKindScale, frames = d.frames.count
        #expect(fits, "\(id) had to be shrunk to fit")
        #expect(frames == (Self.library[id]?.pose.end == nil ? 1 : 2))
        for (index, frame) in d.frames.enumerated() {
            #expect(Self.box.contains(frame.panel))
            let inside = frame.panel.inset(-0.5)
            for body in frame.bodies {
                for p in body.shape { #expect(inside.containsPoint(p), "\(id) frame \(index): \(body.group) leaves its frame at \(p)") }
            }
            for arrow in frame.arrows {
                for p in arrow { #expect(inside.containsPoint(p), "\(id) frame \(index): an arrow leaves its frame") }
            }
        }
    }

    @Test(arguments: ids)
    func arrowsStayAboveTheFloorAndClearOfTheBody(_ id: String) throws {
        let d = try Self.drawing(id)
        let pose = try #require(Self.library[id]).pose
        let missing = d.missingArrows
        #expect(missing == 0, "\(id): an arrow found no clear path")
        let last = try #require(d.frames.last)
        #expect(last.arrows.count == pose.arrows.count)
        for arrow in last.arrows {
            #expect(ArrowRoute.length(arrow) >= ArrowRoute.shortest * 0.55, "\(id): an arrow too short to see")
            for p in arrow {
                if let floor = last.floorY { #expect(p.y <= floor - 1, "\(id): an arrow below the floor") }
                for body in last.bodies {
                    #expect(!PlaneGeometry.contains(body.shape, p), "\(id): an arrow through the \(body.group)")
                }
            }
        }
    }

    /// A limb drawn in front of the head may pass beside it but never across the face.
    @Test(arguments: ids)
    func noNearLimbCrossesTheHead(_ id: String) throws {
        let d = try Self.drawing(id)
        for (index, frame) in d.frames.enumerated() {
            let head = frame.head.reversed().map { $0 }
            let headArea = abs(PlaneGeometry.area(head))
            #expect(headArea > 0)
            for body in frame.bodies where body.afterHead {
                let overlap = abs(PlaneGeometry.area(PlaneGeometry.clip(body.shape.reversed(), to: head)))
                #expect(overlap < headArea * 0.05, "\(id) frame \(index): the \(body.group) crosses the head (\(Int(overlap / headArea * 100))%)")
            }
        }
    }

    /// Nothing printed is paler than 60% black: white paper, or ink at most 40% grey. Line weights never scale.
    @Test(arguments: ids)
    func everyMarkIsPrintSafe(_ id: String) throws {
        let d = try Self.drawing(id)
        for mark in d.marks {
            for ink in mark.inks {
                #expect(ink == DiagramInk.paper || max(ink.red, ink.green, ink.blue) <= 0.4, "\(id): \(ink) is too pale to print")
            }
            if case let .silhouette(_, _, outline, gap) = mark {
                #expect(outline == DiagramInk.outline && gap == DiagramInk.gap)
            }
        }
    }

    /// Pictures of one kind of position share one scale, whatever the card; the far side of a side view is grey. A
    /// close-up is drawn larger on purpose (see `pelvicClockCloseUpShowsTheBackFlatThenArched`).
    @Test func oneScalePerKindAndGreyFarLimbs() throws {
        var scales: [BodyPosition.Kind: Set<Int>] = [:]
        for exercise in Self.library.exercises where exercise.pose.closeUp == nil {
            let d = DiagramDrawing(exercise.pose, in: Self.box)
            scales[exercise.pose.position.kind, default: []].insert(Int(d.scale.rounded()))
        }
        for (kind, values) in scales { #expect(values.count == 1, "\(kind): \(values.sorted())") }
        let squat = try Self.drawing("squat")
        let fills = squat.marks.compactMap { mark -> Color? in
            if case let .silhouette(_, fill, _, _) = mark { return fill }
            return nil
        }
        #expect(fills.contains(DiagramInk.farFill) && fills.contains(DiagramInk.paper))
    }

    /// A hold says HOLD beside its stopwatch, along the top of the last frame and clear of the body and its arrows
    /// (a bird dog's raised hand once ran through the word), in every box a card gives its picture: A4 and Letter,
    /// large print, and a card whose words run below the picture, which makes the box taller. A movement has neither.
    @Test(arguments: ids)
    func holdsAreMarkedInWordsClearOfTheBody(_ id: String) throws {
        let pose = try #require(Self.library[id]).pose
        for box in Self.cardBoxes {
            let d = DiagramDrawing(pose, in: box)
            let last = try #require(d.frames.last)
            #expect((last.hold != nil) == pose.hold, "\(id): hold \(pose.hold)")
            guard let watch = last.hold else {
                let corner = DiagramDrawing.stopwatch(at: Point(last.panel.maxX - 10, last.panel.y + 10))
                #expect(!corner.allSatisfy(d.marks.contains), "\(id): a movement marked as held")
                continue
            }
            let place = DiagramDrawing.holdBox(watch)
            let marker = DiagramDrawing.stopwatch(at: watch)
            #expect(marker.count > 6 && marker.allSatisfy(d.marks.contains), "\(id): the marker is the word and the watch")
            #expect(last.panel.contains(place) && abs(watch.y - last.panel.y - 10) < 1e-9, "\(id): HOLD at \(place), not along the top of \(last.panel)")
            let clear = DiagramDrawing.isClear(place, bodies: last.bodies.map(\.shape), lines: last.arrows)
            #expect(clear, "\(id) in \(box): HOLD at \(place) touches the body or an arrow")
        }
    }

    /// The triangle between two frames keeps clear of the end frame's arrows, in every box a card may give the
    /// picture: a triangle pointing down just over an arrow pointing up was read as two opposite directions.
    @Test(arguments: ids)
    func theTriangleBetweenFramesKeepsClearOfArrows(_ id: String) throws {
        let pose = try #require(Self.library[id]).pose
        for box in Self.cardBoxes {
            let d = DiagramDrawing(pose, in: box)
            guard d.frames.count == 2, let last = d.frames.last else { continue }
            let chevron = DiagramDrawing.chevron(d.frames[0].panel, last.panel, clearOf: last.arrows)
            #expect(d.marks.contains(chevron), "\(id): the triangle is not where it is worked out")
            guard case let .shape(corners, _, _, _) = chevron else { Issue.record("\(id): the triangle is not a shape"); continue }
            let centre = corners.reduce(Point(0, 0), +) * (1 / Double(corners.count))
            let nearest = last.arrows.flatMap { $0 }.map { ($0 - centre).length }.min() ?? .infinity
            #expect(nearest >= DiagramDrawing.chevronClearance - 2, "\(id) in \(box): the triangle is \(nearest) pt from an arrow")
        }
    }

    /// The boxes a card gives its picture: A4 and Letter, standard and large print, and each made taller by words
    /// that run below the picture.
    static let cardBoxes: [Rect] = [PageSize.a4, .letter].flatMap { page in
        [Typography.standard, .largePrint].flatMap { type -> [Rect] in
            let size = DiagramDrawing.box(cardWidth: page.width - 2 * type.margin)
            return [1, 1.4].map { Rect(x: 0, y: 0, width: size.width, height: size.height * $0) }
        }
    }

    /// Strides trail speed lines behind the running body, clear of it; pictures without `ahead` have none.
    @Test func stridesTrailSpeedLinesBehindTheBody() throws {
        let d = try Self.drawing("strides")
        let last = try #require(d.frames.last)
        let lines = DiagramDrawing.speedLines(behind: last.bodies.map(\.shape), facingRight: true)
        #expect(lines.count == 3 && lines.allSatisfy(d.marks.contains))
        let bodyMinX = last.bodies.flatMap(\.shape).map(\.x).min() ?? 0
        for case let .line(points, _, _) in lines {
            for p in points {
                #expect(last.bodies.allSatisfy { !PlaneGeometry.contains($0.shape, p) }, "a speed line through the body")
                #expect(last.panel.containsPoint(p))
            }
            #expect(points.map(\.x).max()! < bodyMinX + 40, "speed lines trail behind, not ahead")
        }
        let squat = try Self.drawing("squat"), squatLast = try #require(squat.frames.last)
        let none = DiagramDrawing.speedLines(behind: squatLast.bodies.map(\.shape), facingRight: true)
        #expect(!none.contains(where: squat.marks.contains))
    }

    /// Small renders of every picture, compared with a tolerance so anti-aliasing does not fail them but a moved limb
    /// does. `BACKSTRIDE_RECORD=1 swift test` rewrites them; review the images like code.
    @Test(arguments: ids)
    func diagramMatchesItsGoldenImage(_ id: String) throws {
        let exercise = try #require(Self.library[id])
        let png = try PNGImage.diagram(exercise.pose, size: (Self.box.width, Self.box.height), dpi: 72)
        let url = RenderTestSupport.golden.appendingPathComponent("diagrams/\(id).png")
        if RenderTestSupport.recording {
            try Data(png).write(to: url)
            return
        }
        #expect(FileManager.default.fileExists(atPath: url.path), "no golden image; record it with BACKSTRIDE_RECORD=1")
        let golden = try PNGImage.gray(Array(try Data(contentsOf: url)))
        let actual = try PNGImage.gray(png)
        #expect(actual.difference(from: golden) < 0.01, "\(id) differs from \(url.path); rerun with BACKSTRIDE_RECORD=1 after reviewing")
        #expect(actual.pixels.filter { $0 < 128 }.count > 400, "\(id) is nearly blank")
    }
}

extension Rect {
    func containsPoint(_ p: Point) -> Bool { p.x >= x && p.x <= maxX && p.y >= y && p.y <= maxY }
}

extension DiagramGeometryTests {
    /// docs/diagram-review.md has a line for every exercise, so a new picture cannot skip being looked at.
    @Test func everyPictureHasAReviewLine() throws {
        let review = try String(contentsOf: RenderTestSupport.repository.appendingPathComponent("docs/diagram-review.md"), encoding: .utf8)
        for id in Self.ids { #expect(review.contains("| \(id) |"), "no review line for \(id)") }
    }
}
