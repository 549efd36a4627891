/// Scores from a spreadsheet into a profile's follow-up log: each CSV row becomes one `log:` line appended to the
/// profile's text (nothing else in the file changes, comments included), and the result is checked by the same
/// loader as any profile, with each mistake reported at its row and column in the CSV file.
///
/// Columns, in order: date (or `week N`), done, during, morning, note, signs. A first row naming the columns is
/// skipped; `;` separates the columns when no row uses `,` (spreadsheets set to a comma decimal write that).
public enum LogImport {
    /// What an import gives: the profile text with the new lines, the lines themselves, and every problem. The text
    /// is only safe to write when `diagnostics` has no error.
    public struct Result: Sendable {
        public var text: String
        public var added: [String]
        public var diagnostics: [Diagnostic]
        public var profile: ClientProfile?

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    public static func merge(csv: String, csvPath: String, profile: String, profilePath: String, today: CalendarDate) -> Result {
        var diagnostics: [Diagnostic] = []
        func fail(_ message: String, _ path: String, line: Int, column: Int, hint: String? = nil) -> Result {
            diagnostics.append(Diagnostic(.error, message, at: SourceLocation(file: path, line: line, column: column), hint: hint))
            return Result(text: profile, added: [], diagnostics: diagnostics, profile: nil)
        }
        let before = ProfileLoader.load(text: profile, path: profilePath, today: today)
        guard let existing = before.profile?.log else {
            return Result(text: profile, added: [], diagnostics: before.diagnostics, profile: nil)
        }
        let rows = CSVRows.parse(csv)
        if let bad = rows.first(where: { $0.unclosedQuote }) {
            return fail("a quoted field is not closed", csvPath, line: bad.line, column: bad.fields.last?.column ?? 1,
                        hint: "end the field with \" (write \"\" for a quote inside it)")
        }
        var entries = rows.filter { !$0.isBlank && !$0.isHeader }
        if entries.isEmpty { return fail("no scores to import", csvPath, line: 1, column: 1, hint: "one row a day: date,done,during,morning,note") }
        for row in entries where row.fields.count > LogLineText.columns.count {
            return fail("row has \(row.fields.count) columns; at most \(LogLineText.columns.count)", csvPath, line: row.line,
                        column: row.fields[LogLineText.columns.count].column, hint: "columns: " + LogLineText.columns.joined(separator: ", ")
                            + "; put a note with a comma in double quotes")
        }
        // A day already logged is reported here and left out, so the loader (which stops at a duplicate key)
        // still checks every other row.
        var seen = Set(existing.map(\.when))
        entries.removeAll { row in
            guard let key = row.fields.first.map({ $0.text.trimmingWhitespace }), let when = LogEntry.When(text: key) else { return false }
            if seen.insert(when).inserted { return false }
            diagnostics.append(Diagnostic(.error, "\(key) is already in the log", at: SourceLocation(file: csvPath, line: row.line, column: row.fields[0].column),
                                          hint: "keep one: remove the row, or the line in the profile"))
            return true
        }
        if entries.isEmpty { return Result(text: profile, added: [], diagnostics: diagnostics, profile: nil) }
        guard let place = LogInsertion.find(in: profile) else {
            let line = LogInsertion.flowLogLine(in: profile) ?? 1
            return fail("the log is written on one line", profilePath, line: line, column: 1,
                        hint: "write each log entry on its own line under `log:` to import into it")
        }
        let lines = entries.map { LogLineText($0, indent: place.indent) }
        let merged = place.inserting(lines.map(\.text), into: profile)
        let after = ProfileLoader.load(text: merged.text, path: profilePath, today: today)
        for d in after.diagnostics {
            if let i = merged.lines.firstIndex(of: d.location.line) {
                let column = lines[i].csvColumn(forYAMLColumn: d.location.column)
                diagnostics.append(Diagnostic(d.severity, d.message, at: SourceLocation(file: csvPath, line: entries[i].line, column: column), hint: d.hint))
            } else if !before.diagnostics.contains(where: { $0.message == d.message }) {
                // A problem the profile did not have before, caused by the new rows as a whole (a week logged both ways).
                diagnostics.append(d)
            }
        }
        return Result(text: merged.text, added: lines.map(\.text), diagnostics: diagnostics, profile: after.profile)
    }
}

/// One CSV row as a `log:` line, remembering where each value came from so a problem points into the CSV.
struct LogLineText {
    static let columns = ["date", "done", "during", "morning", "note", "signs"]
    var text = ""
    /// Per value: its range of columns in `text` (1-based) and the CSV column it came from.
    var spans: [(range: ClosedRange<Int>, csvColumn: Int)] = []

    init(_ row: CSVRows.Row, indent: String) {
        func field(_ i: Int) -> (text: String, column: Int)? {
            guard row.fields.indices.contains(i) else { return nil }
            let f = row.fields[i]
            // A cell typed with Enter holds line breaks; a note is one line of plain text.
            let text = f.text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingWhitespace
            return text.isEmpty ? nil : (text, f.column)
        }
        func append(_ s: String, from source: (text: String, column: Int)?) {
            let start = text.count + 1
            text += s
            if let source { spans.append((start...max(start, text.count), source.column)) }
        }
        let first = row.fields.first.map { ($0.text.trimmingWhitespace, $0.column) } ?? ("", 1)
        let key = first.0.lowercased().hasPrefix("week") ? "week " + first.0.dropFirst(4).trimmingWhitespace : first.0
        append(indent, from: nil)
        append(Self.plain(key, matching: #"^(\d{4}-\d{2}-\d{2}|week \d+)$"#), from: first)
        // A row without `done` points at its empty cell (the loader reports the missing key at the `{`).
        let doneCell = row.fields.indices.contains(1) ? row.fields[1].column : (row.fields.last.map { $0.column + $0.text.count } ?? 1)
        append(": {", from: field(1) == nil ? ("", doneCell) : nil)
        var parts: [(String, (text: String, column: Int)?, Bool)] = [("done", field(1), true), ("during", field(2), false),
                                                                       ("morning", field(3), false), ("note", field(4), true)]
        if let signs = field(5) {
            let words = signs.text.split { $0 == ";" || $0 == " " || $0 == "," }.map(String.init)
            parts.append(("signs", (words.joined(separator: ", "), signs.column), false))
        }
        var separator = ""
        for (name, value, isText) in parts {
            guard let value else { continue }
            append(separator, from: nil)
            separator = ", "
            append("\(name): ", from: nil)
            let written = name == "signs" ? "[\(value.text)]"
                : isText ? Self.plain(value.text, matching: name == "done" ? #"^[A-Za-z0-9 /]+$"# : #"^[A-Za-z][A-Za-z0-9 .'-]*$"#)
                : Self.plain(value.text, matching: #"^\d+$"#)
            append(written, from: value)
        }
        append("}", from: nil)
    }

    /// The value as typed when it is plain (a word, a number, a date); else a double-quoted YAML string, so no
    /// note can break the line.
    static func plain(_ s: String, matching pattern: String) -> String {
        if s.range(of: pattern, options: .regularExpression) != nil { return s }
        var quoted = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\t": quoted += "\\t"
            case _ where scalar.value < 0x20: quoted += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    /// The CSV column for a column in the YAML line: the value it falls in, else the next one.
    func csvColumn(forYAMLColumn column: Int) -> Int {
        let span = spans.first { $0.range.contains(column) } ?? spans.first { $0.range.lowerBound > column } ?? spans.last
        return span?.csvColumn ?? 1
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
