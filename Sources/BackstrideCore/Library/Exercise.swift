/// One exercise of the library, as loaded from its YAML file (see docs/exercise-format.md).
public struct Exercise: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var category: ExerciseCategory
    /// Findings it addresses, most important first.
    public var targets: [Weakness]
    public var phases: [Phase]
    public var equipment: [Equipment]
    /// Gentle enough to keep doing while pain flares.
    public var flareSafe: Bool
    /// What the exercise does to the back and nerves, so the plan can leave it out for a symptom (see `ExerciseTag`).
    public var tags: [ExerciseTag]
    /// Easiest first; the plan steps up a level each week an exercise is kept, when pain allows.
    public var dosage: [Dosage]
    public var cues: [String]
    public var mistake: String
    /// The easier step of its chain: what a client steps back to.
    public var regression: String?
    /// The harder steps of its chain, in order of preference: the first the client has the equipment for is next.
    public var progressions: [String]
    /// What the client must manage before moving on to the harder step, in the handout's words.
    public var moveOn: String?
    /// How to choose the band, weight or step, for exercises that need one.
    public var load: String?
    public var avoid: String
    public var pose: Pose
    /// The file it came from, for messages and for `--library` overrides.
    public var source: String

    /// Can it be done with what the client has? `none` and `mat` need nothing a home lacks (a towel or carpet does
    /// for a mat), and a phone's free metronome app does for a metronome.
    public func isPossible(with available: [Equipment]) -> Bool {
        equipment.allSatisfy { Equipment.alwaysAtHand.contains($0) || available.contains($0) }
    }

    public func has(_ tag: ExerciseTag) -> Bool { tags.contains(tag) }

    /// Strength-type work done in strength sessions, as opposed to the daily routine or a run's warm-up drills.
    public var isStrengthWork: Bool { ExerciseCategory.strengthRoles.contains(category) }
}
