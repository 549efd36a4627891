import BackstrideCore

/// What the client form holds: every field's text as typed, the findings with their severities, and the unit
/// distances are typed in. It is not validated: `FormCheck` writes it as a profile and checks that file exactly
/// as `backstride check` does.
public struct ProfileForm: Sendable, Equatable {
    /// Field id (`symptoms.pain`) to its text; a list field's words joined by ", ".
    public var values: [String: String] = [:]
    /// Findings with their severity (`mild`, `moderate`, `marked`), in the profile's order: the planner weighs
    /// findings in the order the clinician wrote them, so a save must never reorder them.
    public var findings: [(weakness: String, severity: String)] = []
    /// The follow-up log's lines that say something, in the order the grid shows them.
    public var log: [LogRow] = []
    /// Things about the file the form cannot keep (comments, keys it has no field for), said before saving.
    public var notes: [String] = []

    public init() {}

    public static func == (a: ProfileForm, b: ProfileForm) -> Bool {
        a.values == b.values && a.findings.map(\.weakness) == b.findings.map(\.weakness)
            && a.findings.map(\.severity) == b.findings.map(\.severity) && a.notes == b.notes && a.log == b.log
    }

    public subscript(_ id: String) -> String {
        get { values[id] ?? "" }
        set { values[id] = newValue.isEmpty ? nil : newValue }
    }

    /// The words of a list field.
    public func words(_ id: String) -> [String] {
        self[id].split(separator: ",").map { $0.trimmingWhitespaceAndNewlines }.filter { !$0.isEmpty }
    }

    /// The hidden field that carries the findings' order from the file through the page.
    public static let findingOrderField = "weaknesses.order"

    /// The findings' words in the profile's order, as the hidden order field holds them.
    public var findingOrder: String { findings.map(\.weakness).joined(separator: ",") }

    /// The unit distances are typed in (km unless the form says mi).
    public var unit: String { self["units"].isEmpty ? "km" : self["units"] }

    /// A new client's form: a clinician's plan starting next Monday, with the profile's defaults shown.
    public static func blank(today: CalendarDate) -> ProfileForm {
        var form = ProfileForm()
        let daysToMonday = (7 - today.weekday.index) % 7
        form["schedule.start"] = today.adding(days: daysToMonday == 0 ? 7 : daysToMonday).iso
        form["schedule.weeks"] = "6"
        form["schedule.days"] = "mon, wed, fri, sat"
        form["schedule.minutes"] = "45"
        form["equipment"] = "mat"
        form["units"] = "km"
        form["paper"] = "a4"
        form["running.runs_per_week"] = "3"
        return form
    }

    /// The form as the browser sent it.
    public init(_ body: FormBody) {
        for field in ProfileFields.all {
            switch field.kind {
            case .words: self[field.id] = body.all(field.id).joined(separator: ", ")
            default: self[field.id] = body[field.id] ?? ""
            }
        }
        // The page lists findings in vocabulary order; the hidden order field carries the file's, so findings
        // already in the profile keep their places and newly ticked ones follow in list order.
        let written = (body[Self.findingOrderField] ?? "").split(separator: ",").compactMap { Weakness(rawValue: String($0)) }
        let order = written + Weakness.allCases.filter { !written.contains($0) }
        for weakness in order {
            let severity = body[ProfileFields.findingID(weakness)] ?? ""
            if !severity.isEmpty { findings.append((weakness.rawValue, severity)) }
        }
        // An empty row of the grid is a day nobody typed into: it writes nothing.
        log = LogRow.rows(body).filter { !$0.isEmpty }
    }
}
