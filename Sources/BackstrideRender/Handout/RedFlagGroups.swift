import BackstrideCore

/// The red-flag box lists related signs on one line ("a fever, feeling ill, or back pain soon after an infection"),
/// so the whole box fits on the cover beside the plan. Each group's words are a phrase (`sign_groups`); a sign a
/// clinician has cleared leaves its group, and the rest of that group is then listed sign by sign.
struct RedFlagGroup {
    let id: String
    let signs: [RedFlagSign]

    static let all: [RedFlagGroup] = [
        .init(id: "bladder_bowel", signs: [.bladderBowelChange]),
        .init(id: "saddle", signs: [.saddleNumbness, .sexualFunctionChange]),
        .init(id: "both_legs", signs: [.bothLegs, .worseningWeakness]),
        .init(id: "infection", signs: [.fever, .recentInfection, .feelingUnwell]),
        .init(id: "fracture", signs: [.trauma, .suddenSeverePain]),
        .init(id: "weight_night", signs: [.weightLoss, .nightPain]),
        .init(id: "upper_back", signs: [.thoracicPain, .structuralDeformity]),
        .init(id: "weakening_leg", signs: [.weakeningLeg]),
        .init(id: "nerve", signs: [.radiatingLegPain, .legNumbness, .legWeakness]),
        .init(id: "lasting", signs: [.constantPain, .notImproving]),
    ]

    /// Every member of a group has the same level.
    var level: ScreeningLevel { signs[0].ownLevel }
}

extension HandoutLayout {
    /// The box's lines for one level: a line per group, or per sign where a clinician cleared part of a group.
    /// A line is marked when the client reported one of its signs (and it is not cleared).
    func redFlagLines(_ level: ScreeningLevel, reported: Set<String>, cleared: Set<String>) -> [[String: Any]] {
        var lines: [[String: Any]] = []
        for group in RedFlagGroup.all where group.level == level {
            let open = group.signs.filter { !cleared.contains($0.rawValue) }
            if open.count == group.signs.count {
                lines.append(["text": wording.phrase("sign_groups", group.id), "reported": open.contains { reported.contains($0.rawValue) }])
            } else {
                lines += open.map { ["text": wording.phrase("signs", $0.rawValue), "reported": reported.contains($0.rawValue)] }
            }
        }
        return lines
    }
}
