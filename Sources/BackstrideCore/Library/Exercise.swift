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
    /// Easiest first; the plan steps up a level per phase.
    public var dosage: [Dosage]
    public var cues: [String]
    public var mistake: String
    public var regression: String?
    public var progression: String?
    public var avoid: String
    public var pose: Pose
    /// The file it came from, for messages and for `--library` overrides.
    public var source: String

    /// The dosage for a phase, counted from the exercise's own first phase: an exercise that starts
    /// in build uses its first level there. Past its last level it stays at the last.
    public func dosage(for phase: Phase) -> Dosage {
        let step = phases.filter { $0 < phase }.count
        return dosage[min(step, dosage.count - 1)]
    }

    /// Can it be done with what the client has? `none` and `mat` need nothing a home lacks:
    /// a towel or carpet does for a mat.
    public func isPossible(with available: [Equipment]) -> Bool {
        equipment.allSatisfy { $0 == .none || $0 == .mat || available.contains($0) }
    }
}
