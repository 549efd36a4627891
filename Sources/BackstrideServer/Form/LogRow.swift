import BackstrideCore

/// One line of the follow-up log as the grid holds it: a day (`2026-11-10`) or a whole week (`week 2`), each value
/// as typed. It is not validated here: `ProfileYAML` writes it as one line under `log:` and `ProfileLoader` checks it.
public struct LogRow: Sendable, Equatable {
    /// The log key: an ISO date or `week N`.
    public var key: String
    /// `yes`, `partly`, `no`; for a week `K of N`.
    public var done = ""
    public var during = ""
    public var morning = ""
    public var note = ""
    /// Warning-sign words noted that day.
    public var signs: [String] = []

    public init(key: String, done: String = "", during: String = "", morning: String = "", note: String = "", signs: [String] = []) {
        self.key = key
        self.done = done
        self.during = during
        self.morning = morning
        self.note = note
        self.signs = signs
    }

    /// A row nobody typed into writes nothing.
    public var isEmpty: Bool {
        done.isEmpty && during.isEmpty && morning.isEmpty && note.isEmpty && signs.isEmpty
    }

    /// A whole-week summary (`week 2`) rather than a day.
    public var isWeek: Bool { key.lowercased().hasPrefix("week") }

    /// The form's id for the row (`log.2026-11-10`, `log.week 2`), where its messages are shown.
    public var id: String { Self.id(key) }

    public static func id(_ key: String) -> String { "log." + key }

    /// The form's name for one of the row's values (`log.2026-11-10.during`).
    public static func name(_ key: String, _ part: String) -> String { "log.\(key).\(part)" }

    /// The rows a submitted form holds: each `log.row` names a row's key, in the order shown.
    static func rows(_ body: FormBody) -> [LogRow] {
        var seen = Set<String>()
        return body.all("log.row").compactMap { key in
            guard seen.insert(key).inserted else { return nil }
            return LogRow(key: key, done: body[name(key, "done")] ?? "", during: body[name(key, "during")] ?? "",
                          morning: body[name(key, "morning")] ?? "", note: body[name(key, "note")] ?? "",
                          signs: body.all(name(key, "signs")))
        }
    }

    /// The words the log reads as `yes`, `partly` and `no`, shown in the grid as the word itself.
    static func doneWord(_ text: String) -> String {
        switch text.trimmingWhitespaceAndNewlines.lowercased() {
        case "yes", "true", "done": return "yes"
        case "partly", "part", "half": return "partly"
        case "no", "false", "missed", "skipped": return "no"
        default: return text
        }
    }
}
