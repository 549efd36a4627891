import Foundation

/// The bones of the figure posed by joint angles, in the body's own frame: origin in the middle of the pelvis,
/// x toward the front, y toward the head, z toward the right. Units are body heights.
///
/// The proportions are fixed, so every picture shares one body and a clinic writing an exercise only chooses angles.
public struct Skeleton: Sendable {
    /// Bone lengths and offsets (body heights; a standing figure's head top is at 1.0, its soles at 0).
    public enum Length {
        public static let hipHalfWidth = 0.05
        /// Pelvis middle to the base of the spine (L5), then up the two lumbar and two thoracic steps.
        public static let spine = [0.065, 0.05, 0.055, 0.075, 0.075]
        public static let shoulderHalfWidth = 0.125, shoulderDrop = 0.035
        public static let upperArm = 0.18, forearm = 0.15, hand = 0.1
        public static let thigh = 0.245, shin = 0.245, ankleHeight = 0.042
    }

    /// A bone's frame: where it starts and how it is turned (its -y runs along a limb, its y up the spine).
    public struct Segment: Sendable {
        public var origin: Vector3
        public var rotation: Matrix3

        public func point(_ x: Double, _ y: Double, _ z: Double) -> Vector3 { origin + rotation * Vector3(x, y, z) }
    }

    public var pelvis: Segment
    /// Spine steps from the base: two lumbar, two thoracic; the last one carries the chest.
    public var spine: [Segment]
    /// The top of the thoracic spine (C7), with the chest's turn.
    public var chestTop: Segment
    public var neck: Segment
    public var arms: Sided<ArmBones>
    public var legs: Sided<LegBones>

    /// One arm's joints and the turn of each bone.
    public struct ArmBones: Codable, Equatable, Sendable {
        public var shoulder, elbow, wrist, fingertip: Vector3
        public var upper, fore, hand: Matrix3
    }

    /// One leg's joints and the turn of each bone (the foot's x runs from heel to toe).
    public struct LegBones: Codable, Equatable, Sendable {
        public var hip, knee, ankle: Vector3
        public var thigh, shin, foot: Matrix3
    }

    public init(_ a: BodyAngles) {
        pelvis = Segment(origin: .zero, rotation: .identity)
        var frames: [Segment] = []
        var origin = Vector3(0, Length.spine[0], 0)
        var turn = Matrix3.identity
        for step in 0..<4 {
            let joint = step < 2 ? a.lumbar : a.thoracic
            turn = turn * Self.spineTurn(joint, share: 0.5)
            frames.append(Segment(origin: origin, rotation: turn))
            origin = origin + turn * Vector3(0, Length.spine[step + 1], 0)
        }
        spine = frames
        let top = Segment(origin: origin, rotation: turn)
        chestTop = top
        let neckTurn = turn * Self.spineTurn(a.neck, share: 1)
        neck = Segment(origin: origin, rotation: neckTurn)

        func arm(_ side: Side) -> ArmBones {
            let s = side.sign
            let shoulder = top.point(-0.005, -Length.shoulderDrop, s * Length.shoulderHalfWidth)
            let upper = turn * Self.limbTurn(a.shoulder[side], side)
            let elbow = shoulder + upper * Vector3(0, -Length.upperArm, 0)
            let fore = upper * Matrix3.aboutZ(a.elbow[side])
            let wrist = elbow + fore * Vector3(0, -Length.forearm, 0)
            let hand = fore * Matrix3.aboutZ(a.wrist[side])
            return ArmBones(shoulder: shoulder, elbow: elbow, wrist: wrist, fingertip: wrist + hand * Vector3(0, -Length.hand, 0),
                          upper: upper, fore: fore, hand: hand)
        }
        func leg(_ side: Side) -> LegBones {
            let hip = Vector3(0, 0, side.sign * Length.hipHalfWidth)
            let thigh = Self.limbTurn(a.hip[side], side)
            let knee = hip + thigh * Vector3(0, -Length.thigh, 0)
            let shin = thigh * Matrix3.aboutZ(-a.knee[side])
            let ankle = knee + shin * Vector3(0, -Length.shin, 0)
            return LegBones(hip: hip, knee: knee, ankle: ankle, thigh: thigh, shin: shin, foot: shin * Matrix3.aboutZ(a.ankle[side]))
        }
        arms = Sided(right: arm(.right), left: arm(.left))
        legs = Sided(right: leg(.right), left: leg(.left))
    }

    /// Flexion bends toward the front, side bending toward the right, rotation turns toward the right.
    static func spineTurn(_ j: JointTurn, share: Double) -> Matrix3 {
        Matrix3.aboutZ(-j.flex * share) * Matrix3.aboutX(j.abd * share) * Matrix3.aboutY(-j.rot * share)
    }

    /// Flexion swings a hanging limb forward, abduction out to its own side, rotation turns it outward.
    static func limbTurn(_ j: JointTurn, _ side: Side) -> Matrix3 {
        Matrix3.aboutZ(j.flex) * Matrix3.aboutX(-side.sign * j.abd) * Matrix3.aboutY(-side.sign * j.rot)
    }
}

/// Human joint ranges in degrees, checked when an exercise file is loaded.
public enum JointRanges {
    public static let spineFlex = -35.0...60.0, spineSide = -30.0...30.0, lumbarRot = -20.0...20.0, thoracicRot = -40.0...40.0
    public static let neckFlex = -60.0...70.0, neckSide = -45.0...45.0, neckRot = -80.0...80.0
    public static let hipFlex = -30.0...140.0, hipAbd = -30.0...50.0, hipRot = -50.0...60.0
    public static let knee = 0.0...160.0
    public static let ankle = -85.0...35.0
    public static let shoulderFlex = -60.0...180.0, shoulderAbd = -30.0...180.0, shoulderRot = -90.0...90.0
    public static let elbow = 0.0...150.0
    public static let wrist = -90.0...90.0

    /// The human range of one joint angle.
    public static func range(_ joint: FreeJoint) -> ClosedRange<Double> {
        switch (joint.name, joint.component) {
        case (.lumbar, .flex), (.thoracic, .flex): return spineFlex
        case (.lumbar, .abd), (.thoracic, .abd): return spineSide
        case (.lumbar, .rot): return lumbarRot
        case (.thoracic, .rot): return thoracicRot
        case (.neck, .flex): return neckFlex
        case (.neck, .abd): return neckSide
        case (.neck, .rot): return neckRot
        case (.hip, .flex): return hipFlex
        case (.hip, .abd): return hipAbd
        case (.hip, .rot): return hipRot
        case (.shoulder, .flex): return shoulderFlex
        case (.shoulder, .abd): return shoulderAbd
        case (.shoulder, .rot): return shoulderRot
        case (.knee, _): return knee
        case (.ankle, _): return ankle
        case (.elbow, _): return elbow
        case (.wrist, _): return wrist
        }
    }

    /// Whether every angle of a joint is within its range give or take half a degree: a solver's answer may sit a
    /// hair outside the edge it was pushed against.
    static func withinSlack(_ a: BodyAngles, _ joint: FreeJoint) -> Bool {
        FreeJoint.Component.allCases.allSatisfy { c in
            let j = FreeJoint(joint.name, joint.side, c), r = range(j)
            return a[j] >= r.lowerBound - 0.5 && a[j] <= r.upperBound + 0.5
        }
    }

    /// One angle outside its range: the YAML key that holds it, and what to say.
    public struct Problem: Equatable, Sendable {
        public var key: String
        public var message: String
    }

    /// Every angle of a frame outside its human range. `keys` names each side's key as written (`right_hip` or `hips`).
    public static func problems(in a: BodyAngles, key: (String, Side?) -> String) -> [Problem] {
        var found: [Problem] = []
        func check(_ joint: String, _ side: Side?, _ what: String, _ value: Double, _ range: ClosedRange<Double>, _ hint: String) {
            guard !range.contains(value) else { return }
            found.append(Problem(key: key(joint, side), message: "\(what) \(NodeReader.format(value.rounded()))° is outside the human range "
                + "\(NodeReader.format(range.lowerBound))° to \(NodeReader.format(range.upperBound))° (\(hint))"))
        }
        func turn(_ joint: String, _ side: Side?, _ j: JointTurn, _ flex: ClosedRange<Double>, _ abd: ClosedRange<Double>,
                  _ rot: ClosedRange<Double>, _ words: (String, String, String)) {
            let name = side.map { "\($0.rawValue) \(joint)" } ?? joint
            check(joint, side, "\(name) \(words.0)", j.flex, flex, "negative bends the other way")
            check(joint, side, "\(name) \(words.1)", j.abd, abd, "negative goes the other way")
            check(joint, side, "\(name) \(words.2)", j.rot, rot, "negative turns the other way")
        }
        let spineWords = ("bend", "side bend", "turn")
        turn("lumbar", nil, a.lumbar, spineFlex, spineSide, lumbarRot, spineWords)
        turn("thoracic", nil, a.thoracic, spineFlex, spineSide, thoracicRot, spineWords)
        turn("neck", nil, a.neck, neckFlex, neckSide, neckRot, spineWords)
        for side in Side.allCases {
            turn("hip", side, a.hip[side], hipFlex, hipAbd, hipRot, ("flexion", "abduction", "rotation"))
            turn("shoulder", side, a.shoulder[side], shoulderFlex, shoulderAbd, shoulderRot, ("flexion", "abduction", "rotation"))
            check("knee", side, "\(side.rawValue) knee bend", a.knee[side], knee, "knees only bend one way")
            check("elbow", side, "\(side.rawValue) elbow bend", a.elbow[side], elbow, "elbows only bend one way")
            check("ankle", side, "\(side.rawValue) ankle", a.ankle[side], ankle, "positive lifts the toes, negative points them")
            check("wrist", side, "\(side.rawValue) wrist", a.wrist[side], wrist, "positive bends the hand forward")
        }
        return found
    }
}
