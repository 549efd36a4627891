import Foundation

/// How the body rests: it sets the body's starting orientation, its default joint angles and the picture's scale.
public enum BodyPosition: String, Vocabulary {
    case standing, sitting, kneeling, quadruped, supine, prone
    case sideLying = "side_lying"
    public static let vocabularyName = "body position"

    /// Positions drawn at one scale, so a lying figure on one card is the size of a lying figure on the next.
    public enum Kind: String, Codable, Sendable, CaseIterable { case lying, kneeling, standing }

    public var kind: Kind {
        switch self {
        case .supine, .prone, .sideLying: return .lying
        case .kneeling, .quadruped: return .kneeling
        case .standing, .sitting: return .standing
        }
    }
}

/// What a close-up picture is drawn larger than its kind's scale to show.
public enum CloseUp: String, Vocabulary {
    /// The low back lying on the floor, for a pelvic tilt: whether it presses flat or arches is about 2 cm, under a
    /// millimetre at the lying scale. Drawn with the spine inside the trunk and an arrow into the gap under it.
    case lowBack = "low_back"
    public static let vocabularyName = "close-up"
}

/// Which way the picture looks at the body.
public enum DiagramView: String, Vocabulary {
    /// From the body's right side (for side-lying, from its front).
    case side
    /// At the chest of an upright or side-lying body.
    case front
    case back
    /// From above.
    case top
    /// Between the side and the front, a little from above.
    case threeQuarter = "three_quarter"
    public static let vocabularyName = "view"
}

/// One still frame: the joint angles, what touches what, and a first guess at how far the body is turned.
public struct PoseFrame: Codable, Equatable, Sendable {
    public var angles: BodyAngles
    /// Degrees the whole body is turned clockwise in the picture before the contacts are solved (before mirroring).
    public var tilt: Double
    public var contacts: [Contact]
    /// Joints whose bend the solver chooses so the contacts hold (`ankles: free` rests a sole flat).
    public var free: [FreeJoint]

    public init(angles: BodyAngles, tilt: Double = 0, contacts: [Contact], free: [FreeJoint] = []) {
        self.angles = angles
        self.tilt = tilt
        self.contacts = contacts
        self.free = free
    }
}

/// Where the figure is in its world: the solver's answer for one frame.
public struct Placement: Codable, Equatable, Sendable {
    /// Degrees turned clockwise in the picture (about the world z axis), including the frame's own tilt.
    public var tilt: Double
    /// Where the middle of the pelvis is.
    public var origin: Vector3
    /// The joint angles drawn: the frame's own, with any flat ankles solved.
    public var angles: BodyAngles

    public init(tilt: Double, origin: Vector3, angles: BodyAngles) {
        self.tilt = tilt
        self.origin = origin
        self.angles = angles
    }
}

/// Extra turn of the camera from the named view.
public struct CameraTurn: Codable, Equatable, Sendable {
    /// Degrees the camera looks down from above.
    public var above: Double
    /// Degrees the camera moves round toward the body's front.
    public var turn: Double

    public init(above: Double, turn: Double) {
        self.above = above
        self.turn = turn
    }
}

/// An exercise's picture: a posed 3D figure in a start frame and, for a movement, an end frame, with props,
/// contacts and arrows (see docs/exercise-format.md). `solved` holds where the figure stands in every frame.
public struct Pose: Codable, Equatable, Sendable {
    public var position: BodyPosition
    public var view: DiagramView
    public var camera: CameraTurn
    /// Flip the picture left to right.
    public var mirror: Bool
    public var props: [Prop]
    public var start: PoseFrame
    public var end: PoseFrame?
    public var arrows: [MovementArrow]
    /// A timed hold: the (last) frame gets a hold marker.
    public var hold: Bool
    /// A clock face on the tummy, for the pelvic clock.
    public var clock: Bool
    /// Whether the picture is a close-up, drawn larger than its kind's scale, and of what.
    public var closeUp: CloseUp?
    /// Whether the standing balance check applies (not to running drills, which are caught mid-stride).
    public var balance: Bool
    /// The part that stays where it is from start to end (a lunge's back foot); by default, whatever rests in both.
    public var anchor: Contact?
    public var solved: SolvedPose

    /// The frames in order: start, then end when there is one.
    public var frames: [PoseFrame] { [start] + (end.map { [$0] } ?? []) }

    public init(position: BodyPosition, view: DiagramView, camera: CameraTurn, mirror: Bool, props: [Prop], start: PoseFrame,
                end: PoseFrame?, arrows: [MovementArrow], hold: Bool, clock: Bool, closeUp: CloseUp? = nil, balance: Bool, anchor: Contact? = nil,
                solved: SolvedPose) {
        self.position = position
        self.view = view
        self.camera = camera
        self.mirror = mirror
        self.props = props
        self.start = start
        self.end = end
        self.arrows = arrows
        self.hold = hold
        self.clock = clock
        self.closeUp = closeUp
        self.balance = balance
        self.anchor = anchor
        self.solved = solved
    }
}

/// Where the figure is in each frame, and on the way between them (`PoseMotion.path`).
public struct SolvedPose: Codable, Equatable, Sendable {
    public var start: Placement
    public var end: Placement?
    /// The steps strictly between start and end, for the arrows; empty for a still pose or one made in code.
    public var between: [Placement]

    public init(start: Placement, end: Placement?, between: [Placement] = []) {
        self.start = start
        self.end = end
        self.between = between
    }

    public var frames: [Placement] { [start] + (end.map { [$0] } ?? []) }
}
