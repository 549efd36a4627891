import BackstrideCore
import Foundation

/// An exercise picture laid out in a box: the start and end frames side by side (one above the other for lying
/// exercises, which are wide), or one frame with a hold marker for a hold. Everything is decided here, in page
/// points; the painter only draws the marks. The frame panels and body outlines are kept for the geometry checks.
public struct DiagramDrawing: Sendable {
    /// One frame's panel and what was drawn in it.
    public struct Frame: Sendable {
        public var panel: Rect
        /// Body outlines in drawing order, each with its group and whether it is drawn in front of the head.
        public var bodies: [(group: BodyPart.Group, shape: [Point], afterHead: Bool)]
        public var head: [Point]
        public var floorY: Double?
        public var arrows: [[Point]]
        /// Where the pelvic clock's face, its two written hours and its hand's tip are, when it has one.
        public var clock: ClockFace? = nil
        /// The low spine's line and the arrow into the gap under the back, in a low-back close-up.
        public var lowBack: LowBackView? = nil
        /// Where HOLD's stopwatch is centred, in a held position's last frame.
        public var hold: Point? = nil

        func moved(by dx: Double, _ dy: Double) -> Frame {
            func m(_ p: Point) -> Point { Point(p.x + dx, p.y + dy) }
            return Frame(panel: panel.moved(by: dx, dy),
                         bodies: bodies.map { ($0.group, $0.shape.map(m), $0.afterHead) }, head: head.map(m),
                         floorY: floorY.map { $0 + dy }, arrows: arrows.map { $0.map(m) },
                         clock: clock.map { ClockFace(centre: m($0.centre), twelve: m($0.twelve), six: m($0.six), hand: $0.hand.map(m),
                                                      caption: $0.caption?.moved(by: dx, dy)) },
                         lowBack: lowBack.map { LowBackView(spine: $0.spine.map(m), gapArrow: $0.gapArrow?.map(m)) },
                         hold: hold.map(m))
        }
    }

    /// What a low-back close-up drew over the body.
    public struct LowBackView: Sendable {
        public var spine: [Point]
        public var gapArrow: [Point]?
    }

    public struct ClockFace: Sendable {
        public var centre, twelve, six: Point
        public var hand: Point?
        /// The box of the words saying what the back does at this hour.
        public var caption: Rect? = nil
    }

    public var marks: [DiagramMark]
    public var frames: [Frame]
    /// Points per body height: one value for every picture of a kind in the same box width.
    public var scale: Double
    /// Whether the pose fitted at its kind's scale (false: it was shrunk to fit).
    public var fitsAtKindScale: Bool
    /// The largest scale at which this pose would fit its panels.
    var fitScale: Double
    /// Arrows the exercise asked for that found no clear path.
    public var missingArrows: Int

    /// The box of a card's picture for a card `cardWidth` wide: about half the card, tall enough for a standing
    /// figure and for two lying ones stacked.
    public static func box(cardWidth: Double) -> (width: Double, height: Double) {
        let width = (cardWidth * 0.44).rounded()
        return (width, (width * 0.715).rounded())
    }

    /// Points per body height for each kind of position, as a share of the box width. Each is the largest at which
    /// every built-in picture of that kind fits its panels (a test checks it).
    static func kindScale(_ kind: BodyPosition.Kind, width: Double) -> Double {
        switch kind {
        case .lying: return width * 0.48
        case .kneeling: return width * 0.55
        case .standing: return width * 0.44
        }
    }

    static let frameGap = 14.0
    static let inset = 3.0

    /// The panels for `count` frames in the box.
    static func panels(_ box: Rect, count: Int, stacked: Bool) -> [Rect] {
        guard count == 2 else { return [box] }
        if stacked {
            let h = (box.height - frameGap) / 2
            return [Rect(x: box.x, y: box.y, width: box.width, height: h), Rect(x: box.x, y: box.y + h + frameGap, width: box.width, height: h)]
        }
        let w = (box.width - frameGap) / 2
        return [Rect(x: box.x, y: box.y, width: w, height: box.height), Rect(x: box.x + w + frameGap, y: box.y, width: w, height: box.height)]
    }

    /// The picture laid out at the page's origin and then moved into `box`: the arrows' routes test points against
    /// the body at a clearance, and a point computed in place could fall the other side of it than the same point
    /// computed at the origin and moved. Laid out one way, a picture is the same wherever it is placed (and the same
    /// as a remembered one, see `DiagramMemo`).
    public init(_ pose: Pose, in box: Rect) {
        self.init(atOrigin: pose, width: box.width, height: box.height)
        if box.x != 0 || box.y != 0 {
            marks = marks.map { $0.moved(by: box.x, box.y) }
            frames = frames.map { $0.moved(by: box.x, box.y) }
        }
    }

    private init(atOrigin pose: Pose, width: Double, height: Double) {
        let box = Rect(x: 0, y: 0, width: width, height: height)
        let projection = Projection(pose)
        let bodyTurn = ViewSetup.bodyTurn(pose.position, pose.view) ?? .identity
        let figures = pose.solved.frames.map { place in
            Figure(place.angles, rotation: ViewSetup.rotation(bodyTurn, tilt: place.tilt), origin: place.origin)
        }
        let outlines = figures.map { FigureOutline($0, projection) }
        let blobs = figures.flatMap { $0.parts.flatMap(\.blobs) }
        let span = (x: (blobs.map { $0.centre.x - $0.reach(.unitX) }.min() ?? 0)...(blobs.map { $0.centre.x + $0.reach(.unitX) }.max() ?? 0),
                    z: (blobs.map { $0.centre.z - $0.reach(.unitZ) }.min() ?? 0)...(blobs.map { $0.centre.z + $0.reach(.unitZ) }.max() ?? 0))
        let props = figures.map { PropOutline(pose, $0, projection, span: span) }
        let paths = Self.arrowPaths(pose, bodyTurn, projection)

        // Fit: one scale per kind, the content centred in each panel at the same place so still parts line up.
        let content = outlines.flatMap { $0.groups.flatMap { $0.shapes.flatMap { $0 } } } + props.flatMap(\.extent)
        let minX = content.map(\.x).min() ?? 0, maxX = content.map(\.x).max() ?? 0
        let minY = content.map(\.y).min() ?? 0, maxY = content.map(\.y).max() ?? 0
        let kind = pose.position.kind
        // Frames side by side, or one above the other when that lets the picture be bigger (wide, lying pictures).
        func fit(_ panels: [Rect]) -> Double {
            let room = panels[0].inset(Self.inset + 2)
            return min(room.width / max(maxX - minX, 1e-6), room.height / max(maxY - minY, 1e-6))
        }
        let beside = Self.panels(box, count: figures.count, stacked: false), above = Self.panels(box, count: figures.count, stacked: true)
        // A close-up is the one picture drawn larger than its kind: as large as its frames allow, within a limit,
        // and always one frame above the other so the whole body fits across the box.
        let closeUp = pose.closeUp == .lowBack
        let panels = closeUp || fit(above) > fit(beside) * 1.05 ? above : beside
        let kindScale = Self.kindScale(kind, width: box.width)
        let fitScale = fit(panels)
        scale = closeUp ? min(kindScale * LowBackCloseUp.largest, fitScale) : min(kindScale, fitScale)
        fitsAtKindScale = kindScale <= fitScale + 1e-9
        self.fitScale = fitScale
        let s = scale
        let midX = (minX + maxX) / 2, midY = (minY + maxY) / 2
        // The floor's height in the picture, when the camera looks across it.
        let floorPicture: Double? = pose.view == .top || pose.camera.above > 0 ? nil : 0

        var marks: [DiagramMark] = []
        var frames: [Frame] = []
        var missing = 0
        for (index, panel) in panels.enumerated() {
            func page(_ p: Point) -> Point { Point(panel.x + panel.width / 2 + (p.x - midX) * s, panel.y + panel.height / 2 - (p.y - midY) * s) }
            let outline = outlines[index], prop = props[index]
            marks.append(.clip(panel))
            var floorY: Double?
            if let floorPicture {
                let y = page(Point(0, floorPicture)).y
                floorY = y
                marks.append(.hatched([Point(panel.x, y), Point(panel.maxX, y), Point(panel.maxX, y + 5), Point(panel.x, y + 5)], spacing: 4, width: 0.5))
                marks.append(.line([Point(panel.x, y), Point(panel.maxX, y)], color: DiagramInk.ink, width: 1))
            } else if pose.view != .top, !pose.props.contains(.mat) {
                let xs = span.x, zs = span.z
                let tile = prop.box(Vector3(xs.lowerBound - 0.12, 0, zs.lowerBound - 0.12), Vector3(xs.upperBound + 0.12, 0, zs.upperBound + 0.12), projection)
                marks.append(.shape(tile.map(page), fill: nil, stroke: DiagramInk.ink, width: DiagramInk.prop))
            }
            marks += prop.background.map { $0.mapped(page) }

            // Body groups and held things, farthest first.
            var layers: [(depth: Double, marks: [DiagramMark])] = outline.groups.map { g in
                (g.depth, [.silhouette(g.shapes.map { $0.map(page) }, fill: g.far ? DiagramInk.farFill : DiagramInk.paper,
                                       outline: DiagramInk.outline, gap: DiagramInk.gap)]
                    + (g.group == .head ? Self.face(outline, page) : []))
            }
            layers += prop.held.map { ($0.depth, [$0.mark.mapped(page)]) }
            // The spine shows through the trunk but not through the near arm or thigh in front of it.
            let spine = closeUp ? LowBackCloseUp.spine(figures[index], projection, page) : nil
            if let spine, let trunk = outline.groups.first(where: { $0.group == .trunk }) {
                layers.append((trunk.depth + 1e-6, spine.marks))
            }
            layers.sort { $0.depth < $1.depth }
            for layer in layers { marks += layer.marks }
            marks += prop.front.map { $0.mapped(page) }

            var bodies: [(BodyPart.Group, [Point], Bool)] = []
            var seenHead = false
            for g in outline.groups {
                if g.group == .head { seenHead = true }
                for shape in g.shapes { bodies.append((g.group, shape.map(page), seenHead && g.group != .head)) }
            }
            var lowBack: LowBackView?
            if let spine {
                // What lifts: the back, off the floor under it (or the mat's top), in the last frame.
                let rest = floorY.map { $0 - (pose.props.contains(.mat) ? Scenery.matThickness * s : 0) }
                let arrow = index == panels.count - 1 ? rest.flatMap {
                    LowBackCloseUp.gapArrow(figures[index], projection, page, bodies: bodies.map(\.1), floorY: $0)
                } : nil
                if let arrow { marks.append(.arrow(arrow, width: 1.1, bothWays: false)) }
                lowBack = LowBackView(spine: spine.line, gapArrow: arrow)
            }
            var clock: ClockFace?
            if pose.clock {
                let drawn = Self.clock(figures[index], projection, page, hand: panels.count == 2 ? Double(index) * .pi : nil)
                marks += drawn.marks
                clock = drawn.face
                if panels.count == 2 {
                    let caption = Self.clockCaption(atSix: index == 1, in: panel)
                    marks += caption.marks
                    clock?.caption = caption.box
                }
            }
            var arrows: [[Point]] = []
            if index == panels.count - 1, !paths.isEmpty {
                let route = ArrowRoute(obstacles: bodies.map(\.1) + prop.solid.map { $0.map(page) }, floorY: floorY, panel: panel)
                for (path, both) in paths {
                    if let drawn = route.route(path.map(page)) {
                        arrows.append(drawn)
                        marks.append(.arrow(drawn, width: DiagramInk.arrow, bothWays: both))
                    } else {
                        missing += 1
                    }
                }
            }
            let leans = pose.arrows.contains(where: { $0.site == .aboveHead })
            if index == panels.count - 1, leans, let figure = figures.last {
                marks += Self.bodyLine(figure, projection, page)
            }
            // A lean's dashed upright stands behind the body, where speed lines cross it: readers took them for tick
            // marks on it. The arrow ahead alone says that the lean goes on forward.
            if index == panels.count - 1, !leans, pose.arrows.contains(where: { $0.site == .ahead }), let figure = figures.last {
                let forward = projection.point(figure.point(.chest) + figure.face.forward) - projection.point(figure.point(.chest))
                marks += Self.speedLines(behind: bodies.map(\.1), facingRight: forward.x >= 0)
            }
            var hold: Point?
            if pose.hold, index == panels.count - 1 {
                let watch = Self.holdPlace(in: panel, clearOf: bodies.map(\.1) + prop.solid.map { $0.map(page) }, arrows: arrows)
                marks += Self.stopwatch(at: watch)
                hold = watch
            }
            marks.append(.endClip)
            frames.append(Frame(panel: panel, bodies: bodies, head: outline.head.map(page), floorY: floorY, arrows: arrows, clock: clock,
                                lowBack: lowBack, hold: hold))
        }
        if panels.count == 2 { marks.append(Self.chevron(panels[0], panels[1], clearOf: frames.last?.arrows ?? [])) }
        self.marks = marks
        self.frames = frames
        missingArrows = missing
    }

    /// Each arrow's path in picture units, from the start frame to the end, with whether it points both ways.
    static func arrowPaths(_ pose: Pose, _ bodyTurn: Matrix3, _ projection: Projection) -> [([Point], Bool)] {
        let steps = PoseMotion.path(pose).map { Figure($0.angles, rotation: ViewSetup.rotation(bodyTurn, tilt: $0.tilt), origin: $0.origin) }
        return pose.arrows.map { arrow in
            if arrow.site == .ahead, let last = steps.last {
                // From a hand's breadth in front of the chest to an arm's length, level with the floor.
                let forward = Vector3(last.face.forward.x, 0, last.face.forward.z).normalized
                let chest = last.point(.chest)
                return ((0...8).map { projection.point(chest + forward * (0.25 + 0.45 * Double($0) / 8)) }, arrow.bothWays)
            }
            var points = steps.map { projection.point($0.point(arrow.site)) }
            // A step along the floor is shown along the floor: the foot's lift in between would bend the arrow into a hook.
            if case .foot = arrow.site, let a = steps.first?.point(arrow.site), let b = steps.last?.point(arrow.site), a.y < 0.1, b.y < 0.1,
               let p0 = points.first, let p1 = points.last {
                points = (0...8).map { p0 + (p1 - p0) * (Double($0) / 8) }
            }
            return (points, arrow.bothWays)
        }
    }
}
