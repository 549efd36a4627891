import Foundation

/// Places a posed figure in its world so that the parts it declares resting on something touch that surface, nothing
/// sinks into the floor or a prop, and parts that rest in both frames stay where they were.
///
/// The unknowns are the pelvis position and the turn of the whole body within the picture; the joint angles are the
/// exercise's. A damped least-squares search (Levenberg-Marquardt) on four numbers is quick and needs no tuning.
public enum PoseSolver {
    /// One thing that must touch: some ellipsoids of a part (all of them when `blobs` is nil) on a surface.
    public struct Requirement: Equatable, Sendable {
        public var part: BodyPart
        public var blobs: [Int]?
        public var surface: Surface
        /// The contact as the exercise file names it, for messages.
        public var name: String
    }

    /// The body's requirements for a frame's contacts.
    public static func requirements(_ contacts: [Contact]) -> [Requirement] {
        contacts.flatMap { c -> [Requirement] in
            let sides = c.side.map { [$0] } ?? Side.allCases
            let name = ContactNames.name(c)
            func each(_ make: (Side) -> [(BodyPart, [Int]?)]) -> [Requirement] {
                sides.flatMap { side in make(side).map { Requirement(part: $0.0, blobs: $0.1, surface: c.surface, name: name) } }
            }
            func trunk(_ parts: [BodyPart]) -> [Requirement] {
                parts.map { Requirement(part: $0, blobs: nil, surface: c.surface, name: name) }
            }
            switch c.part {
            case .head: return trunk([.head])
            case .upperBack: return trunk([.chest])
            case .lowerBack: return trunk([.abdomen])
            case .pelvis: return trunk([.pelvis])
            case .back, .front, .side: return trunk([.chest, .pelvis])
            case .shoulder: return each { [(.upperArm($0), [0])] }
            case .hand: return each { [(.hand($0), nil)] }
            case .forearm: return each { [(.forearm($0), [0]), (.forearm($0), [2])] }
            case .elbow: return each { [(.forearm($0), [0])] }
            case .knee: return each { [(.shin($0), [0])] }
            case .shin: return each { [(.shin($0), [0]), (.shin($0), [2])] }
            case .foot: return each { [(.foot($0), [1]), (.foot($0), [2])] }
            case .toes: return each { [(.foot($0), [2, 3])] }
            case .heel: return each { [(.foot($0), [1])] }
            case .thigh: return each { [(.thigh($0), nil)] }
            case .leg: return each { [(.thigh($0), nil), (.shin($0), nil)] }
            }
        }
    }

    /// The ellipsoids a requirement names, on a placed figure.
    static func blobs(_ r: Requirement, _ figure: Figure) -> [Ellipsoid] {
        let all = figure[r.part].blobs
        return r.blobs.map { $0.map { all[$0] } } ?? all
    }

    /// How far a requirement is from touching: positive above its surface, negative inside it.
    public static func gap(_ r: Requirement, _ figure: Figure, _ scenery: Scenery) -> Double {
        blobs(r, figure).compactMap { scenery.distance($0, to: r.surface) }.min() ?? .infinity
    }

    /// Where a requirement's part is, for keeping it still from one frame to the next.
    static func spot(_ r: Requirement, _ figure: Figure) -> Vector3 {
        let b = blobs(r, figure)
        return b.reduce(Vector3.zero) { $0 + $1.centre } * (1 / Double(b.count))
    }

    /// The problem for one frame.
    public struct Frame {
        public var angles: BodyAngles
        public var bodyTurn: Matrix3
        public var tilt: Double
        public var requirements: [Requirement]
        /// Joints whose bend the solver chooses.
        public var free: [FreeJoint] = []
        /// Standing: keep the weight over the middle of what holds the body up, so free ankles find the balance.
        public var balanced = false
        /// Where to start looking (a step between two solved frames): close to the answer, so one search does.
        public var guess: Placement?
        /// Requirements whose parts should stay at these world points (x and z only).
        public var anchors: [(Requirement, Vector3)] = []

        public init(angles: BodyAngles, bodyTurn: Matrix3, tilt: Double, requirements: [Requirement], free: [FreeJoint] = []) {
            self.angles = angles
            self.bodyTurn = bodyTurn
            self.tilt = tilt
            self.requirements = requirements
            self.free = free
        }

        public func figure(_ p: Placement) -> Figure {
            Figure(p.angles, rotation: ViewSetup.rotation(bodyTurn, tilt: p.tilt), origin: p.origin)
        }
    }

    public static func solve(_ frame: Frame, _ scenery: Scenery) -> Placement {
        let unknowns = 4 + frame.free.count
        func placement(_ q: [Double]) -> Placement {
            var angles = frame.angles
            for (i, joint) in frame.free.enumerated() { angles[joint] = q[4 + i] }
            return Placement(tilt: q[3], origin: Vector3(q[0], q[1], q[2]), angles: angles)
        }
        // Only the free angles change the body's shape; turning and moving it reuses the posed shapes.
        var posed: (free: [Double], body: Figure.Posed)?
        func figure(_ q: [Double]) -> Figure {
            let free = Array(q.dropFirst(4))
            if posed?.free != free { posed = (free, Figure.Posed(placement(q).angles)) }
            return Figure(posed!.body, rotation: ViewSetup.rotation(frame.bodyTurn, tilt: q[3]), origin: Vector3(q[0], q[1], q[2]))
        }
        func residuals(_ q: [Double]) -> [Double] {
            let f = figure(q)
            var r = frame.requirements.map { gap($0, f, scenery) }
            for part in f.parts {
                for blob in part.blobs { r.append(2 * min(0, scenery.deepest(blob).depth)) }
            }
            if frame.balanced, let middle = supportMiddle(frame.requirements, f) {
                let com = f.centreOfMass
                r += [(com.x - middle.x) * 0.3, (com.z - middle.y) * 0.3]
            }
            r.append((q[3] - frame.tilt) * 0.0005)
            // A whisper of a pull toward the starting angle: enough to settle a joint the contacts leave loose.
            for (i, joint) in frame.free.enumerated() { r.append((q[4 + i] - frame.angles[joint]) * 0.00003) }
            // The solver may only choose angles a body can make.
            for (i, joint) in frame.free.enumerated() {
                let range = JointRanges.range(joint), v = q[4 + i]
                r.append((max(0, range.lowerBound - v) + max(0, v - range.upperBound)) * 0.01)
            }
            if frame.anchors.isEmpty {
                r += [q[0] * 0.05, q[2] * 0.05]
            } else {
                for (req, target) in frame.anchors {
                    let at = spot(req, f)
                    r += [(at.x - target.x) * 1.0, (at.z - target.z) * 1.0]
                }
            }
            return r
        }
        func start(tilt: Double) -> [Double] {
            var q = [0.0, 0, 0, tilt] + frame.free.map { frame.angles[$0] }
            // Start with the lowest point on the floor, and anchored parts over their spots.
            let first = frame.figure(placement(q))
            let lowest = first.parts.flatMap(\.blobs).map { $0.centre.y - $0.reach(.unitY) }.min() ?? 0
            q[1] = scenery.floorLevel - lowest
            if !frame.anchors.isEmpty {
                let moved = frame.anchors.map { $0.1 - spot($0.0, first) }
                q[0] = moved.map(\.x).reduce(0, +) / Double(moved.count)
                q[2] = moved.map(\.z).reduce(0, +) / Double(moved.count)
            }
            return q
        }
        let steps = [1e-4, 1e-4, 1e-4, 1e-2] + frame.free.map { _ in 1e-2 }
        // Contacts against corners and edges can stall a search short of the answer: if the first one does not
        // settle every contact, try starting turned a little either way and keep the best.
        func settled(_ q: [Double]) -> Bool {
            let f = frame.figure(placement(q))
            return frame.requirements.allSatisfy { abs(gap($0, f, scenery)) < 0.004 }
        }
        if let guess = frame.guess {
            let q = [guess.origin.x, guess.origin.y, guess.origin.z, guess.tilt] + frame.free.map { frame.angles[$0] }
            return placement(minimize(q, steps: steps, residuals).q)
        }
        var best = minimize(start(tilt: frame.tilt), steps: steps, residuals)
        if !settled(best.q) {
            for turn in [-10.0, 10] {
                let other = minimize(start(tilt: frame.tilt + turn), steps: steps, residuals)
                if other.cost < best.cost { best = other }
            }
        }
        return placement(best.q)
    }

    /// Damped Gauss-Newton on a sum of squares, with the Jacobian by finite differences. Plain index loops: this runs
    /// thousands of times when the library loads, and generic sequence code is slow in debug builds.
    static func minimize(_ q0: [Double], steps: [Double], _ residuals: ([Double]) -> [Double]) -> (q: [Double], cost: Double) {
        func sumOfSquares(_ r: [Double]) -> Double {
            var total = 0.0
            for v in r { total += v * v }
            return total
        }
        var q = q0
        var r = residuals(q)
        var cost = sumOfSquares(r)
        var damping = 1e-3
        let n = q.count, m = r.count
        for _ in 0..<300 {
            var jacobian = [[Double]](repeating: [Double](repeating: 0, count: m), count: n)
            for k in 0..<n {
                var dq = q
                dq[k] += steps[k]
                let rk = residuals(dq)
                for i in 0..<m { jacobian[k][i] = (rk[i] - r[i]) / steps[k] }
            }
            var a = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
            var g = [Double](repeating: 0, count: n)
            for i in 0..<n {
                for j in i..<n {
                    var dot = 0.0
                    for k in 0..<m { dot += jacobian[i][k] * jacobian[j][k] }
                    a[i][j] = dot
                    a[j][i] = dot
                }
                var dot = 0.0
                for k in 0..<m { dot += jacobian[i][k] * r[k] }
                g[i] = -dot
            }
            var improved = false
            for _ in 0..<8 {
                var damped = a
                for i in 0..<n { damped[i][i] += damping * max(a[i][i], 1e-9) + 1e-12 }
                guard let delta = solveLinear(damped, g) else { break }
                var trial = q
                for i in 0..<n { trial[i] += delta[i] }
                let rt = residuals(trial)
                let ct = sumOfSquares(rt)
                if ct < cost {
                    let gain = cost - ct
                    q = trial
                    r = rt
                    cost = ct
                    damping = max(damping / 3, 1e-7)
                    improved = gain > 1e-11 && gain > cost * 1e-6
                    break
                }
                damping *= 4
            }
            if !improved { break }
        }
        return (q, cost)
    }

    /// The floor points under the parts that hold the body up, seen from above (x, z).
    static func supportPoints(_ requirements: [Requirement], _ figure: Figure) -> [Point] {
        requirements.flatMap { r in
            blobs(r, figure).map { b in
                let p = b.extreme(-Vector3.unitY)
                return Point(p.x, p.z)
            }
        }
    }

    /// Where the weight should be: over the middle of the feet when they carry it, a hand on a wall only steadying.
    static func supportMiddle(_ requirements: [Requirement], _ figure: Figure) -> Point? {
        let feet = requirements.filter { $0.part.isFoot }
        let points = supportPoints(feet.isEmpty ? requirements : feet, figure)
        guard !points.isEmpty else { return nil }
        return points.reduce(Point(0, 0), +) * (1 / Double(points.count))
    }

    /// Gaussian elimination with partial pivoting; nil when the matrix is singular.
    static func solveLinear(_ m: [[Double]], _ b: [Double]) -> [Double]? {
        var a = m, x = b
        let n = b.count
        for col in 0..<n {
            guard let pivot = (col..<n).max(by: { abs(a[$0][col]) < abs(a[$1][col]) }), abs(a[pivot][col]) > 1e-15 else { return nil }
            a.swapAt(col, pivot)
            x.swapAt(col, pivot)
            for row in (col + 1)..<n {
                let f = a[row][col] / a[col][col]
                for k in col..<n { a[row][k] -= f * a[col][k] }
                x[row] -= f * x[col]
            }
        }
        for row in stride(from: n - 1, through: 0, by: -1) {
            var s = x[row]
            for k in (row + 1)..<n { s -= a[row][k] * x[k] }
            x[row] = s / a[row][row]
        }
        return x
    }
}

/// The words an exercise file uses for contacts, shared by the parser and the messages.
enum ContactNames {
    static func name(_ c: Contact) -> String {
        guard let side = c.side else { return plural(c.part) }
        return "\(side.rawValue)_\(c.part.rawValue)"
    }

    /// The key for both sides of a part (`feet`, `hands`); the trunk parts have no sides.
    static func plural(_ part: ContactPart) -> String {
        switch part {
        case .foot: return "feet"
        case .shoulder: return "shoulders"
        case .toes: return "toes"
        case .knee: return "knees"
        case .hand: return "hands"
        case .forearm: return "forearms"
        case .elbow: return "elbows"
        case .shin: return "shins"
        case .heel: return "heels"
        case .thigh: return "thighs"
        case .leg: return "legs"
        default: return part.rawValue
        }
    }

    static let sided: Set<ContactPart> = [.shoulder, .hand, .forearm, .elbow, .knee, .shin, .foot, .toes, .heel, .thigh, .leg]
}
