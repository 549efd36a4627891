import Foundation

/// The solid things around the figure, built from its props: the floor (or the mat on it), walls, chairs, benches
/// and steps. It measures how far a body part is from each surface, and how deep it goes into one.
public struct Scenery: Sendable {
    /// A solid: everything on one side of a plane, or a box.
    public enum Solid: Equatable, Sendable {
        /// Points with `normal · p <= offset`; `normal` points out of the solid.
        case halfSpace(normal: Vector3, offset: Double)
        case box(min: Vector3, max: Vector3)
    }

    public struct Item: Sendable {
        /// What a part may rest on; nil for solids nothing rests on (a chair's back and legs).
        public var surface: Surface?
        public var solid: Solid
    }

    /// Thickness of an exercise mat: the body lies on its top.
    public static let matThickness = 0.012
    public enum Chair {
        public static let seatHeight = 0.26, seatDepth = 0.23, seatThickness = 0.03, backTop = 0.56, halfWidth = 0.13
        public static let backThickness = 0.025, legWidth = 0.02
    }

    public static let boxHalfWidth = 0.2

    public let items: [Item]
    public let floorLevel: Double

    public init(props: [Prop]) {
        floorLevel = props.contains(.mat) ? Self.matThickness : 0
        var items = [Item(surface: .floor, solid: .halfSpace(normal: .unitY, offset: floorLevel))]
        for prop in props {
            switch prop {
            case let .wall(x, z):
                if let x {
                    items.append(Item(surface: .wall, solid: x < 0 ? .halfSpace(normal: .unitX, offset: x)
                                                                   : .halfSpace(normal: -.unitX, offset: -x)))
                } else if let z {
                    items.append(Item(surface: .wall, solid: .halfSpace(normal: .unitZ, offset: z)))
                }
            case let .chair(x, facing):
                items += Self.chair(frontEdge: x, facing: facing).enumerated().map { Item(surface: $0.offset == 0 ? .chair : nil, solid: $0.element) }
            case let .bench(x, height, length):
                items.append(Item(surface: .bench, solid: Self.box(x: x, height: height, length: length)))
            case let .step(x, height, length):
                items.append(Item(surface: .step, solid: Self.box(x: x, height: height, length: length)))
            default:
                break
            }
        }
        self.items = items
    }

    static func box(x: Double, height: Double, length: Double) -> Solid {
        .box(min: Vector3(x - length / 2, 0, -boxHalfWidth), max: Vector3(x + length / 2, height, boxHalfWidth))
    }

    /// Seat, back and four legs. The seat runs back from its front edge, away from the way the sitter faces.
    public static func chair(frontEdge x: Double, facing: Side) -> [Solid] {
        typealias C = Chair
        let back = facing == .right ? -1.0 : 1.0
        let far = x + back * C.seatDepth
        func slab(_ x0: Double, _ x1: Double, _ y0: Double, _ y1: Double, _ z0: Double, _ z1: Double) -> Solid {
            .box(min: Vector3(min(x0, x1), y0, z0), max: Vector3(max(x0, x1), y1, z1))
        }
        let seatBottom = C.seatHeight - C.seatThickness
        var solids = [slab(x, far, seatBottom, C.seatHeight, -C.halfWidth, C.halfWidth),
                      slab(far, far - back * C.backThickness, C.seatHeight, C.backTop, -C.halfWidth, C.halfWidth)]
        for legX in [x - back * 0.01, far + back * 0.005] {
            for z in [-C.halfWidth + 0.01, C.halfWidth - 0.01 - C.legWidth] {
                solids.append(slab(legX, legX + back * C.legWidth, 0, seatBottom, z, z + C.legWidth))
            }
        }
        return solids
    }

    public func has(_ surface: Surface) -> Bool { items.contains { $0.surface == surface } }

    /// Signed distance from an ellipsoid to the nearest solid of `surface`: negative when it goes in. Nil when the
    /// scenery has no such surface.
    public func distance(_ e: Ellipsoid, to surface: Surface) -> Double? {
        let ds = items.filter { $0.surface == surface }.map { Self.distance(e, $0.solid) }
        return ds.min()
    }

    /// The deepest any solid is entered by the ellipsoid (0 when it is clear of everything), and what it enters.
    public func deepest(_ e: Ellipsoid) -> (depth: Double, thing: String) {
        var worst = (depth: 0.0, thing: "floor")
        for item in items {
            let d = Self.distance(e, item.solid)
            if d < worst.depth { worst = (d, item.surface?.rawValue ?? "chair") }
        }
        return worst
    }

    static func distance(_ e: Ellipsoid, _ solid: Solid) -> Double {
        switch solid {
        case let .halfSpace(n, offset):
            return n.dot(e.centre) - e.reach(n) - offset
        case let .box(lo, hi):
            // Measured along the line from the box's nearest point to the ellipsoid's centre: exact for a ball, and
            // within a millimetre or two for the figure's near-round parts.
            let c = e.centre
            let q = Vector3(min(max(c.x, lo.x), hi.x), min(max(c.y, lo.y), hi.y), min(max(c.z, lo.z), hi.z))
            let v = c - q
            if v.length > 1e-9 { return v.length - e.reach(v.normalized) }
            // The centre is inside: out through the nearest face.
            let faces: [(Double, Vector3)] = [(c.x - lo.x, -.unitX), (hi.x - c.x, .unitX), (c.y - lo.y, -.unitY),
                                              (hi.y - c.y, .unitY), (c.z - lo.z, -.unitZ), (hi.z - c.z, .unitZ)]
            let nearest = faces.min { $0.0 < $1.0 }!
            return -nearest.0 - e.reach(nearest.1)
        }
    }
}
