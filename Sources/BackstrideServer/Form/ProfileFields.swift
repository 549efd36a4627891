import BackstrideCore

/// The client form's fields: one per profile value, in the order and groups of an assessment. Each knows its
/// YAML key, so the form and the profile file never disagree about what a field is.
public struct ProfileField: Sendable {
    public enum Kind: Sendable, Equatable {
        case text
        case whole
        /// A distance: written `<key>_km` or `<key>_mi` in the form's unit.
        case distance
        case date
        case time
        /// yes / no / not asked.
        case flag
        case choice([String])
        /// Several words of a vocabulary (checkboxes).
        case words([String])
    }

    /// The form's name for it: `section.key`, or `key` at the top level.
    public let id: String
    /// The profile's section (`client`, `symptoms`, `running`, `schedule`), nil at the top level.
    public let section: String?
    public let key: String
    public let kind: Kind
    public let label: String
    public let help: String?

    init(_ section: String?, _ key: String, _ kind: Kind, _ label: String, help: String? = nil) {
        self.section = section
        self.key = key
        self.kind = kind
        self.label = label
        self.help = help
        id = section.map { "\($0).\(key)" } ?? key
    }
}

/// The form's groups, in assessment order, and the fields in each.
public enum ProfileFields {
    public struct Group: Sendable {
        public let id: String
        public let title: String
        public let fields: [ProfileField]
    }

    public static let groups: [Group] = [
        Group(id: "client", title: "Client", fields: [
            ProfileField("client", "name", .text, "Name", help: "Printed on every page."),
            ProfileField("client", "id", .text, "Client id", help: "Optional; names the files. Defaults to the name."),
            ProfileField("client", "birth_year", .whole, "Birth year", help: "Needed for a self-guided runner (no clinician)."),
            ProfileField(nil, "clinician", .text, "Clinician", help: "Leave empty for a self-guided runner: stricter safety rules apply."),
            ProfileField(nil, "clinic", .text, "Clinic"),
            ProfileField(nil, "assessed", .date, "Assessed on"),
        ]),
        Group(id: "symptoms", title: "Symptoms and signs", fields: [
            ProfileField("symptoms", "pain", .whole, "Running pain (0-10)", help: "The worst pain while running."),
            ProfileField("symptoms", "pain_at_rest", .whole, "Pain at rest (0-10)"),
            ProfileField("symptoms", "pattern", .words(PainPattern.words), "When the pain shows up"),
            ProfileField("symptoms", "starts_after", .distance, "Pain starts after", help: "How far into a run."),
            ProfileField("symptoms", "weeks_since_onset", .whole, "Weeks since the pain began"),
            ProfileField("symptoms", "signs", .words(RedFlagSign.words), "Red-flag signs reported"),
            ProfileField("symptoms", "cleared_by", .text, "Signs cleared by",
                         help: "A clinician assessed the signs and allows a plan. Never clears an emergency sign."),
            ProfileField("symptoms", "morning_stiffness_minutes", .whole, "Morning stiffness (minutes)"),
            ProfileField("symptoms", "better_with_exercise", .flag, "Better with exercise, not with rest"),
            ProfileField("symptoms", "wakes_second_half_of_night", .flag, "Wakes in the second half of the night"),
            ProfileField("symptoms", "alternating_buttock_pain", .flag, "Buttock pain that swaps sides"),
            ProfileField("symptoms", "onset_age", .whole, "Age when the back pain began"),
        ]),
        Group(id: "weaknesses", title: "Findings", fields: []),
        Group(id: "running", title: "Running", fields: [
            ProfileField("running", "weekly", .distance, "Running a week now", help: "0 if not running now."),
            ProfileField("running", "runs_per_week", .whole, "Runs a week"),
            ProfileField("running", "long_run", .distance, "Longest run of the last month"),
            ProfileField("running", "cadence", .whole, "Cadence (steps a minute)"),
            ProfileField("running", "goal", .text, "Goal", help: "For example: 10k in spring."),
            ProfileField("running", "goal_date", .date, "Goal date"),
            ProfileField("running", "shoes", .distance, "Distance on current shoes"),
        ]),
        Group(id: "schedule", title: "Schedule", fields: [
            ProfileField("schedule", "start", .date, "First day of the plan", help: "A Monday is best."),
            ProfileField("schedule", "weeks", .choice(["4", "5", "6", "7", "8"]), "Weeks"),
            ProfileField("schedule", "days", .words(Weekday.words), "Days free to train"),
            ProfileField("schedule", "long_run_day", .choice(Weekday.words), "Long run day"),
            ProfileField("schedule", "minutes", .whole, "Minutes a session"),
            ProfileField("schedule", "time", .time, "Usual training time", help: "For calendar events; empty makes them all-day."),
        ]),
        Group(id: "equipment", title: "Equipment and print", fields: [
            ProfileField(nil, "equipment", .words(Equipment.words), "Equipment at home"),
            ProfileField(nil, "units", .choice(DistanceUnit.words), "Units"),
            ProfileField(nil, "paper", .choice(Paper.words), "Paper"),
        ]),
    ]

    public static let all: [ProfileField] = groups.flatMap(\.fields)

    public static func field(_ id: String) -> ProfileField? { all.first { $0.id == id } }

    /// A word as the form's checkbox or pick list names it (`Monday` is `mon`, `after run` is `after_run`), or nil when
    /// the word is not in the field's vocabulary, so a file written by hand opens with its boxes ticked.
    public static func vocabularyWord(_ word: String, for id: String) -> String? {
        switch id {
        case "symptoms.pattern": return PainPattern.match(word)?.rawValue
        case "symptoms.signs": return RedFlagSign.match(word)?.rawValue
        case "schedule.days", "schedule.long_run_day": return Weekday.match(word)?.rawValue
        case "equipment": return Equipment.match(word)?.rawValue
        default: return nil
        }
    }

    /// The form's name for one finding's severity select.
    public static func findingID(_ weakness: Weakness) -> String { "weakness.\(weakness.rawValue)" }
}
