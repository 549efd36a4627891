/// A readable terminal summary of a plan: what a physio checks before printing.
public enum PlanSummary {
    public static func text(_ plan: Plan, library: ExerciseLibrary) -> String {
        var out: [String] = []
        out.append("\(plan.client) (\(plan.clientId))" + (plan.selfGuided ? ", self-guided" : ""))
        out.append("Screening: \(plan.screening.level.rawValue). \(plan.screening.decision)")
        for finding in plan.screening.findings {
            out.append("  - \(finding.sign): \(finding.reason)")
        }
        guard !plan.withheld else {
            out.append("No plan: the handout will be a referral.")
            return out.joined(separator: "\n")
        }
        let u = plan.units.rawValue
        if !plan.notes.isEmpty { out.append("Notes: \(plan.notes.joined(separator: ", "))") }
        if let base = plan.baseCadence { out.append("Cadence: starts from \(base) steps/min") }
        out.append("")
        for week in plan.weeks {
            let header = "Week \(week.number) (\(week.start)) \(week.phase.rawValue)\(week.cutback ? ", cutback" : ""): \(format(week.volume)) \(u)"
            out.append(header)
            for day in week.days where !day.sessions.isEmpty {
                let parts = day.sessions.map { describe($0, units: u) }
                out.append("  \(day.weekday.rawValue) \(day.date.iso.suffix(5))  \(parts.joined(separator: "; "))")
            }
        }
        out.append("")
        out.append("Exercises:")
        for id in plan.exerciseIds {
            let name = library[id]?.name ?? id
            let why = plan.weeks.lazy.flatMap(\.days).flatMap(\.sessions).flatMap(\.exercises).first { $0.id == id }?.why ?? []
            out.append("  \(name) [\(id)]: for \(why.map(\.rawValue).joined(separator: ", "))")
        }
        return out.joined(separator: "\n")
    }

    static func describe(_ s: Session, units: String) -> String {
        switch s.kind {
        case .run:
            var text = "\(s.long == true ? "long run" : "run") \(format(s.distance ?? 0)) \(units)"
            if let c = s.cadence { text += " @\(c)" }
            if !s.exercises.isEmpty { text += " (+\(s.exercises.map(\.id).joined(separator: ", ")))" }
            return text
        case .walkRun:
            let i = s.intervals!
            var text = "walk \(i.walkMinutes)/run \(i.runMinutes) x\(i.repeats)"
            if let c = s.cadence { text += " @\(c)" }
            if !s.exercises.isEmpty { text += " (+\(s.exercises.map(\.id).joined(separator: ", ")))" }
            return text
        case .strength:
            return "strength \(s.label ?? "") \(s.minutes ?? 0) min: " + s.exercises.map { "\($0.id) \($0.dosage)" }.joined(separator: ", ")
        case .mobility:
            return "mobility \(s.minutes ?? 0) min: " + s.exercises.map(\.id).joined(separator: ", ")
        case .crossTrain:
            return "swim or cycle \(s.minutes ?? 0) min"
        case .rest:
            return "rest"
        }
    }

    static func format(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(v)
    }
}
