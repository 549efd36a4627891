import Foundation

/// Joint positions of a posed stick figure, in body units (height about 1), floor at y = 0.
///
/// The kinematics are deliberately simple and fixed, so every diagram shares proportions
/// and a clinic writing a new exercise only chooses angles.
public struct Skeleton: Equatable, Sendable {
    public enum Length {
        public static let trunk = 0.30, neck = 0.05, headRadius = 0.065
        public static let upperArm = 0.17, forearm = 0.16
        public static let thigh = 0.25, shin = 0.24, foot = 0.07
    }

    public struct Limb: Equatable, Sendable {
        public var root: Point, middle: Point, end: Point
        /// Toe for a leg; nil for an arm.
        public var tip: Point?
    }

    public var hip: Point
    public var shoulder: Point
    /// The middle of the back: on the straight line from hip to shoulder unless the spine is bent.
    public var midBack: Point
    public var neck: Point
    public var headCentre: Point
    public var nearArm: Limb, farArm: Limb, nearLeg: Limb, farLeg: Limb

    public init(_ frame: PoseFrame, facing: Facing) {
        func build(hip: Point) -> Skeleton {
            Skeleton(frame: frame, facing: facing, hip: hip)
        }
        if let hip = frame.hip {
            self = build(hip: hip)
        } else {
            let trial = build(hip: Point(0, 0))
            self = build(hip: Point(0, -trial.lowestY))
        }
    }

    private init(frame f: PoseFrame, facing: Facing, hip: Point) {
        let shoulder = hip.moved(f.trunk, Length.trunk)
        self.hip = hip
        self.shoulder = shoulder
        // The back bows away from the front: toward the figure's back for a rounded spine.
        let backward = f.trunk + 90 * facing.sign
        let bow = Length.trunk / 2 * tan((f.spine ?? 0) * .pi / 180)
        midBack = Point((hip.x + shoulder.x) / 2, (hip.y + shoulder.y) / 2).moved(backward, bow)
        neck = shoulder.moved(f.head, Length.neck)
        headCentre = neck.moved(f.head, Length.headRadius)
        func arm(_ a: [Double]) -> Limb {
            let elbow = shoulder.moved(a[0], Length.upperArm)
            return Limb(root: shoulder, middle: elbow, end: elbow.moved(a[1], Length.forearm), tip: nil)
        }
        func leg(_ l: [Double], foot: Double?) -> Limb {
            let knee = hip.moved(l[0], Length.thigh)
            let ankle = knee.moved(l[1], Length.shin)
            let toe = ankle.moved(foot ?? l[1] + 90 * facing.sign, Length.foot)
            return Limb(root: hip, middle: knee, end: ankle, tip: toe)
        }
        nearArm = arm(f.nearArm)
        farArm = arm(f.farArm)
        nearLeg = leg(f.nearLeg, foot: f.nearFoot)
        farLeg = leg(f.farLeg, foot: f.farFoot)
    }

    public var allPoints: [Point] {
        var points = [hip, shoulder, neck, midBack]
        for limb in [nearArm, farArm, nearLeg, farLeg] {
            points += [limb.middle, limb.end]
            if let tip = limb.tip { points.append(tip) }
        }
        return points
    }

    /// Average of the joints: "away from the body" for placing arrows.
    public var centre: Point {
        let points = allPoints
        return Point(points.map(\.x).reduce(0, +) / Double(points.count), points.map(\.y).reduce(0, +) / Double(points.count))
    }

    var lowestY: Double {
        min(allPoints.map(\.y).min()!, headCentre.y - Length.headRadius)
    }

    /// Bounding box including the head circle.
    public var bounds: (minX: Double, minY: Double, maxX: Double, maxY: Double) {
        let xs = allPoints.map(\.x) + [headCentre.x - Length.headRadius, headCentre.x + Length.headRadius]
        let ys = allPoints.map(\.y) + [headCentre.y - Length.headRadius, headCentre.y + Length.headRadius]
        return (xs.min()!, ys.min()!, xs.max()!, ys.max()!)
    }

    public func point(_ joint: Joint) -> Point {
        switch joint {
        case .head: return headCentre
        case .hip: return hip
        case .nearHand: return nearArm.end
        case .farHand: return farArm.end
        case .nearElbow: return nearArm.middle
        case .farElbow: return farArm.middle
        case .nearKnee: return nearLeg.middle
        case .farKnee: return farLeg.middle
        case .nearFoot: return nearLeg.end
        case .farFoot: return farLeg.end
        }
    }

    /// The joint that travels furthest between two frames: what the movement arrow follows.
    public static func mostMoved(from a: Skeleton, to b: Skeleton) -> Joint {
        Joint.allCases.max { a.point($0).distance(to: b.point($0)) < a.point($1).distance(to: b.point($1)) }!
    }
}

/// Human joint ranges, checked when an exercise file is loaded.
public enum JointRanges {
    public static let knee = -5.0...160.0
    public static let elbow = -5.0...160.0
    public static let hip = -45.0...150.0
    public static let neck = -70.0...70.0

    /// Angle difference normalised to -180..<180.
    static func normalised(_ degrees: Double) -> Double {
        var d = degrees.truncatingRemainder(dividingBy: 360)
        if d >= 180 { d -= 360 }
        if d < -180 { d += 360 }
        return d
    }

    /// Problems with one frame, as (field, message) pairs.
    public static func problems(in f: PoseFrame, facing: Facing) -> [(field: String, message: String)] {
        let s = facing.sign
        var found: [(String, String)] = []
        func check(_ field: String, _ joint: String, _ value: Double, _ range: ClosedRange<Double>, _ why: String) {
            guard !range.contains(value) else { return }
            found.append((field, "\(joint) angle \(Int(value.rounded()))° is outside the human range \(Int(range.lowerBound))° to \(Int(range.upperBound))° (\(why))"))
        }
        for (field, leg) in [("near_leg", f.nearLeg), ("far_leg", f.farLeg)] {
            check(field, "knee", normalised(leg[0] - leg[1]) * s, knee, "knees only bend backward")
            check(field, "hip", normalised(leg[0] - (f.trunk + 180)) * s, hip, "measured from the line of the trunk")
        }
        for (field, arm) in [("near_arm", f.nearArm), ("far_arm", f.farArm)] {
            check(field, "elbow", normalised(arm[1] - arm[0]) * s, elbow, "elbows only bend forward")
        }
        check("head", "neck", normalised(f.head - f.trunk), neck, "relative to the trunk")
        return found
    }
}
