import BackstrideCore

extension HandoutLayout {
    /// At most this many "what changes" lines on a week's page, so the week still fits its page.
    static let changeLinesPerWeek = 3

    /// What changed from last week and why, in the handout's words (`changes` in phrases.yaml), most important
    /// first: the start, the running and harder exercises, then new ones, then the rest, which goes first when the
    /// page has no room for everything.
    func changeLines(_ week: PlanWeek) -> [String] {
        var lines: [(priority: Int, text: String)] = []
        // A first week without running says so once, in its start line.
        let starts = week.changes.contains { $0.kind == .start }
        // The week's heading already names a new phase.
        for change in week.changes where !(starts && change.kind == .noRunning) && change.kind != .phase {
            guard let text = changeText(change) else { continue }
            // The warm-up kept belongs to the step just before it: one line, so it never pushes another step out.
            if change.kind == .warmUpKept, let last = lines.indices.last {
                lines[last].text += " " + text
                continue
            }
            lines.append((Self.priority(change.kind), text))
        }
        let kept = lines.enumerated().sorted { ($0.element.priority, $0.offset) < ($1.element.priority, $1.offset) }
            .prefix(Self.changeLinesPerWeek).sorted { $0.offset < $1.offset }
        return kept.map(\.element.text)
    }

    /// Lower first: the running and harder exercises matter most; a new step target shows on each run anyway.
    static func priority(_ kind: WeekChange.Kind) -> Int {
        switch kind {
        case .repeatWeek, .stepBack, .retryWeek: return -1
        case .doseUp, .exercisesHeld: return 3
        case .cadence, .moreRuns: return 2
        case .exerciseNew, .exerciseSwap: return 1
        default: return 0
        }
    }

    /// Why a follow-up repeated or stepped back this week, from how the week before went.
    func becauseText(_ c: WeekChange) -> String {
        let key = c.kind == .stepBack ? "because_step_back" : c.kind == .retryWeek ? "because_retry" : "because_\(c.from ?? "repeat")"
        return wording.phrase("changes", key, ["week": c.amount.map(Self.number) ?? "", "contact": contact])
    }

    func changeText(_ c: WeekChange) -> String? {
        let name = { (id: String?) in id.flatMap { library[$0]?.name } ?? id ?? "" }
        let amount = c.amount.map(Self.number) ?? ""
        func phrase(_ key: String, _ values: [String: Any] = [:]) -> String { wording.phrase("changes", key, values) }
        switch c.kind {
        case .start:
            switch c.to {
            case "walk_run": return phrase("start_walk_run")
            case "none": return phrase("start_none", ["contact": contact])
            default: return phrase("start_continuous", ["percent": amount, "fewer": c.from == "fewer"])
            }
        case .phase: return phrase("phase", ["phase": wording.phrase("phases", c.to ?? "")])
        case .noRunning: return phrase("no_running", ["contact": contact])
        case .runsUp: return phrase("runs_up", ["percent": amount])
        case .runsHeld: return phrase("runs_held") + (c.to.map { " " + wording.phrase("changes", "held_by_\($0)") } ?? "")
        case .cutback: return phrase("cutback", ["percent": amount])
        case .afterCutback: return phrase("after_cutback")
        case .moreRuns: return phrase("more_runs", ["runs": c.to ?? ""])
        case .walkRunStep:
            let parts = (c.to ?? "").split(separator: "/").map(String.init)
            let values: [String: Any] = ["walk": parts.first ?? "", "run": parts.last ?? "", "contact": contact]
            return phrase(c.from == nil ? "walk_run_begin" : "walk_run_step", values)
        case .walkRunRepeat: return phrase("walk_run_repeat")
        case .continuousStart: return phrase("continuous_start", ["minutes": amount])
        case .painLimit: return phrase("pain_limit", ["onset": distance(Double(c.to ?? "") ?? 0), "limit": distance(c.amount ?? 0)])
        case .pastPainPoint: return phrase("past_pain_point", ["onset": distance(c.amount ?? 0)])
        case .cadence: return phrase("cadence", ["cadence": amount])
        case .exerciseStep:
            let test = c.from.flatMap { library[$0]?.moveOn }
            return phrase("exercise_step", ["from": name(c.from), "to": name(c.to), "test": test ?? ""])
        case .exerciseSwap: return phrase("exercise_swap", ["from": name(c.from), "to": name(c.to)])
        case .exerciseNew: return phrase("exercise_new", ["to": name(c.to)])
        case .warmUpKept: return phrase("warm_up_kept", ["to": name(c.to)])
        case .doseUp:
            let list = (c.exercises ?? []).map { name($0) }
            return list.count > 3 ? phrase("dose_up_all") : phrase("dose_up", ["list": list.joined(separator: ", ")])
        case .exercisesHeld: return phrase("exercises_held")
        case .repeatWeek, .stepBack, .retryWeek: return becauseText(c)
        case .runsCut: return phrase("runs_cut")
        }
    }
}
