import Foundation

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

    /// The order the solver takes free angles in: by name, then left, right, no side, then component, all
    /// alphabetical. It was once the order of the values' printed descriptions, which solved poses (and the cache
    /// of them) depend on; the printing went through reflection and was about 15% of loading the library.
    public static func solverOrder(_ a: FreeJoint, _ b: FreeJoint) -> Bool {
        func key(_ j: FreeJoint) -> (String, Int, String) {
            (j.name.rawValue, j.side == nil ? 1 : 0, (j.side?.rawValue ?? "") + "." + j.component.rawValue)
        }
        return key(a) < key(b)
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
