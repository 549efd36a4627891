import BackstrideCore
import Foundation

/// Writes a form as a profile in the layout of docs/profile.md, noting which field each line came from, so a
/// diagnostic about line 12 of the written file is shown beside the field that wrote line 12.
public struct ProfileYAML: Sendable {
    public private(set) var text = ""
    /// Line number (1-based) to the id of the field written there, or a section's id for its heading.
    public private(set) var fieldAtLine: [Int: String] = [:]
    private var line = 1

    public init(_ form: ProfileForm, savedOn today: CalendarDate? = nil) {
        if let today {
            comment("Saved by `backstride serve` on \(today.iso). Earlier versions are kept in .history/ beside this file.")
        }
        section("client", ["client.name", "client.id", "client.birth_year"], form, required: ["client.name"])
        for id in ["clinician", "clinic", "assessed"] { value(id, form) }
        blank()
        section("symptoms", ProfileFields.groups[1].fields.map(\.id), form, required: ["symptoms.pain"])
        if !form.findings.isEmpty {
            blank()
            emit("weaknesses:", for: "weaknesses")
            for finding in form.findings {
                let id = Weakness(rawValue: finding.weakness).map(ProfileFields.findingID) ?? "weaknesses"
                let severity = finding.severity == FindingSeverity.moderate.rawValue ? "" : ": " + Self.scalar(finding.severity, kind: .choice([]))
                emit("  - " + Self.scalar(finding.weakness, kind: .choice([])) + severity, for: id)
            }
        }
        let running = ProfileFields.groups[3].fields.map(\.id)
        if running.contains(where: { !form[$0].isEmpty }) {
            blank()
            section("running", running, form, required: [])
        }
        blank()
        section("schedule", ProfileFields.groups[4].fields.map(\.id), form, required: ["schedule.start"])
        blank()
        for id in ["equipment", "units", "paper"] { value(id, form) }
        if !form.log.isEmpty {
            blank()
            emit("log:", for: "log")
            for row in form.log { emit("  " + Self.logLine(row), for: row.id) }
        }
    }

    /// One log entry on one line, so a message about it points at its day: `2026-11-10: {done: yes, during: 2}`.
    static func logLine(_ row: LogRow) -> String {
        let keyIsPlain = row.key.range(of: #"^([0-9]{4}-[0-9]{2}-[0-9]{2}|week [0-9]+)$"#, options: .regularExpression) != nil
        var parts: [String] = []
        if !row.done.isEmpty { parts.append("done: " + scalar(row.done, kind: .choice([]))) }
        if !row.during.isEmpty { parts.append("during: " + scalar(row.during, kind: .whole)) }
        if !row.morning.isEmpty { parts.append("morning: " + scalar(row.morning, kind: .whole)) }
        if !row.note.isEmpty { parts.append("note: " + quoted(row.note)) }
        if !row.signs.isEmpty { parts.append("signs: [" + row.signs.map { scalar($0, kind: .words([])) }.joined(separator: ", ") + "]") }
        return (keyIsPlain ? row.key : quoted(row.key)) + ": {" + parts.joined(separator: ", ") + "}"
    }

    private mutating func section(_ name: String, _ ids: [String], _ form: ProfileForm, required: Set<String>) {
        emit("\(name):", for: name)
        for id in ids { value(id, form, required: required.contains(id)) }
    }

    /// One field's line; an empty field is left out, unless it is required: then `key:` stays, so the
    /// "missing" message points at that field's line.
    private mutating func value(_ id: String, _ form: ProfileForm, required: Bool = false) {
        guard let field = ProfileFields.field(id) else { return }
        let indent = field.section == nil ? "" : "  "
        let key = field.kind == .distance ? "\(field.key)_\(form.unit == "mi" ? "mi" : "km")" : field.key
        let text = form[id]
        if text.isEmpty {
            if required { emit("\(indent)\(key):", for: id) }
            return
        }
        switch field.kind {
        case .words:
            emit("\(indent)\(key): [" + form.words(id).map { Self.scalar($0, kind: field.kind) }.joined(separator: ", ") + "]", for: id)
        default:
            emit("\(indent)\(key): \(Self.scalar(text, kind: field.kind))", for: id)
        }
    }

    private mutating func comment(_ text: String) {
        emit("# " + text, for: nil)
        blank()
    }

    private mutating func blank() { emit("", for: nil) }

    private mutating func emit(_ content: String, for id: String?) {
        text += content + "\n"
        if let id { fieldAtLine[line] = id }
        line += 1
    }

    /// A value as YAML: plain when it can only mean what was typed (a number, a date, a word), double-quoted
    /// otherwise. Text is always quoted, so a name such as `yes` or `null` stays a name.
    static func scalar(_ text: String, kind: ProfileField.Kind) -> String {
        let plain: Bool
        switch kind {
        case .text, .time: plain = false
        case .whole, .distance: plain = text.range(of: #"^[0-9]+(\.[0-9]+)?$"#, options: .regularExpression) != nil
        case .date: plain = text.range(of: #"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"#, options: .regularExpression) != nil
        case .flag, .choice, .words: plain = text.range(of: #"^[A-Za-z0-9][A-Za-z0-9_]*$"#, options: .regularExpression) != nil
        }
        return plain ? text : quoted(text)
    }

    /// YAML's double-quoted style: backslash, quote and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.properties.generalCategory == .control {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
