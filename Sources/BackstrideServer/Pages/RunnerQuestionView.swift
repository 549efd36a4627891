import BackstrideCore

/// One questionnaire question as the page shows it: the input that suits its kind, the answer so far, and the
/// problem with it, if any.
enum RunnerQuestionView {
    static func values(_ q: IntakeQuestion, body: FormBody, error: String?) -> [String: Any] {
        let answer = body[q.id] ?? ""
        var v: [String: Any] = ["id": q.id, "domID": "q-" + q.id, "prompt": prompt(q), "value": answer]
        if let help = q.help { v["help"] = help }
        if ["weekly", "long_run", "shoes"].contains(q.id) { v["help"] = "In the unit chosen above; 12 miles or 20 km is understood too." }
        if let error { v["error"] = error }
        if let d = q.defaultAnswer { v["placeholder"] = d }
        switch q.kind {
        case .yesNo:
            let chosen = answer.isEmpty ? (q.defaultAnswer ?? "") : answer
            v["isYesNo"] = true
            v["yes"] = chosen == "yes"
            v["no"] = chosen == "no"
        case .date: v["isDate"] = true
        case .time: v["isTime"] = true
        case .text: v["isText"] = true
        case .integer, .number, .distance: v["isNumber"] = true
        case .choice(let options):
            v["isChoice"] = true
            let chosen = answer.isEmpty ? (q.defaultAnswer ?? "") : answer
            v["options"] = options.map { ["value": $0, "label": WordLabels.label(q.id == "paper" ? "paper" : "units", $0), "selected": $0 == chosen] as [String: Any] }
        case .days where q.id == "long_run_day":
            v["isChoice"] = true
            v["options"] = [["value": "", "label": "The last free day", "selected": answer.isEmpty] as [String: Any]]
                + Weekday.words.map { ["value": $0, "label": WordLabels.label("schedule.days", $0), "selected": $0 == answer] as [String: Any] }
        case .days, .equipment:
            let words = q.kind == .days ? Weekday.words : Equipment.words
            let given = body.all(q.id + "[]")
            let chosen = Set(given.isEmpty ? (q.defaultAnswer ?? "").split(separator: ",").map { $0.trimmingWhitespaceAndNewlines } : given)
            v["isWords"] = true
            v["options"] = words.map { ["value": $0, "label": WordLabels.label(q.kind == .days ? "schedule.days" : "equipment", $0),
                                        "checked": chosen.contains($0), "domID": "q-\(q.id)-\($0)"] as [String: Any] }
        }
        return v
    }

    /// The terminal's prompt, less what a date picker, a time picker or a list of boxes already shows
    /// ("(YYYY-MM-DD)", the list of equipment words).
    static func prompt(_ q: IntakeQuestion) -> String {
        switch q.kind {
        case .date, .time, .equipment:
            guard let open = q.prompt.range(of: " (", options: .backwards) else { return q.prompt }
            let tail = q.prompt[open.upperBound...]
            let kept = tail.contains(";") ? " (" + tail.split(separator: ";", maxSplits: 1)[1].trimmingWhitespaceAndNewlines : ""
            return String(q.prompt[..<open.lowerBound]) + kept
        default:
            return q.prompt
        }
    }
}
