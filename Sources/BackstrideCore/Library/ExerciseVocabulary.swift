/// The three stages of a plan, in order.
public enum Phase: String, Vocabulary, Comparable {
    /// Relief and mobility, activation, reduced running.
    case settle
    /// Strength and endurance, running rebuilt.
    case build
    /// Running-specific strength, single-leg work, cadence and form.
    case `return`

    public static let vocabularyName = "phase"
    public var index: Int { Phase.allCases.firstIndex(of: self)! }
    public static func < (a: Phase, b: Phase) -> Bool { a.index < b.index }
}

/// What kind of work an exercise is; decides which session it belongs in.
public enum ExerciseCategory: String, Vocabulary {
    case mobility, stretch, activation, core, glute, strength
    case runningForm = "running_form"
    public static let vocabularyName = "category"

    /// Work that belongs in a strength session.
    public static let strengthRoles: Set<ExerciseCategory> = [.core, .glute, .strength, .activation]
    /// Work that belongs in the short daily routine.
    public static let mobilityRoles: Set<ExerciseCategory> = [.mobility, .stretch]
}

/// What an exercise does that matters for choosing it: the plan's symptom rules leave out tags, never names.
public enum ExerciseTag: String, Vocabulary {
    /// Part of the general strength base every plan gets when no findings are given (McGill's three and a bridge).
    case base
    /// Done on one leg: single-leg work of the return phase.
    case singleLeg = "single_leg"
    /// Bends the low back forward (knee to chest, child's pose): left out early for pain with sitting and bending.
    case spinalFlexion = "spinal_flexion"
    /// Arches the low back (cobra): left out early for pain with standing, walking and arching.
    case spinalExtension = "spinal_extension"
    /// A sustained stretch that also stretches the sciatic nerve: left out with leg numbness or pins and needles.
    case nerveTension = "nerve_tension"
    /// A gentle alternative for a client with nerve symptoms; others get the ordinary exercise first.
    case nerveFriendly = "nerve_friendly"

    public static let vocabularyName = "tag"
}

/// One dosage level: sets of reps, sets of holds, or both (bird dog: reps with short holds).
public struct Dosage: Codable, Equatable, Hashable, Sendable, CustomStringConvertible {
    public var sets: Int
    public var reps: Int?
    public var holdSeconds: Int?
    public var perSide: Bool

    public init(sets: Int, reps: Int? = nil, holdSeconds: Int? = nil, perSide: Bool = false) {
        self.sets = sets
        self.reps = reps
        self.holdSeconds = holdSeconds
        self.perSide = perSide
    }

    /// "3 x 12 each side", "3 x 20 s", "2 x 5 (hold 8 s) each side", "5 min".
    public var description: String {
        var text: String
        switch (reps, holdSeconds) {
        case let (reps?, hold?): text = "\(sets) x \(reps) (hold \(hold) s)"
        case let (reps?, nil): text = "\(sets) x \(reps)"
        case let (nil, hold?):
            text = sets == 1 && hold >= 60 && hold % 60 == 0 ? "\(hold / 60) min" : "\(sets) x \(Self.duration(hold))"
        default: text = "\(sets) sets"
        }
        return perSide ? text + " each side" : text
    }

    static func duration(_ seconds: Int) -> String {
        seconds >= 60 && seconds % 60 == 0 ? "\(seconds / 60) min" : "\(seconds) s"
    }

    /// Time to do it, with a short rest between sets: what a session must fit into `minutes`.
    public var estimatedSeconds: Int {
        let perRep = holdSeconds.map { $0 + 2 } ?? 4
        let work = (reps ?? 1) * perRep * (perSide ? 2 : 1)
        return sets * work + max(0, sets - 1) * 30
    }
}
