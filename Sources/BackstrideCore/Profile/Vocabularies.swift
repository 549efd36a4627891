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

/// A red-flag sign the client reported. What each sign leads to, and the guidance behind it, is in docs/rules.md;
/// the screening rules in `Screening/` decide, this type only names the signs.
public enum RedFlagSign: String, Vocabulary {
    // Emergency: possible cauda equina syndrome.
    case bladderBowelChange = "bladder_bowel_change"
    case saddleNumbness = "saddle_numbness"
    /// Numbness or weakness in both legs, or sciatica in both legs: not ordinary soreness after a run.
    case bothLegs = "both_legs"
    case worseningWeakness = "worsening_weakness"
    case sexualFunctionChange = "sexual_function_change"
    // Urgent: possible infection, fracture or cancer, or a nerve problem getting worse.
    case fever
    case recentInfection = "recent_infection"
    case trauma
    case suddenSeverePain = "sudden_severe_pain"
    case weightLoss = "weight_loss"
    /// Pain at night that no position eases, not pain that wakes a runner who turns over and settles.
    case nightPain = "night_pain"
    case thoracicPain = "thoracic_pain"
    case feelingUnwell = "feeling_unwell"
    case structuralDeformity = "structural_deformity"
    case weakeningLeg = "weakening_leg"
    // Routine: a doctor should check before the plan starts.
    case radiatingLegPain = "radiating_leg_pain"
    case legNumbness = "leg_numbness"
    case legWeakness = "leg_weakness"
    case constantPain = "constant_pain"
    case notImproving = "not_improving"
    // History and minor events: context for the doctor, raised only together with current features.
    case cancerHistory = "cancer_history"
    case osteoporosis
    case steroids
    case immunosuppression
    case ivDrugUse = "iv_drug_use"
    case minorTrauma = "minor_trauma"

    public static let vocabularyName = "red-flag sign"
    public static let aliases: [String: RedFlagSign] = [
        "sciatica": .radiatingLegPain, "bilateral_sciatica": .bothLegs,
        "infection": .recentInfection, "deformity": .structuralDeformity, "unwell": .feelingUnwell,
        "immunosuppressed": .immunosuppression, "drug_use": .ivDrugUse, "minor_fall": .minorTrauma,
        "past_cancer": .cancerHistory, "corticosteroids": .steroids, "thoracic": .thoracicPain,
    ]

    /// The level this sign gives on its own. History signs give `clear`: alone they are context for the doctor,
    /// and `HistoryWithFeaturesRule` raises them when current features go with them.
    public var ownLevel: ScreeningLevel {
        switch self {
        case .bladderBowelChange, .saddleNumbness, .bothLegs, .worseningWeakness, .sexualFunctionChange:
            return .emergency
        case .fever, .recentInfection, .trauma, .suddenSeverePain, .weightLoss, .nightPain, .thoracicPain, .feelingUnwell,
             .structuralDeformity, .weakeningLeg:
            return .urgent
        case .radiatingLegPain, .legNumbness, .legWeakness, .constantPain, .notImproving:
            return .routine
        case .cancerHistory, .osteoporosis, .steroids, .immunosuppression, .ivDrugUse, .minorTrauma:
            return .clear
        }
    }

    /// A long-standing trait or a minor event: printed as "tell your doctor", not as a reason to stop.
    public var isContext: Bool { ownLevel == .clear }
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
