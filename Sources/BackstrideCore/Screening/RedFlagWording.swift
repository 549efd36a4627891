/// Why each red-flag sign matters, in plain words. Shared by screening results and handouts.
public enum RedFlagWording {
    public static func reason(_ sign: RedFlagSign) -> String {
        switch sign {
        case .bladderBowelChange: return "A new change in bladder or bowel control can mean the nerves at the base of the spine are squeezed."
        case .saddleNumbness: return "Numbness between the legs or around the bottom can mean the nerves at the base of the spine are squeezed."
        case .bothLegs: return "Pain, numbness or weakness in both legs can mean the nerves at the base of the spine are squeezed."
        case .worseningWeakness: return "Leg weakness that is getting worse, or a change in how you walk, needs checking the same day."
        case .radiatingLegPain: return "Pain that shoots down a leg can come from an irritated nerve."
        case .legNumbness: return "Numbness or tingling in a leg or foot can come from an irritated nerve."
        case .legWeakness: return "Weakness in a leg or foot can come from an irritated nerve."
        case .constantPain: return "Pain that does not ease with rest or a change of position is not typical of a running strain."
        case .nightPain: return "Pain that wakes you at night is not typical of a running strain."
        case .fever: return "Back pain with a fever can be a sign of infection."
        case .weightLoss: return "Back pain with weight loss you cannot explain needs a doctor to look for the cause."
        case .cancerHistory: return "With a history of cancer, new back pain should always be checked by a doctor."
        case .trauma: return "After a fall or a blow, a doctor should rule out an injury to the bone."
        case .osteoporosis: return "Weaker bones (osteoporosis) make some injuries more likely, so a doctor should check first."
        case .steroids: return "Long-term steroid tablets can weaken bones, so a doctor should check first."
        case .notImproving: return "Pain that is worse, or no better after one to two weeks of self-care, should be seen by a doctor."
        }
    }
}
