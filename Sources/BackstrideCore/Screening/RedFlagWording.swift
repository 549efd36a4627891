/// Why each red-flag sign matters, in plain words: what it can mean, never a diagnosis. Shared by screening
/// results (the plan JSON), the questionnaire and the referral handout.
public enum RedFlagWording {
    static let nerves = "can mean the nerves at the base of the spine are pressed on. Doctors call this cauda equina syndrome."

    public static func reason(_ sign: RedFlagSign) -> String {
        switch sign {
        case .bladderBowelChange: return "New bladder or bowel trouble \(nerves)"
        case .saddleNumbness: return "Numbness between the legs \(nerves)"
        case .bothLegs: return "Numbness or weakness in both legs, or pain down both legs, \(nerves)"
        case .worseningWeakness: return "Legs that get weak fast, or a sudden change in how you walk, \(nerves)"
        case .sexualFunctionChange: return "A new change in feeling or function during sex \(nerves)"
        case .fever: return "Back pain with a fever can be a sign of an infection."
        case .recentInfection: return "Back pain soon after an infection should be checked, in case the infection has spread."
        case .trauma: return "After a hard fall or blow, a doctor should check for a broken bone."
        case .suddenSeverePain: return "Sudden, severe pain that eases when you lie down can come from a small break in a bone of the spine."
        case .weightLoss: return "Weight loss you cannot explain needs a doctor to find the cause."
        case .nightPain: return "Pain at night that no position eases is not how a running strain behaves."
        case .thoracicPain: return "Pain in the upper or middle back is seldom a running strain, so a doctor should check it."
        case .feelingUnwell: return "Feeling ill in yourself, not just sore, needs a doctor to find the cause."
        case .structuralDeformity: return "A new bend or lump in the spine needs a doctor to look at it."
        case .weakeningLeg: return "A leg that is getting weaker can mean a nerve is pressed on more and more."
        case .radiatingLegPain: return "Pain down one leg, below the knee, often comes from a sore nerve in the back. Doctors call this sciatica."
        case .legNumbness: return "Numbness or tingling in a leg or foot can come from a sore nerve in the back."
        case .legWeakness: return "Weakness in a leg or foot can come from a sore nerve in the back."
        case .constantPain: return "Pain that never eases with rest or a change of position is not how a running strain behaves."
        case .notImproving: return "Pain that is no better after about a month of looking after it should be checked."
        case .cancerHistory, .osteoporosis, .steroids, .immunosuppression, .ivDrugUse, .minorTrauma: return context(sign)
        }
    }

    /// A history sign on its own: worth telling the doctor, not a reason to stop.
    public static func context(_ sign: RedFlagSign) -> String {
        switch sign {
        case .cancerHistory: return "Tell your doctor you have had cancer. On its own it is not a reason to stop."
        case .osteoporosis: return "Tell your doctor you have weak bones. On their own they are not a reason to stop."
        case .steroids: return "Tell your doctor you take steroid tablets. On its own this is not a reason to stop."
        case .immunosuppression: return "Tell your doctor your immune system is weak. On its own it is not a reason to stop."
        case .ivDrugUse: return "Tell your doctor you have injected drugs. On its own it is not a reason to stop."
        case .minorTrauma: return "A small fall or knock on its own is not a reason to stop, unless your bones are weak."
        default: return reason(sign)
        }
    }

    /// A history sign together with a current feature that, as the guidance says, makes it urgent. Reads on its own
    /// (the plan JSON) and after the sign's own words (the referral).
    static func raised(_ sign: RedFlagSign, by feature: HistoryWithFeaturesRule.Feature) -> String {
        let history: String
        switch sign {
        case .cancerHistory: history = "Past cancer"
        case .osteoporosis: history = "Weak bones"
        case .steroids: history = "Long-term steroid tablets"
        case .immunosuppression: history = "A weak immune system"
        case .ivDrugUse: history = "Injecting drugs"
        default: history = "A small fall or knock"
        }
        let with: String
        switch feature {
        case .newPain: with = "back pain that is new"
        case .olderThan50: with = "an age over 50"
        case .sign(let s): with = featureName(s)
        }
        return "\(history) together with \(with) should be checked by a doctor today."
    }

    static func featureName(_ sign: RedFlagSign) -> String {
        switch sign {
        case .trauma: return "a hard fall or blow"
        case .minorTrauma: return "a small fall or knock"
        case .suddenSeverePain: return "sudden, severe pain"
        case .osteoporosis: return "weak bones"
        case .steroids: return "long-term steroid tablets"
        case .weightLoss: return "weight loss"
        case .nightPain: return "pain at night"
        case .constantPain: return "pain that never eases"
        case .thoracicPain: return "upper back pain"
        case .feelingUnwell: return "feeling ill"
        case .notImproving: return "pain that is not getting better"
        case .fever: return "a fever"
        case .recentInfection: return "a recent infection"
        default: return sign.rawValue.replacingOccurrences(of: "_", with: " ")
        }
    }
}
