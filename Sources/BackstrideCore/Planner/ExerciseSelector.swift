/// The exercises one week uses, by the role they play in the week.
struct WeekExercises: Equatable {
    /// Strength sessions: core, glute, strength and activation work.
    var strength: [Exercise]
    /// The short daily routine: mobility and stretches.
    var mobility: [Exercise]
    /// Glute activation before each run, when the glutes are weak.
    var warmUp: [Exercise]
    /// Running-form drills done at the start of a run.
    var drills: [Exercise]
}

/// Chooses exercises from the library's data (targets, phases, equipment, flare safety, regressions),
/// never by name: a clinic's own library changes the choices.
struct ExerciseSelector {
    let library: ExerciseLibrary
    let profile: ClientProfile
    /// The findings exercise work addresses, most marked first.
    let targets: [Weakness]

    static let gluteFindings: Set<Weakness> = [.gluteMedius, .gluteMax, .firingPattern]
    static let strengthRoles: Set<ExerciseCategory> = [.core, .glute, .strength, .activation]
    static let mobilityRoles: Set<ExerciseCategory> = [.mobility, .stretch]
    /// Distinct exercises a week aims for in each role, so sessions are worth the time.
    static let strengthQuota = 4
    static let mobilityQuota = 3

    init(library: ExerciseLibrary, profile: ClientProfile) {
        self.library = library
        self.profile = profile
        let rank: [FindingSeverity: Int] = [.marked: 0, .moderate: 1, .mild: 2]
        targets = profile.weaknesses.enumerated()
            .filter { $0.element.weakness.isHandledByExercise }
            .sorted { (rank[$0.element.severity]!, $0.offset) < (rank[$1.element.severity]!, $1.offset) }
            .map(\.element.weakness)
    }

    func severityWeight(_ w: Weakness) -> Int {
        switch profile.weaknesses.first(where: { $0.weakness == w })?.severity {
        case .marked: return 3
        case .mild: return 1
        default: return 2
        }
    }

    /// The client's findings an exercise addresses, in the exercise's order.
    func why(_ e: Exercise) -> [Weakness] { e.targets.filter(targets.contains) }

    func candidates(phase: Phase, walkRun: Bool) -> [Exercise] {
        library.exercises.filter { e in
            e.phases.contains(phase) && e.isPossible(with: profile.equipment)
                && (phase != .settle || e.flareSafe)
                // Fast drills need continuous running; a walk-run week keeps to the gentle ones.
                && !(walkRun && e.category == .runningForm && !e.flareSafe)
        }
    }

    func choose(phase: Phase, walkRun: Bool) -> WeekExercises {
        let pool = candidates(phase: phase, walkRun: walkRun)
        var chosen: [Exercise] = []
        var uncovered = targets
        // Greedy cover: the exercise that addresses most of what is still uncovered (its main target counts
        // most, marked findings more), until every finding has an exercise.
        while !uncovered.isEmpty {
            let scored = pool.filter { e in !chosen.contains { $0.id == e.id } }.map { e -> (Exercise, Int) in
                let score = uncovered.reduce(0) { sum, w in
                    guard let i = e.targets.firstIndex(of: w) else { return sum }
                    return sum + (i == 0 ? 3 : 1) * severityWeight(w)
                }
                return (e, score)
            }.filter { $0.1 > 0 }
            guard let best = scored.max(by: { ($0.1, $1.0.id) < ($1.1, $0.0.id) })?.0 else { break }
            chosen.append(best)
            uncovered.removeAll { best.targets.contains($0) }
        }
        if phase == .settle, profile.symptoms.pain > ProgressionRules.moderatePainUpTo {
            chosen = chosen.map { easier($0, in: pool) }
        }
        // Beyond coverage, give the sessions enough to do: more exercises for the same findings.
        for (roles, quota) in [(Self.strengthRoles, Self.strengthQuota), (Self.mobilityRoles, Self.mobilityQuota)] {
            // An exercise and its own easier or harder version in one week would be the same work twice.
            let extra = pool.filter { e in
                roles.contains(e.category) && !chosen.contains { $0.id == e.id || $0.regression == e.id || $0.progression == e.id
                    || e.regression == $0.id || e.progression == $0.id }
            }
                .map { e in (e, targets.reduce(0) { sum, w in
                    guard let i = e.targets.firstIndex(of: w) else { return sum }
                    return sum + (i == 0 ? 3 : 1) * severityWeight(w)
                }) }
                .filter { $0.1 > 0 }
                .sorted { ($0.1, $1.0.id) > ($1.1, $0.0.id) }
            let have = chosen.filter { roles.contains($0.category) }.count
            chosen += extra.prefix(max(0, quota - have)).map(\.0)
        }
        var week = WeekExercises(strength: [], mobility: [], warmUp: [], drills: [])
        for e in chosen {
            switch e.category {
            case .mobility, .stretch: week.mobility.append(e)
            case .runningForm: week.drills.append(e)
            case .core, .glute, .strength, .activation: week.strength.append(e)
            }
        }
        if targets.contains(where: Self.gluteFindings.contains) {
            // A warm-up is light work, so any activation exercise for the weak glutes will do, whatever
            // phase the library lists it for as a main exercise.
            let activation = library.exercises.filter {
                $0.category == .activation && $0.isPossible(with: profile.equipment) && (phase != .settle || $0.flareSafe)
                    && !Set($0.targets).isDisjoint(with: Self.gluteFindings.intersection(targets))
            }
            if let warm = activation.first(where: { a in chosen.contains { $0.id == a.id } }) ?? activation.first {
                week.warmUp = [warm]
            }
        }
        return week
    }

    /// With high pain in the settle phase, use the exercise's regression when it covers the same findings.
    private func easier(_ e: Exercise, in pool: [Exercise]) -> Exercise {
        guard let id = e.regression, let easier = pool.first(where: { $0.id == id }),
              Set(why(e)).isSubset(of: Set(why(easier))) else { return e }
        return easier
    }
}
