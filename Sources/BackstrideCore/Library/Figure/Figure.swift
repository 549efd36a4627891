import Foundation

/// A part of the body drawn as one shape and counted as one mass.
public enum BodyPart: Hashable, Sendable {
    case pelvis, abdomen, chest, neck, head
    case upperArm(Side), forearm(Side), hand(Side)
    case thigh(Side), shin(Side), foot(Side)

    /// Parts drawn together as one outline: the trunk, the head, and each limb.
    public enum Group: Hashable, Sendable {
        case trunk, head
        case arm(Side), leg(Side)
    }

    public var group: Group {
        switch self {
        case .pelvis, .abdomen, .chest, .neck: return .trunk
        case .head: return .head
        case let .upperArm(s), let .forearm(s), let .hand(s): return .arm(s)
        case let .thigh(s), let .shin(s), let .foot(s): return .leg(s)
        }
    }

    /// Share of body mass (Dempster's tables, rounded), for the balance check.
    var mass: Double {
        switch self {
        case .pelvis: return 0.142
        case .abdomen: return 0.139
        case .chest: return 0.216
        case .neck: return 0.012
        case .head: return 0.069
        case .upperArm: return 0.028
        case .forearm: return 0.016
        case .hand: return 0.006
        case .thigh: return 0.1
        case .shin: return 0.0465
        case .foot: return 0.0145
        }
    }
}

/// The posed figure with volume, placed in the world: every part as a few ellipsoids whose outline is the part's
/// shape. Built from a skeleton, a turn and the pelvis position.
public struct Figure: Sendable {
    public struct Part: Sendable {
        public var part: BodyPart
        public var blobs: [Ellipsoid]
    }

    public let parts: [Part]
    public let angles: BodyAngles
    public let skeleton: Skeleton
    /// Body frame to world: turn, then the pelvis position.
    public let rotation: Matrix3
    public let origin: Vector3

    /// The figure posed by the angles but not yet placed: the body's own frame. Placing it again and again (as the
    /// solver does) only turns and moves these shapes.
    public struct Posed: Sendable {
        public let angles: BodyAngles
        public let skeleton: Skeleton
        let shapes: [(BodyPart, [Ellipsoid])]

        public init(_ angles: BodyAngles) {
            self.angles = angles
            skeleton = Skeleton(angles)
            shapes = Figure.shapes(skeleton)
        }
    }

    public init(_ angles: BodyAngles, rotation: Matrix3, origin: Vector3) {
        self.init(Posed(angles), rotation: rotation, origin: origin)
    }

    public init(_ posed: Posed, rotation: Matrix3, origin: Vector3) {
        angles = posed.angles
        skeleton = posed.skeleton
        self.rotation = rotation
        self.origin = origin
        parts = posed.shapes.map { Part(part: $0.0, blobs: $0.1.map { $0.moved(rotation, origin) }) }
    }

    public subscript(part: BodyPart) -> Part { parts.first { $0.part == part }! }

    /// A point of the body frame in the world.
    public func world(_ p: Vector3) -> Vector3 { rotation * p + origin }

    /// Centre of mass of the whole body.
    public var centreOfMass: Vector3 {
        var sum = Vector3.zero, total = 0.0
        for p in parts {
            let c = p.blobs.reduce(Vector3.zero) { $0 + $1.centre } * (1 / Double(p.blobs.count))
            sum = sum + c * p.part.mass
            total += p.part.mass
        }
        return sum * (1 / total)
    }

    /// Where an arrow following `site` starts or ends.
    public func point(_ site: ArrowSite) -> Vector3 {
        let s = skeleton
        func palm(_ side: Side) -> Vector3 {
            let a = s.arms[side]
            return a.wrist + a.hand * Vector3(0, -0.045, 0)
        }
        switch site {
        case .head: return world(s.neck.point(0.012, 0.085, 0))
        case .aboveHead: return world(s.neck.point(0.012, 0.27, 0))
        case .chest, .ahead: return world(s.spine[3].origin)
        case .back: return world(s.spine[1].point(-0.08, 0.02, 0))
        case .pelvis: return origin
        case .hands: return world((palm(.right) + palm(.left)) * 0.5)
        case let .hand(side): return world(palm(side))
        case let .elbow(side): return world(s.arms[side].elbow)
        case let .knee(side): return world(s.legs[side].knee)
        case let .foot(side):
            let l = s.legs[side]
            return world(l.ankle + l.foot * Vector3(0.04, -0.015, 0))
        }
    }

    /// Where the eyes look, and the middle of the face, in the world.
    public var face: (centre: Vector3, forward: Vector3, up: Vector3) {
        let n = skeleton.neck
        return (world(n.point(0.012, 0.085, 0)), rotation * n.rotation.c0, rotation * n.rotation.c1)
    }

    /// The ellipsoids of every part in the body frame. Half-axes: x front-to-back, y along the bone, z side-to-side.
    static func shapes(_ s: Skeleton) -> [(BodyPart, [Ellipsoid])] {
        typealias E = Ellipsoid
        let thin = 0.002
        func ring(_ f: Skeleton.Segment, _ x: Double, _ y: Double, depth: Double, width: Double) -> E {
            E.inFrame(f, at: Vector3(x, y, 0), depth, thin, width)
        }
        let p = s.pelvis, sp = s.spine
        var list: [(BodyPart, [E])] = [
            (.pelvis, [ring(p, -0.012, -0.05, depth: 0.058, width: 0.09), ring(p, -0.004, 0, depth: 0.066, width: 0.1),
                       ring(p, -0.004, 0.05, depth: 0.06, width: 0.092), ring(p, 0, Skeleton.Length.spine[0], depth: 0.058, width: 0.088)]),
            (.abdomen, [ring(sp[0], 0, 0, depth: 0.058, width: 0.088), ring(sp[1], 0, 0, depth: 0.054, width: 0.08),
                        ring(sp[2], 0, 0, depth: 0.058, width: 0.086)]),
            (.chest, [ring(sp[2], 0, 0, depth: 0.058, width: 0.086), ring(sp[2], 0.002, 0.03, depth: 0.064, width: 0.09), ring(sp[3], 0.004, 0, depth: 0.07, width: 0.098),
                      ring(sp[3], 0.006, 0.05, depth: 0.064, width: 0.11), ring(s.chestTop, -0.005, 0.005, depth: 0.042, width: 0.07)]),
            (.neck, [E.inFrame(s.neck, at: Vector3(0, 0.01, 0), 0.032, 0.032, 0.032),
                     E.inFrame(s.neck, at: Vector3(0.01, 0.055, 0), 0.03, 0.03, 0.03)]),
            (.head, [E.inFrame(s.neck, at: Vector3(0.012, 0.085, 0), 0.056, 0.064, 0.05),
                     E.inFrame(s.neck, at: Vector3(0.03, 0.05, 0), 0.042, 0.036, 0.04),
                     E.inFrame(s.neck, at: Vector3(0.068, 0.072, 0), 0.016, 0.011, 0.009)]),
        ]
        for side in Side.allCases {
            let a = s.arms[side], l = s.legs[side]
            let upper = Skeleton.Segment(origin: a.shoulder, rotation: a.upper)
            let fore = Skeleton.Segment(origin: a.elbow, rotation: a.fore)
            let hand = Skeleton.Segment(origin: a.wrist, rotation: a.hand)
            let thigh = Skeleton.Segment(origin: l.hip, rotation: l.thigh)
            let shin = Skeleton.Segment(origin: l.knee, rotation: l.shin)
            let foot = Skeleton.Segment(origin: l.ankle, rotation: l.foot)
            func ball(_ f: Skeleton.Segment, _ x: Double, _ y: Double, _ r: Double) -> E { E.inFrame(f, at: Vector3(x, y, 0), r, r, r) }
            list += [
                (.upperArm(side), [ball(upper, 0, -0.01, 0.042), ball(upper, 0, -0.09, 0.034), ball(upper, 0, -0.18, 0.027)]),
                (.forearm(side), [ball(fore, 0, 0, 0.028), ball(fore, 0.004, -0.05, 0.03), ball(fore, 0, -0.15, 0.018)]),
                (.hand(side), [ball(hand, 0, 0, 0.018), E.inFrame(hand, at: Vector3(0, -0.045, 0), 0.024, 0.03, 0.013),
                               E.inFrame(hand, at: Vector3(0, -0.08, 0), 0.018, 0.024, 0.011)]),
                (.thigh(side), [ball(thigh, 0.005, -0.02, 0.062), ball(thigh, 0.004, -0.1, 0.056), ball(thigh, 0, -0.245, 0.04)]),
                (.shin(side), [ball(shin, 0.004, 0, 0.04), ball(shin, -0.01, -0.075, 0.037), ball(shin, 0, -0.245, 0.022)]),
                (.foot(side), [ball(foot, 0, 0, 0.024), ball(foot, -0.03, -0.018, 0.024),
                               E.inFrame(foot, at: Vector3(0.088, -0.024, 0), 0.022, 0.018, 0.026), ball(foot, 0.115, -0.03, 0.012)]),
            ]
        }
        return list
    }
}
