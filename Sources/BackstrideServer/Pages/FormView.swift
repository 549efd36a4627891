import BackstrideCore

/// The client form as the page template reads it: each group with its fields, each field with its value, its
/// pick list and its messages.
enum FormView {
    static func groups(_ form: ProfileForm, check: FormCheck?) -> [[String: Any]] {
        ProfileFields.groups.map { group in
            var values: [String: Any] = ["id": group.id, "title": group.title,
                                         "messages": messages(check?.messages(for: group.id) ?? [])]
            values["fields"] = group.fields.map { field($0, form, check) }
            if group.id == "weaknesses" {
                values["findings"] = Weakness.allCases.map { finding($0, form, check) }
                values["hasFindings"] = true
            }
            if group.id == "symptoms" {
                values["signGroups"] = signGroups(form)
            }
            return values
        }
    }

    static func field(_ field: ProfileField, _ form: ProfileForm, _ check: FormCheck?) -> [String: Any] {
        let value = form[field.id]
        var v: [String: Any] = ["id": field.id, "domID": domID(field.id), "label": field.label, "value": value,
                                "messages": messages(check?.messages(for: field.id) ?? [])]
        if let help = field.help { v["help"] = help }
        switch field.kind {
        case .text: v["isText"] = true
        case .whole: v["isNumber"] = true
        case .distance:
            v["isNumber"] = true
            v["unit"] = form.unit
        case .date: v["isDate"] = true
        case .time: v["isTime"] = true
        case .flag:
            v["isChoice"] = true
            v["options"] = [option("", "Not asked", value), option("yes", "Yes", value), option("no", "No", value)]
        case .choice(let words):
            v["isChoice"] = true
            v["options"] = (field.id == "schedule.long_run_day" ? [option("", "The last free day", value)] : [])
                + words.map { option($0, WordLabels.label(field.id, $0), value) }
        case .words(let words):
            // The signs have their own grouped list, by what each leads to.
            if field.id == "symptoms.signs" { v["isSigns"] = true; break }
            v["isWords"] = true
            let chosen = Set(form.words(field.id))
            v["options"] = words.map { word in
                ["value": word, "label": WordLabels.label(field.id, word), "checked": chosen.contains(word),
                 "domID": domID(field.id + "." + word)] as [String: Any]
            }
        }
        return v
    }

    static func option(_ value: String, _ label: String, _ current: String) -> [String: Any] {
        ["value": value, "label": label, "selected": value == current]
    }

    static func finding(_ weakness: Weakness, _ form: ProfileForm, _ check: FormCheck?) -> [String: Any] {
        let id = ProfileFields.findingID(weakness)
        let current = form.findings.first { $0.weakness == weakness.rawValue }?.severity ?? ""
        return ["id": id, "domID": domID(id), "word": weakness.rawValue, "label": WordLabels.label("weakness", weakness.rawValue),
                "messages": messages(check?.messages(for: id) ?? []),
                "options": [option("", "Not found", current), option("mild", "Mild", current),
                            option("moderate", "Moderate", current), option("marked", "Marked", current)]]
    }

    /// The signs in four lists, most urgent first, each with what a sign in it means for the plan.
    static func signGroups(_ form: ProfileForm) -> [[String: Any]] {
        let chosen = Set(form.words("symptoms.signs"))
        return ScreeningLevel.allCases.reversed().map { level in
            let signs = RedFlagSign.allCases.filter { $0.ownLevel == level }
            return ["level": level.rawValue, "title": level == .clear ? "Past health" : WordLabels.levelName(level),
                    "meaning": WordLabels.groupMeaning(level),
                    "signs": signs.map { sign in
                        ["value": sign.rawValue, "label": WordLabels.label("symptoms.signs", sign.rawValue),
                         "checked": chosen.contains(sign.rawValue), "level": level.rawValue,
                         "domID": domID("symptoms.signs." + sign.rawValue)] as [String: Any]
                    }] as [String: Any]
        }
    }

    static func messages(_ list: [FormCheck.Message]) -> [[String: Any]] {
        list.map { m in
            var v: [String: Any] = ["text": m.text, "isError": m.severity == .error, "severity": m.severity.rawValue]
            if let hint = m.hint { v["hint"] = hint }
            return v
        }
    }

    /// An HTML id for a field (`symptoms.pain` -> `f-symptoms-pain`, `log.week 2` -> `f-log-week-2`).
    static func domID(_ id: String) -> String {
        "f-" + id.replacingOccurrences(of: ".", with: "-").replacingOccurrences(of: " ", with: "-")
    }

    /// What the reported signs mean for the plan, for the panel beside the sign list: the screening's decision
    /// when the profile is valid, and each ticked sign's own level whether or not it is.
    static func screening(_ form: ProfileForm, check: FormCheck?) -> [String: Any] {
        var v: [String: Any] = [:]
        let ticked = form.words("symptoms.signs").compactMap(RedFlagSign.init(rawValue:))
        v["hasSigns"] = !ticked.isEmpty
        v["signs"] = ticked.sorted { $0.ownLevel > $1.ownLevel }.map { sign in
            ["label": WordLabels.label("symptoms.signs", sign.rawValue), "level": sign.ownLevel.rawValue,
             "meaning": WordLabels.meaning(sign.ownLevel)] as [String: Any]
        }
        if let plan = check?.plan {
            v["decided"] = true
            v["level"] = plan.screening.level.rawValue
            v["levelName"] = WordLabels.levelName(plan.screening.level)
            v["withheld"] = plan.withheld
            v["decision"] = plan.screening.decision
            v["findings"] = plan.screening.warnings.map { ["reason": $0.reason, "cleared": $0.cleared] as [String: Any] }
            v["hasFindings"] = !plan.screening.warnings.isEmpty
        }
        return v
    }
}
