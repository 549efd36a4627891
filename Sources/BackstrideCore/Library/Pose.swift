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

/// The body's right or left.
public enum Side: String, Vocabulary {
    case right, left
    public static let vocabularyName = "side"
    /// +1 for the right side: the body's right is +z in its own frame.
    public var sign: Double { self == .right ? 1 : -1 }
}

/// A value for each side of the body.
public struct Sided<Value: Codable & Equatable & Sendable>: Codable, Equatable, Sendable {
    public var right: Value
    public var left: Value

    public init(right: Value, left: Value) {
        self.right = right
        self.left = left
    }

    public init(both: Value) { self.init(right: both, left: both) }

    public subscript(side: Side) -> Value {
        get { side == .right ? right : left }
        set { if side == .right { right = newValue } else { left = newValue } }
    }
}

/// A ball joint's angles in degrees, in anatomical terms.
///
/// For a hip or shoulder: `flex` raises the limb forward (negative takes it behind), `abd` takes it out to the side,
/// `rot` turns it outward. For the spine and neck: `flex` bends forward, `abd` bends sideways toward the right,
/// `rot` turns toward the right.
public struct JointTurn: Codable, Equatable, Sendable {
    public var flex: Double
    public var abd: Double
    public var rot: Double

    public init(flex: Double = 0, abd: Double = 0, rot: Double = 0) {
        self.flex = flex
        self.abd = abd
        self.rot = rot
    }

    public static let zero = JointTurn()

    func mixed(with other: JointTurn, _ t: Double) -> JointTurn {
        JointTurn(flex: flex + (other.flex - flex) * t, abd: abd + (other.abd - abd) * t, rot: rot + (other.rot - rot) * t)
    }
}

/// Every joint angle of one still frame. Zero everywhere is standing tall, arms by the sides, palms in.
public struct BodyAngles: Codable, Equatable, Sendable {
    public var lumbar = JointTurn.zero
    public var thoracic = JointTurn.zero
    public var neck = JointTurn.zero
    public var hip = Sided(both: JointTurn.zero)
    public var knee = Sided(both: 0.0)
    /// Positive lifts the toes toward the shin; negative points them.
    public var ankle = Sided(both: 0.0)
    public var shoulder = Sided(both: JointTurn.zero)
    public var elbow = Sided(both: 0.0)
    /// Positive bends the hand forward off the line of the forearm, as when the palm rests flat on the floor.
    public var wrist = Sided(both: 0.0)

    public init() {}

    /// The frame a fraction `t` of the way to `other`, every angle moved evenly.
    public func mixed(with other: BodyAngles, _ t: Double) -> BodyAngles {
        func m(_ a: Double, _ b: Double) -> Double { a + (b - a) * t }
        var r = BodyAngles()
        r.lumbar = lumbar.mixed(with: other.lumbar, t)
        r.thoracic = thoracic.mixed(with: other.thoracic, t)
        r.neck = neck.mixed(with: other.neck, t)
        for side in Side.allCases {
            r.hip[side] = hip[side].mixed(with: other.hip[side], t)
            r.shoulder[side] = shoulder[side].mixed(with: other.shoulder[side], t)
            r.knee[side] = m(knee[side], other.knee[side])
            r.ankle[side] = m(ankle[side], other.ankle[side])
            r.elbow[side] = m(elbow[side], other.elbow[side])
            r.wrist[side] = m(wrist[side], other.wrist[side])
        }
        return r
    }
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

/// One angle of a joint the solver chooses, named with its side when it has one.
public struct FreeJoint: Codable, Equatable, Hashable, Sendable {
    public enum Name: String, Codable, Sendable, CaseIterable {
        case lumbar, thoracic, neck, hip, knee, ankle, shoulder, elbow, wrist
    }

    /// Which of a ball joint's three angles; hinges only have `flex`.
    public enum Component: String, Codable, Sendable, CaseIterable { case flex, abd, rot }

    public var name: Name
    public var side: Side?
    public var component: Component

    public init(_ name: Name, _ side: Side? = nil, _ component: Component = .flex) {
        self.name = name
        self.side = side
        self.component = component
    }
}

extension JointTurn {
    subscript(component: FreeJoint.Component) -> Double {
        get { component == .flex ? flex : component == .abd ? abd : rot }
        set {
            switch component {
            case .flex: flex = newValue
            case .abd: abd = newValue
            case .rot: rot = newValue
            }
        }
    }
}

extension BodyAngles {
    /// One angle of a joint (a hinge's bend, or one of a ball joint's three angles).
    public subscript(joint: FreeJoint) -> Double {
        get {
            let side = joint.side ?? .right
            switch joint.name {
            case .lumbar: return lumbar[joint.component]
            case .thoracic: return thoracic[joint.component]
            case .neck: return neck[joint.component]
            case .hip: return hip[side][joint.component]
            case .knee: return knee[side]
            case .ankle: return ankle[side]
            case .shoulder: return shoulder[side][joint.component]
            case .elbow: return elbow[side]
            case .wrist: return wrist[side]
            }
        }
        set {
            let side = joint.side ?? .right
            switch joint.name {
            case .lumbar: lumbar[joint.component] = newValue
            case .thoracic: thoracic[joint.component] = newValue
            case .neck: neck[joint.component] = newValue
            case .hip: hip[side][joint.component] = newValue
            case .knee: knee[side] = newValue
            case .ankle: ankle[side] = newValue
            case .shoulder: shoulder[side][joint.component] = newValue
            case .elbow: elbow[side] = newValue
            case .wrist: wrist[side] = newValue
            }
        }
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

/// A body part that rests on something, as an exercise file names it.
public enum ContactPart: String, Codable, Sendable, CaseIterable {
    case head
    case upperBack = "upper_back", lowerBack = "lower_back", pelvis, back, front, side
    case shoulder, hand, forearm, elbow, knee, shin, foot, toes, heel, thigh, leg
}

/// What a body part rests on.
public enum Surface: String, Vocabulary {
    case floor, wall, chair, bench, step
    public static let vocabularyName = "surface"
}

/// One declared contact: a part (of one side, or both sides when `side` is nil) resting on a surface.
public struct Contact: Codable, Equatable, Sendable {
    public var part: ContactPart
    public var side: Side?
    public var surface: Surface

    public init(_ part: ContactPart, side: Side? = nil, on surface: Surface) {
        self.part = part
        self.side = side
        self.surface = surface
    }
}

/// Where a loop band goes.
public enum BandPlace: Codable, Equatable, Sendable {
    /// Round both knees or both ankles.
    case knees, ankles
    /// From the hands to a fixed point (x, height) in the world, tied to a post or a door.
    case handsTo(x: Double, height: Double)
}

/// Things drawn with the figure. Positions are in body heights along the floor, the pelvis starting near x = 0.
public enum Prop: Codable, Equatable, Sendable {
    case mat
    /// A wall across the floor at `x` (seen edge-on in a side view), or behind the figure at depth `z`.
    case wall(x: Double?, z: Double?)
    /// A chair whose seat's front edge is at `x`; someone sitting on it faces `facing`.
    case chair(x: Double, facing: Side)
    /// A bench or sofa: a padded box centred at `x`.
    case bench(x: Double, height: Double, length: Double)
    /// A step or stair: a box centred at `x`.
    case step(x: Double, height: Double, length: Double)
    case band(BandPlace)
    /// One kettlebell held in both hands.
    case kettlebell
    /// A dumbbell in each hand.
    case dumbbells
    case ball(x: Double)
    case foamRoller(x: Double)
    /// A metronome on the floor beside the figure.
    case metronome
}

/// The body points a movement arrow can follow.
public enum ArrowSite: Codable, Equatable, Sendable {
    /// `back` is the middle of the back's surface, for a back that rounds and arches.
    case head, chest, back, pelvis, hands
    case hand(Side), elbow(Side), knee(Side), foot(Side)
}

/// An arrow in the end frame along the path a body point travels from the start.
public struct MovementArrow: Codable, Equatable, Sendable {
    public var site: ArrowSite
    /// A head at both ends, for a movement done back and forth.
    public var bothWays: Bool

    public init(_ site: ArrowSite, bothWays: Bool = false) {
        self.site = site
        self.bothWays = bothWays
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
    /// Whether the standing balance check applies (not to running drills, which are caught mid-stride).
    public var balance: Bool
    /// The part that stays where it is from start to end (a lunge's back foot); by default, whatever rests in both.
    public var anchor: Contact?
    public var solved: SolvedPose

    /// The frames in order: start, then end when there is one.
    public var frames: [PoseFrame] { [start] + (end.map { [$0] } ?? []) }

    public init(position: BodyPosition, view: DiagramView, camera: CameraTurn, mirror: Bool, props: [Prop], start: PoseFrame,
                end: PoseFrame?, arrows: [MovementArrow], hold: Bool, clock: Bool, balance: Bool, anchor: Contact? = nil,
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
        self.balance = balance
        self.anchor = anchor
        self.solved = solved
    }
}

/// Where the figure is in each frame and along the way from start to end (for the arrows).
public struct SolvedPose: Codable, Equatable, Sendable {
    public var start: Placement
    public var end: Placement?
    /// Evenly spaced steps from start to end, both included; empty for a still pose.
    public var path: [Placement]

    public init(start: Placement, end: Placement?, path: [Placement]) {
        self.start = start
        self.end = end
        self.path = path
    }

    public var frames: [Placement] { [start] + (end.map { [$0] } ?? []) }
}
