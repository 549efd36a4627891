/// A plan's "why" lines in plain English for the terminal (`backstride plan`). The handout words the same facts
/// from its templates, so a clinic can change or translate them.
public enum WeekChangeText {
    public static func describe(_ c: WeekChange, units: String, name: (String) -> String) -> String {
        let amount = c.amount.map(PlanSummary.format) ?? ""
        switch c.kind {
        case .phase: return "\(c.to ?? "") phase begins"
        case .start:
            switch c.to {
            case "walk_run": return "starts with walk-run intervals"
            case "none": return "starts without running"
            default: return "starts at about \(amount)% of usual running, no run longer than usual" + (c.from == "fewer" ? ", one run fewer a week" : "")
            }
        case .noRunning: return "no running this week: your clinician decides when walk-run starts"
        case .runsUp: return "runs up \(amount)% (within 10% a week)"
        case .runsHeld:
            let why: [String: String] = [
                "single_run": "no run may be over 10% longer than the longest of the last 30 days",
                "usual_run": "no run longer than usual while settling", "pain_onset": "runs stay under where pain starts",
                "minutes": "runs fit the minutes available", "long_run_share": "the long run stays within a third of the week",
            ]
            return "same running as last week" + (c.to.flatMap { why[$0] }.map { " (\($0))" } ?? "")
        case .cutback: return "easier week at about \(amount)% of last week"
        case .afterCutback: return "back to the highest week so far"
        case .moreRuns: return "runs a week \(c.from ?? "") to \(c.to ?? "")"
        case .walkRunStep:
            guard let from = c.from else { return "walk-run begins at \(c.to ?? "") (walk/run minutes), once your clinician agrees" }
            return "walk-run moves up from \(from) to \(c.to ?? "") (walk/run minutes)"
        case .walkRunRepeat: return "walk-run \(c.to ?? "") again: each step at least twice"
        case .continuousStart: return "continuous running starts at \(amount) min, the running time of the last walk-run step"
        case .painLimit: return "runs stay under \(amount) \(units) because pain starts after \(c.to ?? "") \(units)"
        case .pastPainPoint: return "runs now go past \(amount) \(units), where pain used to start"
        case .cadence: return "cadence target \(amount) steps/min"
        case .exerciseStep: return "\(name(c.from ?? "")) moves on to \(name(c.to ?? ""))"
        case .exerciseSwap: return "\(name(c.from ?? "")) is swapped for \(name(c.to ?? "")), which suits this phase"
        case .exerciseNew: return "new: \(name(c.to ?? ""))"
        case .warmUpKept: return "\(name(c.to ?? "")) stays as the warm-up before runs"
        case .doseUp: return "more of \((c.exercises ?? []).map(name).joined(separator: ", "))"
        case .exercisesHeld: return "exercises stay as they were"
        case .repeatWeek:
            let reasons: [WeekOutcome: String] = [.repeat: "was amber", .missed: "was mostly missed",
                                                  .unrecordedAfterWarning: "was not logged after a pain warning"]
            let why = WeekOutcome(rawValue: c.from ?? "").flatMap { reasons[$0] } ?? "was not green"
            return "week \(amount) \(why): repeats the plan's week \(c.to ?? "")"
        case .stepBack: return "week \(amount) was red: steps back to the plan's week \(c.to ?? ""); contact your clinician"
        case .runsCut: return "runs a little shorter than then: no run may be over 10% longer than the longest of the last 30 days"
        case .retryWeek: return "after the easier week, tries the plan's week \(c.to ?? "") again (as done in week \(amount))"
        }
    }

    public static func goal(_ g: GoalOutlook, units: String) -> String {
        var text = "\(g.goal) (\(PlanSummary.format(g.distance)) \(units)), needs a long run of about \(PlanSummary.format(g.neededLongRun)) \(units); "
        switch g.status {
        case .noDate: text += "no date given; ready about \(g.readyBy) at the safe rate"
        case .insidePlan: text += "race on \(g.date.map(String.init(describing:)) ?? "") falls inside the plan, which does not taper"
        case .afterPlan: text += "race \(g.weeksAfterPlan ?? 0) weeks after the plan; ready about \(g.readyBy) at the safe rate"
        case .unrealistic: text += "not realistic by \(g.date.map(String.init(describing:)) ?? ""): ready about \(g.readyBy) at the safe rate"
        }
        return text
    }

    public static func after(_ a: AfterPlan, units: String, name: (String) -> String) -> String {
        var parts: [String] = []
        if a.stillWalkRun { parts.append("carry on up the walk-run ladder") }
        parts.append("carry on from \(PlanSummary.format(a.weeklyVolume)) \(units) a week, at most 10% more a week")
        parts.append("no run over \(PlanSummary.format(a.longestRun * (1 + ProgressionRules.singleRunIncreaseCap))) \(units) next month")
        if !a.strength.isEmpty { parts.append("strength twice a week: " + a.strength.map(name).joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }
}
