import BackstrideCore
import Foundation

/// The props of one frame as flat shapes, in picture units: what stands behind the figure (mat, wall, chair, bench,
/// step, a band's anchor), what the hands hold (sorted in among the limbs by depth), and bands over the figure.
struct PropOutline {
    var background: [DiagramMark] = []
    var held: [(mark: DiagramMark, depth: Double)] = []
    var front: [DiagramMark] = []
    /// Points of the props that must fit in the picture (walls and the floor are clipped instead).
    var extent: [Point] = []
    /// Outlines of solid props an arrow must not cross.
    var solid: [[Point]] = []

    /// - Parameter span: the world x and z the figure covers in any frame, so the mat is the same in each.
    init(_ pose: Pose, _ figure: Figure, _ projection: Projection, span: (x: ClosedRange<Double>, z: ClosedRange<Double>)) {
        for prop in pose.props {
            switch prop {
            case .mat:
                let top = Scenery.matThickness
                let z = pose.view == .top ? max(0.3, span.z.upperBound + 0.06) : 0.3
                add(box(Vector3(span.x.lowerBound - 0.06, 0, -z), Vector3(span.x.upperBound + 0.06, top, z), projection),
                    fill: DiagramInk.paper, fits: false)
            case let .wall(x, z):
                if let x {
                    let back = x < 0 ? -0.035 : 0.035
                    let slab = box(Vector3(min(x, x + back), 0, -0.45), Vector3(max(x, x + back), 1.25, 0.45), projection)
                    background.append(.hatched(slab, spacing: 4, width: 0.6))
                    background.append(.shape(slab, fill: nil, stroke: DiagramInk.ink, width: DiagramInk.prop))
                } else if let z {
                    // A wall behind the figure: a hatched panel it stands in front of.
                    let middle = (span.x.lowerBound + span.x.upperBound) / 2
                    let panel = box(Vector3(middle - 0.2, 0, z - 0.03), Vector3(middle + 0.2, 1.05, z), projection)
                    background.append(.hatched(panel, spacing: 6, width: 0.5))
                    background.append(.shape(panel, fill: nil, stroke: DiagramInk.ink, width: DiagramInk.prop))
                }
            case let .chair(x, facing):
                let solids = Scenery.chair(frontEdge: x, facing: facing).compactMap { s -> (Vector3, Vector3)? in
                    if case let .box(lo, hi) = s { return (lo, hi) } else { return nil }
                }
                for (lo, hi) in solids.sorted(by: { projection.depth(($0.0 + $0.1) * 0.5) < projection.depth(($1.0 + $1.1) * 0.5) }) {
                    add(box(lo, hi, projection), fill: DiagramInk.paper, fits: true)
                }
            case let .bench(x, height, length):
                let w = Scenery.boxHalfWidth, half = length / 2
                for legX in [x - half + 0.03, x + half - 0.06] {
                    add(box(Vector3(legX, 0, -w + 0.02), Vector3(legX + 0.03, height - 0.06, -w + 0.05), projection), fill: DiagramInk.paper, fits: true)
                    add(box(Vector3(legX, 0, w - 0.05), Vector3(legX + 0.03, height - 0.06, w - 0.02), projection), fill: DiagramInk.paper, fits: true)
                }
                add(box(Vector3(x - half, height - 0.06, -w), Vector3(x + half, height, w), projection), fill: DiagramInk.paper, fits: true)
            case let .step(x, height, length):
                let w = Scenery.boxHalfWidth
                let outline = box(Vector3(x - length / 2, 0, -w), Vector3(x + length / 2, height, w), projection)
                add(outline, fill: DiagramInk.paper, fits: true)
                background.append(.line([projection.point(Vector3(x - length / 2, height - 0.02, w)),
                                         projection.point(Vector3(x + length / 2, height - 0.02, w))], color: DiagramInk.ink, width: 0.5))
            case let .band(place):
                band(place, figure, projection)
            case .kettlebell:
                kettlebell(figure, projection)
            case .dumbbells:
                for side in Side.allCases { dumbbell(side, figure, projection) }
            case let .ball(x):
                add(projection.outline(.ball(Vector3(x, 0.11, 0), 0.11)), fill: DiagramInk.paper, fits: true)
            case let .foamRoller(x):
                let roller = Ellipsoid(centre: Vector3(x, 0.05, 0), axes: Matrix3(Vector3(0.05, 0, 0), Vector3(0, 0.05, 0), Vector3(0, 0, 0.15)))
                add(PlaneGeometry.hull(projection.outline(roller)), fill: DiagramInk.paper, fits: true)
            case .metronome:
                metronome(span.x.upperBound + 0.1, projection)
            }
        }
    }

    private mutating func add(_ outline: [Point], fill: Color, fits: Bool) {
        background.append(.shape(outline, fill: fill, stroke: DiagramInk.ink, width: DiagramInk.prop))
        if fits {
            extent += outline
            solid.append(outline)
        }
    }

    /// The outline of a box between two corners.
    func box(_ lo: Vector3, _ hi: Vector3, _ projection: Projection) -> [Point] {
        var corners: [Point] = []
        for x in [lo.x, hi.x] {
            for y in [lo.y, hi.y] {
                for z in [lo.z, hi.z] { corners.append(projection.point(Vector3(x, y, z))) }
            }
        }
        return PlaneGeometry.hull(corners)
    }

    private mutating func band(_ place: BandPlace, _ figure: Figure, _ projection: Projection) {
        let ends: [Vector3]
        switch place {
        case .knees: ends = Side.allCases.map { figure.point(.knee($0)) }
        case .ankles: ends = Side.allCases.map { figure.world(figure.skeleton.legs[$0].ankle) }
        case let .handsTo(x, height):
            let anchor = Vector3(x, height, 0)
            ends = [figure.point(.hands), anchor]
            let post = box(Vector3(x - 0.015, 0, -0.015), Vector3(x + 0.015, height + 0.05, 0.015), projection)
            background.append(.shape(post, fill: DiagramInk.farFill, stroke: DiagramInk.ink, width: DiagramInk.prop))
            extent += post
        }
        var a = projection.point(ends[0]), b = projection.point(ends[1])
        // A loop round two knees seen from the side would be a dot: give it a knee's width at least.
        let d = b - a
        let reach = 0.045
        let dir = d.length > 1e-6 ? d.normalized : Point(1, 0)
        if case .handsTo = place {} else {
            a = a - dir * reach
            b = b + dir * reach
        }
        // A flat strap: dark, edged in ink. Tied to something it runs between the legs, so it is sorted among them;
        // round the knees or ankles it wraps their front.
        let depth = ends.map { projection.depth($0) }.reduce(0, +) / Double(ends.count)
        let strap: [DiagramMark] = [.line([a, b], color: DiagramInk.ink, width: 3.2), .line([a, b], color: DiagramInk.band, width: 1.6)]
        if case .handsTo = place {
            held += strap.map { ($0, depth + 0.0005) }
            // Where a leg hides the band, its path shows as dashes over the leg, so the band reaches the hands.
            front += DiagramMark.dashed([a, b], dash: 0.022, gap: 0.022, color: DiagramInk.ink, width: 1.2)
        } else {
            front += strap
        }
    }

    private mutating func kettlebell(_ figure: Figure, _ projection: Projection) {
        let hands = figure.point(.hands)
        let down = Side.allCases.map { figure.rotation * (figure.skeleton.arms[$0].hand * Vector3(0, -1, 0)) }
            .reduce(Vector3.zero, +).normalized
        let bell = Ellipsoid.ball(hands + down * 0.075, 0.055)
        let handle = Ellipsoid(centre: hands + down * 0.02, axes: Matrix3(down * 0.035, figure.rotation * Vector3(0, 0, 0.035), Vector3(0, 0, 0)))
        let depth = projection.depth(hands) + 0.001
        held.append((.shape(projection.outline(handle), fill: nil, stroke: DiagramInk.ink, width: 2), depth))
        held.append((.shape(projection.outline(bell), fill: DiagramInk.ink, stroke: DiagramInk.ink, width: DiagramInk.outline), depth))
        extent += projection.outline(bell)
    }

    private mutating func dumbbell(_ side: Side, _ figure: Figure, _ projection: Projection) {
        let arm = figure.skeleton.arms[side]
        let grip = figure.point(.hand(side))
        let across = (figure.rotation * arm.hand.c2).normalized
        let x = figure.rotation * arm.hand.c0, y = figure.rotation * arm.hand.c1
        let bar = Ellipsoid(centre: grip, axes: Matrix3(x * 0.012, y * 0.012, across * 0.075))
        held.append((.shape(PlaneGeometry.hull(projection.outline(bar)), fill: DiagramInk.ink, stroke: DiagramInk.ink, width: 0.5),
                     projection.depth(grip)))
        for end in [-1.0, 1.0] {
            let c = grip + across * (0.062 * end)
            let plate = Ellipsoid(centre: c, axes: Matrix3(x * 0.04, y * 0.04, across * 0.014))
            let outline = projection.outline(plate)
            held.append((.shape(outline, fill: DiagramInk.ink, stroke: DiagramInk.ink, width: DiagramInk.outline), projection.depth(c)))
            extent += outline
        }
    }

    /// A metronome standing on the floor: a tapered box with its swinging arm and weight, and a pair of beamed
    /// notes above it for the beat. Drawn larger than life (a fifth of the body's height): at true size readers took
    /// it for a cone, and with only tick marks for the sound they took it for a radio mast.
    private mutating func metronome(_ x: Double, _ projection: Projection) {
        func at(_ dx: Double, _ y: Double) -> Point { projection.point(Vector3(x + dx, y, 0)) }
        add([at(-0.07, 0), at(0.07, 0), at(0.03, 0.22), at(-0.03, 0.22)], fill: DiagramInk.paper, fits: true)
        background.append(.line([at(-0.05, 0.035), at(0.05, 0.035)], color: DiagramInk.ink, width: 1))
        background.append(.line([at(0, 0.035), at(0.06, 0.27)], color: DiagramInk.ink, width: 1.2))
        background.append(.dot(at(0.045, 0.21), radius: 2.2, color: DiagramInk.ink))
        // Two eighth notes joined by a beam, rising from the metronome; the stems sit on the heads' right edges.
        var beam: [Point] = []
        for (dx, y) in [(-0.05, 0.31), (0.06, 0.34)] {
            let head = at(dx, y), foot = at(dx + 0.028, y), top = at(dx + 0.028, y + 0.13)
            background.append(.dot(head, radius: 2.4, color: DiagramInk.ink))
            background.append(.line([foot, top], color: DiagramInk.ink, width: 1))
            beam.append(top)
            extent += [head, top]
        }
        background.append(.line(beam, color: DiagramInk.ink, width: 2.4))
    }
}
