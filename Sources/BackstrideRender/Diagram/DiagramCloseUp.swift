import BackstrideCore
import Foundation

/// A close-up of the low back under the figure: the trunk seen level with the floor and magnified, with the low spine
/// drawn inside it, so the small arch of a pelvic tilt shows. At the card's scale the low back lifts under a
/// millimetre, and from above or from the side the near arm hides it: readers of the pelvic clock without it said
/// the body looked the same in both frames.
struct BackCloseUp {
    /// How much bigger than the figure the close-up draws the body.
    static let magnification = 2.4
    static let corner = 6.0

    /// Where the close-up sits in a frame's panel, and the room left for the figure: the figure above, the
    /// close-up below it, so the lines joining them drop from the back straight down and cross nothing.
    static func split(_ panel: Rect) -> (figure: Rect, window: Rect) {
        let figureHeight = (panel.height * 0.52).rounded(), gap = 6.0
        let window = Rect(x: panel.x + 2, y: panel.y + figureHeight + gap, width: panel.width - 4, height: panel.height - figureHeight - gap - 2)
        return (Rect(x: panel.x, y: panel.y, width: panel.width, height: figureHeight), window)
    }

    let window: Rect
    /// The part of the figure the close-up shows, in page points.
    let spot: Rect
    let marks: [DiagramMark]
    /// The height the body rests at in the close-up (the floor, or the mat's top) and the body outlines drawn in it,
    /// for the checks.
    let floorY: Double
    let bodies: [[Point]]

    /// - Parameters:
    ///   - focus: the world point the close-up is centred on (the same in every frame, so the frames compare).
    ///   - scale: the figure's points per body height; `page` maps the main picture to the page.
    init(_ figure: Figure, focus: Vector3, projection: Projection, page: (Point) -> Point, scale: Double, window: Rect, mat: Bool,
         hour: String?, arrowUnderArch: Bool) {
        self.window = window
        let side = Projection(camera: ViewSetup.camera(.side, CameraTurn(above: 0, turn: 0)), mirror: projection.mirror)
        let k = scale * Self.magnification
        let f = side.point(focus)
        // A strip of ground along the bottom, and the mat on it when there is one: the body rests on the mat.
        let ground = window.maxY - 6
        func zoom(_ p: Point) -> Point { Point(window.x + window.width / 2 + (p.x - f.x) * k, ground - p.y * k) }
        floorY = ground - (mat ? Scenery.matThickness * k : 0)
        let spotCentre = page(projection.point(focus))
        let w = window.width / Self.magnification, h = window.height / Self.magnification
        spot = Rect(x: spotCentre.x - w / 2, y: spotCentre.y - h / 2, width: w, height: h)

        let frame = Self.rounded(window, Self.corner)
        var marks: [DiagramMark] = [.clipShape(frame), .shape(frame, fill: DiagramInk.paper, stroke: nil, width: 0),
                                    .hatched([Point(window.x, ground), Point(window.maxX, ground), Point(window.maxX, window.maxY),
                                              Point(window.x, window.maxY)], spacing: 4, width: 0.5),
                                    .line([Point(window.x, ground), Point(window.maxX, ground)], color: DiagramInk.ink, width: 1)]
        if mat {
            marks.append(.shape([Point(window.x - 1, ground), Point(window.maxX + 1, ground), Point(window.maxX + 1, floorY), Point(window.x - 1, floorY)],
                                fill: DiagramInk.paper, stroke: DiagramInk.ink, width: DiagramInk.prop))
        }
        var bodies: [[Point]] = []
        // The arms are left out: they lie beside the body and would fill the gap under the back the close-up is for.
        for group in FigureOutline(figure, side).groups {
            if case .arm = group.group { continue }
            // Magnified, the corners between a part's rings show; rounding them keeps the outline a body's.
            let shapes = group.shapes.map { Self.smoothed($0.map(zoom), passes: 2) }
            bodies += shapes
            marks.append(.silhouette(shapes, fill: group.far ? DiagramInk.farFill : DiagramInk.paper, outline: DiagramInk.outline, gap: DiagramInk.gap))
        }
        marks += Self.spine(figure, side, zoom)
        if arrowUnderArch, let (x, gap) = Self.highestGap(bodies, floorY: floorY, in: window), gap > 7 {
            // A short arrow up into the gap under the arched back: this is what lifts.
            marks.append(.arrow([Point(x, floorY - 0.8), Point(x, floorY - gap + 1.2)], width: 1.1, bothWays: false))
        }
        marks += [.endClip, .shape(frame, fill: nil, stroke: DiagramInk.ink, width: 1.2)]
        if let hour {
            // The hour the clock's hand points to, in the corner: this is the back at 12, that the back at 6.
            let at = Point(window.x + 5 + StrokeLettering.width(hour, height: 7) / 2, window.y + 8)
            marks += StrokeLettering.centred(hour, at: at, height: 7)
        }
        self.bodies = bodies
        self.marks = marks
    }

    /// What the checks see of it.
    var view: DiagramDrawing.CloseUpView { .init(window: window, spot: spot, floorY: floorY, bodies: bodies) }

    /// The two lines that join the spot on the figure to the close-up, like a magnifier's, and the spot's frame.
    /// Drawn under the figure, so the body covers them where they pass behind it.
    var cone: [DiagramMark] {
        [.line([Point(spot.x, spot.maxY), Point(window.x + Self.corner, window.y)], color: DiagramInk.ink, width: 0.7),
         .line([Point(spot.maxX, spot.maxY), Point(window.maxX - Self.corner, window.y)], color: DiagramInk.ink, width: 0.7)]
    }

    var spotFrame: DiagramMark { .shape(Self.rounded(spot, Self.corner / Self.magnification), fill: nil, stroke: DiagramInk.ink, width: 0.9) }

    /// The low spine drawn inside the trunk as a column of short blocks, from the tailbone up past the ribs: how it
    /// curves is the movement (straight when the back is flat, bent when it arches), and an angle shows where a
    /// gap of a few points does not.
    static func spine(_ figure: Figure, _ side: Projection, _ zoom: (Point) -> Point) -> [DiagramMark] {
        let s = figure.skeleton
        // Behind the middle of the trunk, where the spine runs near the back.
        let back = -0.032
        let joints = [s.pelvis.point(back, -0.035, 0), s.pelvis.point(back, 0, 0)] + s.spine.map { $0.point(back, 0, 0) }
            + [s.chestTop.point(back, 0, 0)]
        // Rounded at the joints, like a spine rather than a chain of rods.
        let line = smoothed(joints.map { zoom(side.point(figure.world($0))) }, passes: 3, closed: false)
        // Blocks of equal length with a white gap between, like vertebrae. Lines end in round caps half their width
        // long, so the gap seen is the gap here less the width.
        return DiagramMark.dashed(line, dash: 2.2, gap: 4.4, color: DiagramInk.ink, width: 3)
    }

    /// Where the back is highest over its floor across the middle of the window, and how high (page points).
    static func highestGap(_ shapes: [[Point]], floorY: Double, in window: Rect) -> (x: Double, gap: Double)? {
        stride(from: window.x + window.width * 0.3, through: window.x + window.width * 0.6, by: 1).compactMap { x -> (Double, Double)? in
            PlaneGeometry.largestY(of: shapes, atX: x).map { (x, floorY - $0) }
        }.max { $0.1 < $1.1 }
    }

    /// An outline with its corners cut (Chaikin's method): each pass replaces every edge by its middle half. An open
    /// line keeps its two ends.
    static func smoothed(_ points: [Point], passes: Int, closed: Bool = true) -> [Point] {
        var shape = points
        for _ in 0..<passes where shape.count > 2 {
            var cut: [Point] = closed ? [] : [shape[0]]
            for i in 0..<(closed ? shape.count : shape.count - 1) {
                let a = shape[i], b = shape[(i + 1) % shape.count]
                cut.append(a * 0.75 + b * 0.25)
                cut.append(a * 0.25 + b * 0.75)
            }
            shape = closed ? cut : cut + [shape[shape.count - 1]]
        }
        return shape
    }

    /// A rectangle with rounded corners, as a closed outline.
    static func rounded(_ r: Rect, _ radius: Double) -> [Point] {
        let corners = [(Point(r.maxX - radius, r.maxY - radius), 0.0), (Point(r.x + radius, r.maxY - radius), 0.5),
                       (Point(r.x + radius, r.y + radius), 1.0), (Point(r.maxX - radius, r.y + radius), 1.5)]
        return corners.flatMap { c, start in
            (0...6).map { i in
                let a = (start + Double(i) / 12) * .pi
                return Point(c.x + radius * cos(a), c.y + radius * sin(a))
            }
        }
    }
}
