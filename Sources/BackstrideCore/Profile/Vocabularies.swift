/// When the pain shows up, as the client describes it.
public enum PainPattern: String, Vocabulary {
    case duringRun = "during_run", afterRun = "after_run", morningStiffness = "morning_stiffness"
    case sitting, bending, lifting
    case standing, walking, arching
    public static let vocabularyName = "pain pattern"
    public static let aliases: [String: PainPattern] = ["extension": .arching, "leaning_back": .arching, "flexion": .bending]

    /// Pain brought on by bending forward and sitting: the back dislikes flexion.
    public static let flexionIntolerant: Set<PainPattern> = [.sitting, .bending, .lifting]
    /// Pain brought on by standing, walking and arching back: the back dislikes extension.
    public static let extensionIntolerant: Set<PainPattern> = [.standing, .walking, .arching]
}

/// An assessed finding: what the plan works on.
public enum Weakness: String, Vocabulary, Comparable {
    case coreEndurance = "core_endurance"
    case gluteMedius = "glute_medius"
    case gluteMax = "glute_max"
    case firingPattern = "firing_pattern"
    case hipFlexorsTight = "hip_flexors_tight"
    case hamstringsTight = "hamstrings_tight"
    case calvesTight = "calves_tight"
    case hipMobility = "hip_mobility"
    case lumbarStiffness = "lumbar_stiffness"
    case muscularEndurance = "muscular_endurance"
    case overstriding
    case heelStriking = "heel_striking"
    case trainingLoad = "training_load"
    case wornShoes = "worn_shoes"
    case hardSurfaces = "hard_surfaces"

    public static let vocabularyName = "weakness"

    /// Findings the load rules and notes handle rather than an exercise.
    public var isHandledByExercise: Bool {
        switch self {
        case .trainingLoad, .wornShoes, .hardSurfaces: return false
        default: return true
        }
    }

    public static func < (a: Weakness, b: Weakness) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// How marked an assessed finding is.
public enum FindingSeverity: String, Vocabulary {
    case mild, moderate, marked
    public static let vocabularyName = "severity"
}

/// Equipment the client has at home.
public enum Equipment: String, Vocabulary, Comparable {
    case none, mat, band, kettlebell, dumbbells, step
    case foamRoller = "foam_roller"
    case ball, metronome

    public static let vocabularyName = "equipment"
    public static let aliases: [String: Equipment] = ["dumbbell": .dumbbells, "bands": .band, "resistance_band": .band]
    /// What every client has: a towel or carpet does for a mat, a phone's metronome app for a metronome.
    public static let alwaysAtHand: Set<Equipment> = [.none, .mat, .metronome]

    public static func < (a: Equipment, b: Equipment) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A red-flag sign the client reported (see the clinical brief).
public enum RedFlagSign: String, Vocabulary {
    // Emergency, same day: possible cauda equina syndrome.
    case bladderBowelChange = "bladder_bowel_change"
    case saddleNumbness = "saddle_numbness"
    case bothLegs = "both_legs"
    case worseningWeakness = "worsening_weakness"
    // See a doctor before starting.
    case radiatingLegPain = "radiating_leg_pain"
    case legNumbness = "leg_numbness"
    case legWeakness = "leg_weakness"
    case constantPain = "constant_pain"
    case nightPain = "night_pain"
    case fever
    case weightLoss = "weight_loss"
    case cancerHistory = "cancer_history"
    case trauma
    case osteoporosis
    case steroids
    case notImproving = "not_improving"

    public static let vocabularyName = "red-flag sign"
    public static let aliases: [String: RedFlagSign] = ["sciatica": .radiatingLegPain]

    public enum Tier: String, Codable, Sendable {
        case emergency
        case seeDoctor = "see_doctor"
    }

    public var tier: Tier {
        switch self {
        case .bladderBowelChange, .saddleNumbness, .bothLegs, .worseningWeakness: return .emergency
        default: return .seeDoctor
        }
    }
}

/// Distance unit the handout prints in.
public enum DistanceUnit: String, Vocabulary {
    case km, mi
    public static let vocabularyName = "unit"
    public static let aliases: [String: DistanceUnit] = [
        "kilometres": .km, "kilometers": .km, "miles": .mi, "mile": .mi,
    ]

    public static let kilometresPerMile = 1.609344
}

/// Paper size of the printed handout.
public enum Paper: String, Vocabulary {
    case a4, letter
    public static let vocabularyName = "paper size"
    public static let aliases: [String: Paper] = ["us_letter": .letter]
}
