/// What a week is like, as far as choosing exercises goes.
struct ExerciseWeek {
    let index: Int
    let phase: Phase
    let cutback: Bool
    /// Walk-run intervals this week: fast drills wait for continuous running.
    let walkRun: Bool
}

/// Which exercises a client may do in a week: phase, equipment, pain and symptoms, all read from the library's data
/// (tags, phases, flare safety), never from exercise names, so a clinic's own library is chosen from the same way.
struct ExerciseRules {
    /// Leg symptoms that mean an irritated nerve: no sustained hamstring stretching (clinical brief).
    static let nerveSigns: Set<RedFlagSign> = [.legNumbness, .radiatingLegPain]

    let profile: ClientProfile
    let nerveSymptoms: Bool
    let flexionIntolerant: Bool
    let extensionIntolerant: Bool
    /// Weeks (by index) in which only flare-safe exercises are allowed: the settle phase, and with high pain the
    /// first week after it too.
    let flareSafeWeeks: Set<Int>

    init(profile: ClientProfile, phases: [Phase]) {
        self.profile = profile
        let pattern = Set(profile.symptoms.pattern)
        nerveSymptoms = !Set(profile.symptoms.signs).isDisjoint(with: Self.nerveSigns)
        flexionIntolerant = !pattern.isDisjoint(with: PainPattern.flexionIntolerant)
        extensionIntolerant = !pattern.isDisjoint(with: PainPattern.extensionIntolerant)
        var weeks = Set(phases.indices.filter { phases[$0] == .settle })
        if profile.symptoms.pain >= ProgressionRules.flareSafeOnlyFromPain, let last = weeks.max(), last + 1 < phases.count {
            weeks.insert(last + 1)
        }
        flareSafeWeeks = weeks
    }

    /// Tags left out in every week.
    var excludedAlways: Set<ExerciseTag> { nerveSymptoms ? [.nerveTension] : [] }

    /// Tags left out while settling: the direction of movement that brings the pain on.
    var excludedWhileSettling: Set<ExerciseTag> {
        var tags: Set<ExerciseTag> = []
        if flexionIntolerant { tags.insert(.spinalFlexion) }
        if extensionIntolerant { tags.insert(.spinalExtension) }
        return tags
    }

    /// Never possible for this client, whatever the week: missing equipment, or left out for a symptom.
    func neverPossible(_ e: Exercise) -> Bool {
        !e.isPossible(with: profile.equipment) || !Set(e.tags).isDisjoint(with: excludedAlways)
    }

    func allows(_ e: Exercise, in week: ExerciseWeek) -> Bool {
        guard !neverPossible(e), e.phases.contains(week.phase) else { return false }
        if flareSafeWeeks.contains(week.index), !e.flareSafe { return false }
        if week.phase == .settle, !Set(e.tags).isDisjoint(with: excludedWhileSettling) { return false }
        if week.walkRun, e.category == .runningForm, !e.flareSafe { return false }
        return true
    }

    /// A small preference, on top of how many findings an exercise covers: the gentle nerve alternative only for a
    /// client with nerve symptoms, the movement direction that eases the pain (McKenzie's directional preference),
    /// and an exercise with a harder step to move on to.
    func preference(_ e: Exercise) -> Double {
        var bonus = 0.0
        if e.has(.nerveFriendly) { bonus += nerveSymptoms ? 1 : -2 }
        if flexionIntolerant, e.has(.spinalExtension) { bonus += 1 }
        if extensionIntolerant, e.has(.spinalFlexion) { bonus += 1 }
        // A track that can move on beats one that can only add reps: plans should progress along chains.
        if !e.progressions.isEmpty { bonus += 0.5 }
        return bonus
    }
}
