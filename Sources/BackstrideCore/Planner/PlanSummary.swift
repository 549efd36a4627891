/// A readable terminal summary of a plan: what a physio checks before printing, with each week's "why" line.
public enum PlanSummary {
    public static func text(_ plan: Plan, library: ExerciseLibrary) -> String {
        var out: [String] = []
        out.append("\(plan.client) (\(plan.clientId))" + (plan.selfGuided ? ", self-guided" : ""))
        out.append("Screening: \(plan.screening.level.rawValue). \(plan.screening.decision)")
        for finding in plan.screening.findings {
            out.append("  - \(finding.sign): \(finding.reason)")
        }
        out += progress(plan)
        guard !plan.withheld else {
            out.append("No plan: the handout will be a referral.")
            return out.joined(separator: "\n")
        }
        let u = plan.units.rawValue
        let name = { (id: String) in library[id]?.name ?? id }
        if !plan.notes.isEmpty { out.append("Notes: \(plan.notes.joined(separator: ", "))") }
        if let base = plan.baseCadence { out.append("Cadence: starts from \(base) steps/min") }
        if let goal = plan.goal { out.append("Goal: " + WeekChangeText.goal(goal, units: u)) }
        out.append("")
        for week in plan.weeks {
            let header = "Week \(week.number) (\(week.start)) \(week.phase.rawValue)\(week.cutback ? ", cutback" : ""): \(format(week.volume)) \(u)"
            out.append(header)
            let why = week.changes.map { WeekChangeText.describe($0, units: u, name: name) }
            if !why.isEmpty { out.append("  why: " + why.joined(separator: "; ")) }
            for day in week.days where !day.sessions.isEmpty {
                let parts = day.sessions.map { describe($0, units: u) }
                out.append("  \(day.weekday.rawValue) \(day.date.iso.suffix(5))  \(parts.joined(separator: "; "))")
            }
        }
        if let after = plan.after {
            out.append("")
            out.append("After the plan: " + WeekChangeText.after(after, units: u, name: name))
        }
        out.append("")
        out.append("Exercises:")
        for id in plan.exerciseIds {
            let prescribed = plan.weeks.lazy.flatMap(\.days).flatMap(\.sessions).flatMap(\.exercises).first { $0.id == id }
            let why = prescribed.map { $0.why.isEmpty ? ($0.purpose?.rawValue ?? "") : $0.why.map(\.rawValue).joined(separator: ", ") } ?? ""
            out.append("  \(name(id)) [\(id)]: for \(why)")
        }
        return out.joined(separator: "\n")
    }

    /// The weeks lived, from the follow-up log: what was done, the worst pain, the light and what it decided.
    public static func progress(_ plan: Plan) -> [String] {
        guard let history = plan.history, !history.isEmpty else { return [] }
        var out = ["Progress so far:"]
        let decided: [WeekOutcome: String] = [
            .progress: "moves on", .repeat: "repeated", .missed: "repeated (mostly missed)", .unrecorded: "went on as printed (nothing logged)",
            .unrecordedAfterWarning: "repeated (nothing logged after a pain warning)",
            .stepBack: "steps back a week; contact the clinician",
        ]
        for week in history {
            let pain = [week.worstDuring.map { "during \($0)" }, week.worstMorning.map { "next morning \($0)" }].compactMap { $0 }
            let done = week.donePercent.map { ", \($0)% done" } ?? ""
            out.append("  week \(week.number): \(week.light?.rawValue ?? "not logged")\(done)"
                       + (pain.isEmpty ? "" : ", worst pain \(pain.joined(separator: ", "))") + " -> \(decided[week.outcome] ?? "")")
        }
        if plan.contactClinician == true { out.append("  A red week was logged: the client should contact their clinician.") }
        out.append("")
        return out
    }

    static func describe(_ s: Session, units: String) -> String {
        var text: String
        switch s.kind {
        case .run:
            if s.byTime == true {
                text = "easy jog \(s.minutes ?? 0) min (~\(format(s.distance ?? 0)) \(units))"
            } else {
                text = "\(s.long == true ? "long run" : "run") \(format(s.distance ?? 0)) \(units)"
            }
        case .walkRun:
            let i = s.intervals.map { "walk \($0.walkMinutes)/run \($0.runMinutes) x\($0.repeats)" } ?? "walk-run"
            text = i
        case .strength:
            let label = s.label.map { " \($0)" } ?? ""
            return "strength\(label) \(s.minutes ?? 0) min: " + s.exercises.map { "\($0.id) \($0.dosage)" }.joined(separator: ", ")
        case .mobility:
            return "mobility \(s.minutes ?? 0) min: " + s.exercises.map(\.id).joined(separator: ", ")
        case .crossTrain:
            return "swim or cycle \(s.minutes ?? 0) min"
        case .rest:
            return "rest"
        }
        if let c = s.cadence { text += " @\(c)" }
        if !s.exercises.isEmpty { text += " (+\(s.exercises.map(\.id).joined(separator: ", ")))" }
        return text
    }

    static func format(_ v: Double) -> String {
        let rounded = (v * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
