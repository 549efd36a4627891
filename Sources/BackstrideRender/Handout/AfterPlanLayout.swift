import BackstrideCore

extension HandoutLayout {
    /// The last page: how to carry on when the plan ends (strength twice a week, the weekly and single-run rules
    /// counted from where the plan ended), how the plan stands against the client's goal, and when to see someone.
    func afterPlan(_ pages: inout PageSet) {
        guard let after = plan.after else { return }
        pages.newPage(bookmark: wording.phrase("outline", "after"))
        let strength = after.strength.compactMap { library[$0]?.name }
        var context: [String: Any] = [
            "hasStrength": !strength.isEmpty, "strength": strength, "stillWalkRun": after.stillWalkRun,
            "weekly": distance(after.weeklyVolume),
            "longestLimit": distance(after.longestRun * (1 + ProgressionRules.singleRunIncreaseCap)),
            "contact": contact,
        ]
        if let goalText { context["goalText"] = goalText }
        flow.place(wording.blocks("after-plan", context), on: &pages)
    }

    /// How the plan stands against the goal race, in words; nil without a goal distance.
    var goalText: String? {
        guard let g = plan.goal else { return nil }
        let values: [String: Any] = [
            "goal": g.goal, "need": distance(g.neededLongRun), "readyBy": date(g.readyBy),
            "date": g.date.map(date) ?? "", "weeks": g.weeksAfterPlan ?? 0, "contact": contact,
        ]
        return wording.phrase("goal", g.status.rawValue, values)
    }
}
