import BackstrideCore
import Foundation
import Yams

/// Fills the client form from a profile file as it was written, mistakes included, so a file with errors opens
/// with its values in place and each error beside its field. What the form cannot hold (comments, keys it has no
/// field for, distances in the other unit) is said in `notes`; the file itself is kept in the history on saving.
public enum ProfileFormReader {
    public static func form(bytes: [UInt8]) -> ProfileForm {
        var form = ProfileForm()
        var log = DiagnosticLog(file: "profile")
        guard let root = YAMLInput.compose(bytes: bytes, log: &log), case .mapping(let top) = root else {
            form.notes.append("The file could not be read as a profile, so the form starts empty; the file is kept in the history when you save.")
            return form
        }
        if String(decoding: bytes, as: UTF8.self).split(separator: "\n").contains(where: { $0.trimmingWhitespaceAndNewlines.hasPrefix("#") }) {
            form.notes.append("The file's comments are not kept by the form; the file as it is now is kept in the history when you save.")
        }
        var distances: [(id: String, value: String, unit: String)] = []
        for (keyNode, value) in top {
            let key = VocabularyText.normalise(keyNode.string ?? "")
            switch key {
            case "client", "symptoms", "running", "schedule":
                guard case .mapping(let inner) = value else { unknown(key, keyNode, &form); continue }
                for (innerKey, innerValue) in inner {
                    read("\(key).\(VocabularyText.normalise(innerKey.string ?? ""))", innerValue, innerKey, &form, &distances)
                }
            case "weaknesses":
                let all = findings(value)
                form.findings = all.filter { Weakness(rawValue: $0.weakness) != nil }
                for f in all where Weakness(rawValue: f.weakness) == nil {
                    form.notes.append("`\(f.weakness)` is not a finding word, so the form leaves it out; choose the finding from the list.")
                }
            case "version":
                break
            case "log":
                form.log = logRows(value, &form)
            default:
                read(key, value, keyNode, &form, &distances)
            }
        }
        if form["units"].isEmpty, let first = distances.first { form["units"] = first.unit }
        for d in distances {
            if d.unit == form.unit || Double(d.value) == nil {
                form[d.id] = d.value
            } else {
                let converted = (Double(d.value)! * (d.unit == "km" ? 1 / DistanceUnit.kilometresPerMile : DistanceUnit.kilometresPerMile) * 10).rounded() / 10
                form[d.id] = NodeReader.format(converted)
                form.notes.append("\(d.id.split(separator: ".").last ?? "") was given in \(d.unit); the form shows it in \(form.unit).")
            }
        }
        return form
    }

    private static func read(_ id: String, _ value: Node, _ keyNode: Node, _ form: inout ProfileForm,
                             _ distances: inout [(id: String, value: String, unit: String)]) {
        for unit in ["km", "mi"] where id.hasSuffix("_" + unit) {
            let base = String(id.dropLast(3))
            if let field = ProfileFields.field(base), field.kind == .distance {
                distances.append((base, text(value), unit))
                return
            }
        }
        guard let field = ProfileFields.field(id) else { unknown(id, keyNode, &form); return }
        switch field.kind {
        case .words:
            // A list may be written as a YAML list or as one line of words with commas; either way each word is
            // ticked under the checkbox's own name, and a word the list does not have is said, never dropped unseen.
            let typed = text(value).split(separator: ",").map { $0.trimmingWhitespaceAndNewlines }.filter { !$0.isEmpty }
            var words: [String] = []
            for word in typed {
                if let known = ProfileFields.vocabularyWord(word, for: id) {
                    if !words.contains(known) { words.append(known) }
                } else {
                    form.notes.append("`\(word)` in \(field.label.lowercased()) is not one of the form's choices, so the form leaves it out; tick the right box.")
                }
            }
            form[id] = words.joined(separator: ", ")
        case .flag:
            let t = text(value).lowercased()
            form[id] = ["true", "yes"].contains(t) ? "yes" : ["false", "no"].contains(t) ? "no" : text(value)
        case .choice(let words) where !words.isEmpty && field.key != "weeks":
            form[id] = ProfileFields.vocabularyWord(text(value), for: id)
                ?? words.first { VocabularyText.normalise($0) == VocabularyText.normalise(text(value)) } ?? text(value)
        default:
            form[id] = text(value)
        }
    }

    private static func unknown(_ id: String, _ keyNode: Node, _ form: inout ProfileForm) {
        let line = NodeReader.position(of: keyNode).line
        form.notes.append("Line \(line): `\(id)` has no place in the form and is left out when you save.")
    }

    /// The follow-up log's lines, each value as written, so a mistake opens beside its day in the grid.
    static func logRows(_ node: Node, _ form: inout ProfileForm) -> [LogRow] {
        guard case .mapping(let pairs) = node else {
            form.notes.append("Line \(NodeReader.position(of: node).line): the follow-up log is not a list of days, so the form leaves it out.")
            return []
        }
        var rows: [LogRow] = []
        for (keyNode, value) in pairs {
            var key = text(keyNode).trimmingWhitespaceAndNewlines
            if key.lowercased().hasPrefix("week") { key = key.lowercased() }
            var row = LogRow(key: key)
            switch value {
            case .mapping(let parts):
                for (partNode, part) in parts {
                    switch VocabularyText.normalise(partNode.string ?? "") {
                    case "done": row.done = row.isWeek ? text(part) : LogRow.doneWord(text(part))
                    case "during": row.during = text(part)
                    case "morning": row.morning = text(part)
                    case "note": row.note = text(part)
                    case "signs": row.signs = text(part).split(separator: ",").map { $0.trimmingWhitespaceAndNewlines }.filter { !$0.isEmpty }
                    default: unknown("log.\(key).\(partNode.string ?? "")", partNode, &form)
                    }
                }
            default:
                row.done = row.isWeek ? text(value) : LogRow.doneWord(text(value))
            }
            if !rows.contains(where: { $0.key == row.key }) { rows.append(row) }
        }
        return rows
    }

    /// Findings as a list of words or `word: severity` pairs, a mapping, or one comma-separated string.
    static func findings(_ node: Node) -> [(weakness: String, severity: String)] {
        var found: [(String, String)] = []
        func add(_ word: String, _ severity: String) {
            let weakness = Weakness.match(word)?.rawValue ?? word
            if !found.contains(where: { $0.0 == weakness }) { found.append((weakness, severity)) }
        }
        switch node {
        case .scalar:
            for word in text(node).split(separator: ",") { add(word.trimmingWhitespaceAndNewlines, "moderate") }
        case .mapping(let pairs):
            for (k, v) in pairs { add(text(k), text(v)) }
        case .sequence(let items):
            for item in items {
                if case .mapping(let pairs) = item {
                    for (k, v) in pairs { add(text(k), text(v)) }
                } else {
                    add(text(item), "moderate")
                }
            }
        default:
            break
        }
        return found.map { (weakness: $0.0, severity: $0.1) }
    }

    static func text(_ node: Node) -> String {
        switch node {
        case .scalar(let s): return s.string
        case .sequence(let items): return items.map(text).joined(separator: ", ")
        default: return ""
        }
    }
}
