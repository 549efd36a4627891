import Foundation

/// Solves where the figure is in each frame and along the way between them, and checks the result: declared contacts
/// touch, nothing sinks into the floor or a prop, and a standing body is over its feet.
public enum PoseMotion {
    /// Steps on the path from start to end, both ends included: enough for a smooth arrow.
    public static let pathSteps = 7
    /// How far a contact may be from its surface, in body heights (about 1.4 cm on a 1.75 m person).
    public static let tolerance = 0.008
    /// How far the centre of mass may be outside the area between the supports.
    public static let balanceMargin = 0.03

    /// A problem with one frame, for the loader to report.
    public struct Problem: Equatable, Sendable {
        /// `start` or `end`.
        public var frame: String
        public var message: String
        public var hint: String
    }

    static let angleHint = "change the angles or the contacts so the body rests where the exercise says"

    public struct Setup {
        public var position: BodyPosition
        public var bodyTurn: Matrix3
        public var props: [Prop]
        public var scenery: Scenery
        public var balance: Bool
        /// The part that keeps its place from frame to frame, when the exercise names one.
        public var anchor: Contact?

        public init(position: BodyPosition, bodyTurn: Matrix3, props: [Prop], balance: Bool, anchor: Contact? = nil) {
            self.position = position
            self.bodyTurn = bodyTurn
            self.props = props
            scenery = Scenery(props: props)
            self.balance = balance
            self.anchor = anchor
        }

        /// What stays put between frames: the named anchor (all of that part), or what rests in both frames.
        func still(_ a: [PoseSolver.Requirement], _ b: [PoseSolver.Requirement]) -> [PoseSolver.Requirement] {
            guard let anchor else { return PoseMotion.common(a, b) }
            // A foot keeps the ball of the foot planted while its heel lifts or lands.
            return PoseSolver.requirements([anchor]).map {
                PoseSolver.Requirement(part: $0.part, blobs: $0.part.isFoot ? [2] : nil, surface: $0.surface, name: $0.name)
            }
        }
    }

    public static func solve(_ setup: Setup, start: PoseFrame, end: PoseFrame?) -> (SolvedPose, [Problem]) {
        var startProblem = frame(setup, start)
        if let home = homeSpots(setup) {
            startProblem.anchors = anchors(common(startProblem.requirements, home.requirements), home.figure)
        }
        let startPlace = PoseSolver.solve(startProblem, setup.scenery)
        var problems = check(startProblem, startPlace, setup, name: "start")
        guard let end else { return (SolvedPose(start: startPlace, end: nil), problems) }
        let startFigure = startProblem.figure(startPlace)
        var endProblem = frame(setup, end)
        // A free angle the end frame only inherits starts where the start frame's solution left it.
        for joint in endProblem.free where start.free.contains(joint) && start.angles[joint] == end.angles[joint] {
            endProblem.angles[joint] = startPlace.angles[joint]
        }
        endProblem.anchors = anchors(setup.still(startProblem.requirements, endProblem.requirements), startFigure)
        let endPlace = PoseSolver.solve(endProblem, setup.scenery)
        problems += check(endProblem, endPlace, setup, name: "end")
        var solved = SolvedPose(start: startPlace, end: endPlace)
        // The steps between are solved with the frames (and remembered with them), not again for every picture drawn.
        if problems.isEmpty { solved.between = steps(setup, start: start, end: end, startPlace: startPlace, endPlace: endPlace) }
        return (solved, problems)
    }

    /// Evenly spaced steps from the start frame to the end frame, both included, for drawing an arrow along the way
    /// the body really goes; empty for a still pose.
    public static func path(_ pose: Pose) -> [Placement] {
        guard let end = pose.end, let endPlace = pose.solved.end else { return [] }
        if !pose.solved.between.isEmpty { return [pose.solved.start] + pose.solved.between + [endPlace] }
        // A pose made in code rather than loaded (tests): solve the steps now.
        guard let bodyTurn = ViewSetup.bodyTurn(pose.position, pose.view) else { return [] }
        let setup = Setup(position: pose.position, bodyTurn: bodyTurn, props: pose.props, balance: pose.balance, anchor: pose.anchor)
        return [pose.solved.start] + steps(setup, start: pose.start, end: end, startPlace: pose.solved.start, endPlace: endPlace) + [endPlace]
    }

    /// The placements strictly between the start and end frames.
    static func steps(_ setup: Setup, start: PoseFrame, end: PoseFrame, startPlace: Placement, endPlace: Placement) -> [Placement] {
        let startProblem = frame(setup, start), endProblem = frame(setup, end)
        let startFigure = startProblem.figure(startPlace)
        // Between the frames only what rests in both frames keeps resting (or only the anchor, when the exercise names
        // one: the other foot of a lunge is in the air); everything else follows the angles.
        let still = setup.still(startProblem.requirements, endProblem.requirements)
        let shared = setup.anchor == nil ? common(startProblem.requirements, endProblem.requirements) : still
        let free = start.free.filter { end.free.contains($0) }
        var path: [Placement] = []
        for step in 1..<(pathSteps - 1) {
            let t = Double(step) / Double(pathSteps - 1)
            var between = PoseSolver.Frame(angles: startPlace.angles.mixed(with: endPlace.angles, t), bodyTurn: setup.bodyTurn,
                                           tilt: startPlace.tilt + (endPlace.tilt - startPlace.tilt) * t, requirements: shared,
                                           free: free)
            between.anchors = anchors(still, startFigure)
            between.guess = Placement(tilt: between.tilt, origin: startPlace.origin.lerp(endPlace.origin, t), angles: between.angles)
            between.balanced = standing(setup, shared)
            path.append(PoseSolver.solve(between, setup.scenery))
        }
        return path
    }

    static func frame(_ setup: Setup, _ f: PoseFrame) -> PoseSolver.Frame {
        var frame = PoseSolver.Frame(angles: f.angles, bodyTurn: setup.bodyTurn, tilt: f.tilt, requirements: PoseSolver.requirements(f.contacts),
                                     free: f.free)
        frame.balanced = standing(setup, frame.requirements)
        // On one foot the body shifts sideways over it, at the standing hip.
        if frame.balanced, let side = singleFoot(frame.requirements) {
            let shift = FreeJoint(.hip, side, .abd)
            if !frame.free.contains(shift) { frame.free.append(shift) }
        }
        return frame
    }

    /// On all fours, hands and knees keep the places they have in the plain position (back flat, thighs and arms
    /// upright), so a rounded or arched back moves the trunk between them rather than sliding them about.
    static func homeSpots(_ setup: Setup) -> (requirements: [PoseSolver.Requirement], figure: Figure)? {
        guard setup.position == .quadruped else { return nil }
        let plain = PoseFrame(angles: FrameReader.defaults(.quadruped).angles, contacts: [Contact(.knee, on: .floor), Contact(.hand, on: .floor)])
        let problem = frame(setup, plain)
        return (problem.requirements, problem.figure(PoseSolver.solve(problem, setup.scenery)))
    }

    /// The arrow site that travels furthest from the start frame to the end frame.
    static func mostMoved(_ setup: Setup, _ solved: SolvedPose) -> ArrowSite {
        guard let end = solved.end else { return .pelvis }
        func figure(_ p: Placement) -> Figure { Figure(p.angles, rotation: ViewSetup.rotation(setup.bodyTurn, tilt: p.tilt), origin: p.origin) }
        let a = figure(solved.start), b = figure(end)
        let sites: [ArrowSite] = [.head, .pelvis, .hands] + Side.allCases.flatMap { [.hand($0), .knee($0), .foot($0)] }
        return sites.max { a.point($0).distance(to: b.point($0)) < a.point($1).distance(to: b.point($1)) } ?? .pelvis
    }

    /// Standing on the feet, perhaps steadied by a hand: the weight must be over the feet. (Sitting on a chair or
    /// leaning on a wall, the seat or the wall takes it.)
    static func standing(_ setup: Setup, _ requirements: [PoseSolver.Requirement]) -> Bool {
        setup.balance && setup.position == .standing && requirements.contains { $0.part.isFoot }
            && requirements.allSatisfy { r in
                if case .hand = r.part { return true }
                return r.part.isFoot
            }
    }

    /// The side of the only foot that rests on something, when just one does.
    static func singleFoot(_ requirements: [PoseSolver.Requirement]) -> Side? {
        let sides = Set(requirements.compactMap { r -> Side? in
            if case let .foot(side) = r.part { return side }
            return nil
        })
        return sides.count == 1 ? sides.first : nil
    }

    static func common(_ a: [PoseSolver.Requirement], _ b: [PoseSolver.Requirement]) -> [PoseSolver.Requirement] {
        a.filter { r in b.contains { $0.part == r.part && $0.blobs == r.blobs && $0.surface == r.surface } }
    }

    static func anchors(_ requirements: [PoseSolver.Requirement], _ figure: Figure) -> [(PoseSolver.Requirement, Vector3)] {
        requirements.map { ($0, PoseSolver.spot($0, figure)) }
    }

    /// Contacts that do not touch, parts inside a solid, and a standing body not over its supports.
    static func check(_ problem: PoseSolver.Frame, _ place: Placement, _ setup: Setup, name: String) -> [Problem] {
        let figure = problem.figure(place)
        let scenery = setup.scenery
        var found: [String] = []
        var missing: [Problem] = []
        let ranges = JointRanges.problems(in: place.angles) { joint, side in side.map { "\($0.rawValue)_\(joint)" } ?? joint }
        for joint in Set(problem.free.map { FreeJoint($0.name, $0.side) }) {
            let key = joint.side.map { "\($0.rawValue)_\(joint.name.rawValue)" } ?? joint.name.rawValue
            for range in ranges where range.key == key && !JointRanges.withinSlack(place.angles, joint) {
                found.append("the free \(key.replacingOccurrences(of: "_", with: " ")) cannot make the contacts hold: \(range.message)")
            }
        }
        for r in problem.requirements {
            guard scenery.has(r.surface) else {
                let problem = Problem(frame: name, message: "`\(r.name)` rests on the \(r.surface.rawValue), but the pose has no \(r.surface.rawValue) prop",
                                      hint: "add a \(r.surface.rawValue) to `props`")
                if !missing.contains(problem) { missing.append(problem) }
                continue
            }
            let gap = PoseSolver.gap(r, figure, scenery)
            if gap > tolerance {
                found.append("the \(r.part.words) stays \(centimetres(gap)) above the \(r.surface.rawValue), but `\(r.name)` says it rests there")
            }
        }
        var reported = Set<String>()
        for part in figure.parts {
            for blob in part.blobs {
                let (depth, thing) = scenery.deepest(blob)
                if depth < -tolerance, reported.insert(part.part.words).inserted {
                    found.append("the \(part.part.words) goes \(centimetres(-depth)) into the \(thing)")
                }
            }
        }
        if setup.balance, let outside = offBalance(problem, figure, scenery), outside > balanceMargin {
            found.append("the body is off balance: its weight is \(centimetres(outside)) outside what holds it up")
        }
        return missing + Array(Set(found)).sorted().map { Problem(frame: name, message: $0, hint: angleHint) }
    }

    /// How far the centre of mass is outside the supports, seen from above; nil when nothing holds the body up.
    static func offBalance(_ problem: PoseSolver.Frame, _ figure: Figure, _ scenery: Scenery) -> Double? {
        let supports = PoseSolver.supportPoints(problem.requirements, figure)
        guard !supports.isEmpty else { return nil }
        let com = figure.centreOfMass
        return PlaneGeometry.outside(PlaneGeometry.hull(supports), Point(com.x, com.z))
    }

    /// Body heights as centimetres on a 1.75 m person, which is how a clinician thinks of a gap.
    static func centimetres(_ d: Double) -> String { "\(Int((d * 175).rounded())) cm" }
}

extension BodyPart {
    var isFoot: Bool {
        if case .foot = self { return true }
        return false
    }

    /// The part in words, for messages.
    public var words: String {
        switch self {
        case .pelvis: return "pelvis"
        case .abdomen: return "low back"
        case .chest: return "upper back and chest"
        case .neck: return "neck"
        case .head: return "head"
        case let .upperArm(s): return "\(s.rawValue) upper arm"
        case let .forearm(s): return "\(s.rawValue) forearm"
        case let .hand(s): return "\(s.rawValue) hand"
        case let .thigh(s): return "\(s.rawValue) thigh"
        case let .shin(s): return "\(s.rawValue) shin"
        case let .foot(s): return "\(s.rawValue) foot"
        }
    }
}
