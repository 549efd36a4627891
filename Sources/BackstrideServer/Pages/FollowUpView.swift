import BackstrideCore
import BackstrideRender

/// The follow-up grid as the page template reads it, in the paper calendar's layout: each week begun, its days with
/// what the plan had on each and a row to type the sheet into, and a whole-week row for a physio who only has the
/// summary. Also the panel that says what each lived week decided.
struct FollowUpView {
    let form: ProfileForm
    let check: FormCheck
    let library: ExerciseLibrary
    let wording: HandoutWording
    let today: CalendarDate

    /// The grid's values; rows the weeks shown do not hold (a date outside them) are listed after, so saving
    /// never drops a line.
    func grid() -> [String: Any] {
        var values: [String: Any] = ["messages": FormView.messages(check.messages(for: "log"))]
        guard let profile = check.profile ?? FollowUpWeeks.withoutLog(form, today: today),
              let weeks = FollowUpWeeks.weeks(form, check: check, library: library, today: today) else {
            values["waiting"] = "The follow-up grid appears when the rest of the form has no errors."
            values["other"] = form.log.map { row($0, label: $0.key, plan: "", open: true) }
            values["hasOther"] = !form.log.isEmpty
            values["show"] = !form.log.isEmpty
            return values
        }
        var shown = Set<String>()
        let history = check.plan?.history ?? []
        values["weeks"] = weeks.enumerated().map { index, week -> [String: Any] in
            let days = week.days.map { day -> [String: Any] in
                let key = day.date.iso
                shown.insert(key)
                let typed = form.log.first { $0.key == key }
                let open = (day.date >= profile.schedule.start && day.date <= today) || typed != nil
                return row(typed ?? LogRow(key: key), label: "\(day.weekday.rawValue.capitalizedFirst) \(Self.short(day.date))",
                           plan: plan(day, units: profile.units.rawValue), open: open)
            }
            let key = "week \(week.number)"
            shown.insert(key)
            let training = week.days.filter { $0.sessions.contains(where: \.isTraining) }.count
            var summary = row(form.log.first { $0.key == key } ?? LogRow(key: key), label: "Whole week", plan: "", open: true)
            summary["placeholder"] = "K of \(training)"
            summary["training"] = training
            var v: [String: Any] = ["number": week.number, "dates": "\(Self.short(week.start)) to \(Self.short(week.end))",
                                    "underWay": week.end >= today, "days": days, "summary": summary,
                                    "open": index >= weeks.count - 3 || !logged(days, summary) || hasMessages(week, days: days)]
            if let lived = history.first(where: { $0.number == week.number }), let light = lived.light {
                v["light"] = light.rawValue
            }
            return v
        }
        let other = form.log.filter { !shown.contains($0.key) }
        values["other"] = other.map { row($0, label: $0.key, plan: "", open: true) }
        values["hasOther"] = !other.isEmpty
        values["hasWeeks"] = !weeks.isEmpty
        // A new client, or a plan not yet begun, has nothing to log: the grid stays out of the way.
        values["show"] = !weeks.isEmpty || !form.log.isEmpty
        if weeks.isEmpty {
            values["waiting"] = check.plan?.withheld == true ? "No plan is printed, so there is no week to log."
                : "No week of the plan has begun by today (\(today.iso)), so there is nothing to log yet."
        }
        return values
    }

    /// An older week already typed in folds away; the last three, and any still to type, stay open.
    private func logged(_ days: [[String: Any]], _ summary: [String: Any]) -> Bool {
        (days + [summary]).contains { row in ["done", "during", "morning", "note"].contains { (row[$0] as? String)?.isEmpty == false } }
    }

    private func hasMessages(_ week: PlanWeek, days: [[String: Any]]) -> Bool {
        days.contains { ($0["messages"] as? [[String: Any]])?.isEmpty == false }
            || !check.messages(for: LogRow.id("week \(week.number)")).isEmpty
    }

    /// One row of the grid: the day (or the whole week) with its inputs as typed and its messages.
    private func row(_ row: LogRow, label: String, plan: String, open: Bool) -> [String: Any] {
        let dom = FormView.domID(row.id)
        var v: [String: Any] = ["key": row.key, "domID": dom, "label": label, "plan": plan, "open": open, "isDay": !row.isWeek,
                                "done": row.done, "during": row.during, "morning": row.morning, "note": row.note,
                                "messages": FormView.messages(check.messages(for: row.id)),
                                "doneName": LogRow.name(row.key, "done"), "duringName": LogRow.name(row.key, "during"),
                                "morningName": LogRow.name(row.key, "morning"), "noteName": LogRow.name(row.key, "note"),
                                "signsName": LogRow.name(row.key, "signs")]
        var done = [FormView.option("", "-", row.done), FormView.option("yes", "Yes", row.done),
                    FormView.option("partly", "Partly", row.done), FormView.option("no", "No", row.done)]
        if !["", "yes", "partly", "no"].contains(row.done) { done.append(FormView.option(row.done, row.done, row.done)) }
        v["doneOptions"] = done
        let sign = row.signs.first ?? ""
        v["signGroups"] = ScreeningLevel.allCases.reversed().map { level in
            ["title": level == .clear ? "Past health" : WordLabels.levelName(level),
             "options": RedFlagSign.allCases.filter { $0.ownLevel == level }.map {
                 FormView.option($0.rawValue, WordLabels.label("symptoms.signs", $0.rawValue), sign)
             }] as [String: Any]
        }
        v["noSign"] = sign.isEmpty
        if !sign.isEmpty, RedFlagSign(rawValue: sign) == nil { v["unknownSign"] = sign }
        v["extraSigns"] = Array(row.signs.dropFirst())
        return v
    }

    /// What the plan had on a day, in the handout's words: each session's heading.
    private func plan(_ day: PlanDay, units: String) -> String {
        day.sessions.map { s -> String in
            func names(_ list: [PrescribedExercise]) -> String { list.map { library[$0.id]?.name ?? $0.id }.joined(separator: ", ") }
            switch s.kind {
            case .run, .walkRun:
                if let i = s.intervals {
                    return wording.phrase("session", "walk_run", ["walk": i.walkMinutes, "run": i.runMinutes, "repeats": i.repeats, "minutes": s.minutes ?? 0])
                }
                if s.byTime == true { return wording.phrase("session", "jog", ["minutes": s.minutes ?? 0]) }
                return wording.phrase("session", s.long == true ? "long_run" : "run", ["distance": "\(NodeReader.format(s.distance ?? 0)) \(units)"])
            case .strength:
                var values: [String: Any] = ["minutes": s.minutes ?? 0]
                if let label = s.label { values["label"] = label }
                return wording.phrase("session", "strength", values)
            case .mobility: return wording.phrase("session", "mobility", ["minutes": s.minutes ?? 0, "list": names(s.exercises)])
            case .crossTrain: return wording.phrase("session", "cross_train", ["minutes": s.minutes ?? 0])
            case .rest: return wording.phrase("week", "rest")
            }
        }.joined(separator: " ")
    }

    /// What the log decided, as the plan's `history` and each week's `because` say: the light of each lived week and
    /// what the week after it holds. A red week asks the client to contact the clinician; two reds or a logged sign
    /// withhold the plan, and the referral shows at once, as the screening panel does for signs.
    func panel() -> [String: Any] {
        guard !form.log.isEmpty else { return ["empty": true] }
        guard let plan = check.plan else { return ["waiting": true] }
        let clinician = check.profile?.clinician ?? "their clinician"
        var v: [String: Any] = [:]
        v["weeks"] = (plan.history ?? []).map { lived -> [String: Any] in
            let next = plan.weeks.first { $0.because?.week == lived.number }
            var facts = lived.donePercent.map { ["\($0)% done"] } ?? []
            if let d = lived.worstDuring { facts.append("pain during up to \(d)") }
            if let m = lived.worstMorning { facts.append("next morning up to \(m)") }
            return ["number": lived.number, "light": lived.light?.rawValue ?? "none",
                    "lightName": lived.light.map { $0.rawValue.capitalizedFirst } ?? "Not logged",
                    "facts": facts.isEmpty ? "" : facts.joined(separator: ", ") + ".",
                    "decided": Self.decided(lived, next: next, clinician: clinician)]
        }
        v["hasWeeks"] = !(plan.history ?? []).isEmpty
        if plan.contactClinician == true { v["contact"] = "A red week was logged: the client should contact \(clinician) before going on." }
        if plan.withheld, plan.screening.findings.contains(where: { $0.rule.hasPrefix("follow_up") }) {
            v["referral"] = true
            v["level"] = plan.screening.level.rawValue
            v["levelName"] = WordLabels.levelName(plan.screening.level)
            v["decision"] = plan.screening.decision
            v["reasons"] = plan.screening.findings.filter { $0.rule.hasPrefix("follow_up") }.map(\.reason)
        }
        return v
    }

    static func decided(_ lived: HistoryWeek, next: PlanWeek?, clinician: String) -> String {
        guard let next else { return "No week is planned after it." }
        let step = next.basedOn.map { " (the plan's week \($0))" } ?? ""
        switch lived.outcome {
        case .progress: return "Week \(next.number) moves on to the next step\(step)."
        case .repeat: return "Week \(next.number) repeats week \(lived.number): the same training again."
        case .missed: return "Mostly missed, so week \(next.number) repeats week \(lived.number)."
        case .unrecorded: return "Nothing logged, so week \(next.number) goes on as printed."
        case .unrecordedAfterWarning:
            return "Nothing logged after a pain warning, so week \(next.number) repeats week \(lived.number) until scores show the pain settled."
        case .stepBack: return "Red: week \(next.number) steps back to an easier week\(step). Contact \(clinician)."
        }
    }

    /// `10 Nov`.
    static func short(_ date: CalendarDate) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(date.day) \(months[date.month - 1])"
    }
}
