import Foundation

/// Solved poses remembered by what they were solved from, so the library's ~90 frames are solved once rather than on
/// every start (solving was most of a cold handout's time). The solver is deterministic: a remembered solution is
/// the very one solving again would give, so the pictures, and the PDF bytes, do not change. Only poses that passed
/// every check are kept; a pose with problems is solved (and reported) each time.
///
/// `BackstrideBatch.PoseSolutionFile` keeps the solutions on disk between runs.
public final class PoseSolutions: @unchecked Sendable {
    /// The process's solutions: what the exercise loader uses.
    public static let shared = PoseSolutions()

    private let lock = NSLock()
    private var solutions: [String: SolvedPose] = [:]
    private var added = 0

    public init() {}

    /// The solution for a pose, remembered or solved now.
    func solve(_ setup: PoseMotion.Setup, start: PoseFrame, end: PoseFrame?) -> (SolvedPose, [PoseMotion.Problem]) {
        let key = Self.key(setup, start: start, end: end)
        if let key, let known = lock.withLock({ solutions[key] }) { return (known, []) }
        let (solved, problems) = PoseMotion.solve(setup, start: start, end: end)
        if let key, problems.isEmpty {
            lock.withLock {
                if solutions.updateValue(solved, forKey: key) == nil { added += 1 }
            }
        }
        return (solved, problems)
    }

    /// Everything the solver reads, as text: the key a solution is remembered by.
    static func key(_ setup: PoseMotion.Setup, start: PoseFrame, end: PoseFrame?) -> String? {
        struct Inputs: Encodable {
            var position: BodyPosition, bodyTurn: Matrix3, props: [Prop], balance: Bool, anchor: Contact?
            var start: PoseFrame, end: PoseFrame?
        }
        let inputs = Inputs(position: setup.position, bodyTurn: setup.bodyTurn, props: setup.props, balance: setup.balance,
                            anchor: setup.anchor, start: start, end: end)
        return try? KeyEncoder.key(inputs)
    }

    /// Solutions kept elsewhere (a file from an earlier run); known ones are not replaced.
    public func remember(_ known: [String: SolvedPose]) {
        lock.withLock { solutions.merge(known) { mine, _ in mine } }
    }

    /// Every solution, and how many were solved since the last call (none: nothing new to save).
    public func takeSnapshot() -> (solutions: [String: SolvedPose], solvedSince: Int) {
        lock.withLock {
            defer { added = 0 }
            return (solutions, added)
        }
    }
}
