import BackstrideCore

/// Each vocabulary word in plain words for the form's pick lists; the word itself is shown beneath, since it is
/// what a profile file says.
enum WordLabels {
    static func label(_ field: String, _ word: String) -> String {
        let table: [String: String]
        switch field {
        case "symptoms.pattern": table = patterns
        case "symptoms.signs": table = signs
        case "equipment": table = equipment
        case "schedule.days", "schedule.long_run_day": table = days
        case "weakness": table = weaknesses
        case "units": table = ["km": "Kilometres", "mi": "Miles"]
        case "paper": table = ["a4": "A4", "letter": "US Letter"]
        default: table = [:]
        }
        return table[word] ?? word.replacingOccurrences(of: "_", with: " ").capitalizedFirst
    }

    static let patterns: [String: String] = [
        "during_run": "During runs", "after_run": "After runs", "morning_stiffness": "Stiff in the morning",
        "sitting": "Sitting", "bending": "Bending forward", "lifting": "Lifting",
        "standing": "Standing", "walking": "Walking", "arching": "Arching back",
    ]

    static let signs: [String: String] = [
        "bladder_bowel_change": "New bladder or bowel trouble", "saddle_numbness": "Numbness between the legs",
        "both_legs": "Both legs numb or weak, or pain down both", "worsening_weakness": "Legs getting weak fast, or walking suddenly hard",
        "sexual_function_change": "New change in sexual function",
        "fever": "Fever", "recent_infection": "Infection in the last few weeks", "trauma": "Hard fall, crash or heavy blow",
        "sudden_severe_pain": "Sudden severe pain, eased lying down", "weight_loss": "Weight loss without trying",
        "night_pain": "Night pain no position eases", "thoracic_pain": "Upper or middle back pain",
        "feeling_unwell": "Feeling ill in themselves", "structural_deformity": "New bend or lump in the spine",
        "weakening_leg": "One leg or foot getting weaker",
        "radiating_leg_pain": "Pain down one leg below the knee", "leg_numbness": "Numbness or tingling in a leg or foot",
        "leg_weakness": "Weakness in a leg or foot", "constant_pain": "Pain all the time, even at rest",
        "not_improving": "No better after about a month",
        "cancer_history": "Has had cancer", "osteoporosis": "Weak bones (osteoporosis)", "steroids": "Steroid tablets for over 3 months",
        "immunosuppression": "Weak immune system", "iv_drug_use": "Has injected drugs", "minor_trauma": "Small fall or knock",
    ]

    static let weaknesses: [String: String] = [
        "core_endurance": "Core endurance low", "glute_medius": "Glute medius weak", "glute_max": "Glute max weak",
        "firing_pattern": "Glute fires late", "hip_flexors_tight": "Hip flexors tight", "hamstrings_tight": "Hamstrings tight",
        "calves_tight": "Calves tight", "hip_mobility": "Hip mobility limited", "lumbar_stiffness": "Low back stiff",
        "muscular_endurance": "Muscle endurance low", "overstriding": "Overstriding", "heel_striking": "Heel striking",
        "training_load": "Sudden jump in running", "worn_shoes": "Worn shoes", "hard_surfaces": "Hard surfaces",
    ]

    static let equipment: [String: String] = [
        "none": "Nothing", "mat": "Mat", "band": "Resistance band", "kettlebell": "Kettlebell", "dumbbells": "Dumbbells",
        "step": "Step", "foam_roller": "Foam roller", "ball": "Ball", "metronome": "Metronome",
    ]

    static let days: [String: String] = [
        "mon": "Mon", "tue": "Tue", "wed": "Wed", "thu": "Thu", "fri": "Fri", "sat": "Sat", "sun": "Sun",
    ]

    /// What a sign means for the plan on its own, in the words the form shows beside the sign list.
    static func meaning(_ level: ScreeningLevel) -> String {
        switch level {
        case .emergency: return "Emergency: no plan is printed. Go to an emergency department now."
        case .urgent: return "See a doctor today: the plan is held back unless the clinician clears it."
        case .routine: return "See a doctor before starting: the plan is held back unless the clinician clears it."
        case .clear: return "Past health: printed for the doctor to know; on its own it does not stop the plan."
        }
    }

    /// The same, under a list headed by the level's name.
    static func groupMeaning(_ level: ScreeningLevel) -> String {
        switch level {
        case .emergency: return "No plan is printed. The client goes to an emergency department now."
        case .urgent: return "The client sees a doctor today. The plan is held back unless the clinician clears it."
        case .routine: return "The client sees a doctor before starting. The plan is held back unless the clinician clears it."
        case .clear: return "Printed for the doctor to know. On its own it does not stop the plan."
        }
    }

    static func levelName(_ level: ScreeningLevel) -> String {
        switch level {
        case .emergency: return "Emergency"
        case .urgent: return "See a doctor today"
        case .routine: return "See a doctor first"
        case .clear: return "Clear"
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
