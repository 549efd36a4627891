import Foundation

/// How the body rests in a diagram.
public enum BodyPosition: String, Vocabulary {
    case supine, prone
    case sideLying = "side_lying"
    case quadruped, kneeling, standing, sitting
    public static let vocabularyName = "body position"
}

/// The way the figure would face if it stood up straight; decides which way joints may bend.
public enum Facing: String, Vocabulary {
    case right, left
    public static let vocabularyName = "facing"
    var sign: Double { self == .right ? 1 : -1 }
}

/// Where a band is looped.
public enum BandAnchor: String, Vocabulary {
    case knees, ankles, feet, hands
    public static let vocabularyName = "band position"
}

/// Things drawn with the figure.
public enum Prop: Codable, Equatable, Hashable, Sendable {
    case mat, wall, ball
    case foamRoller
    case kettlebell, dumbbell
    case band(BandAnchor)
    case step(x: Double, height: Double, width: Double)
}

/// The joints a movement arrow can follow.
public enum Joint: String, Vocabulary {
    case head, hip
    case nearHand = "near_hand", farHand = "far_hand"
    case nearElbow = "near_elbow", farElbow = "far_elbow"
    case nearKnee = "near_knee", farKnee = "far_knee"
    case nearFoot = "near_foot", farFoot = "far_foot"
    public static let vocabularyName = "joint"
}

/// One still frame of the stick figure: absolute segment directions in degrees,
/// counter-clockwise from pointing right, y up (see docs/exercise-format.md).
public struct PoseFrame: Codable, Equatable, Hashable, Sendable {
    public var trunk: Double
    public var head: Double
    public var nearArm: [Double]
    public var farArm: [Double]
    public var nearLeg: [Double]
    public var farLeg: [Double]
    public var nearFoot: Double?
    public var farFoot: Double?
    /// Where the hip joint sits; nil drops the figure so its lowest point rests on the floor.
    public var hip: Point?
    /// Bend of the back in degrees: positive rounds it (the cat in cat-cow), negative arches it (the cow).
    public var spine: Double? = nil
}

/// A start pose and, for a movement, an end pose, with props.
public struct Pose: Codable, Equatable, Sendable {
    public var position: BodyPosition
    public var facing: Facing
    public var props: [Prop]
    public var start: PoseFrame
    public var end: PoseFrame?
    public var arrow: Joint?
}

public struct Point: Codable, Equatable, Hashable, Sendable {
    public var x: Double
    public var y: Double
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }

    func moved(_ degrees: Double, _ length: Double) -> Point {
        let r = degrees * .pi / 180
        return Point(x + cos(r) * length, y + sin(r) * length)
    }

    public func distance(to p: Point) -> Double { hypot(p.x - x, p.y - y) }
}
