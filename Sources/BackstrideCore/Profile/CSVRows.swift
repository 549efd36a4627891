/// A small CSV reader for a sheet of scores (RFC 4180 quoting), keeping each field's line and column so a mistake
/// is reported where it was typed.
enum CSVRows {
    struct Field {
        var text: String
        /// 1-based column of the field's first character (its opening quote, when quoted).
        var column: Int
    }

    struct Row {
        var line: Int
        var fields: [Field]
        var unclosedQuote = false

        var isBlank: Bool { fields.allSatisfy { $0.text.trimmingWhitespace.isEmpty } }
        /// A first row naming the columns.
        var isHeader: Bool {
            let first = fields.first?.text.trimmingWhitespace.lowercased() ?? ""
            return ["date", "day", "week", "when"].contains(first)
        }
    }

    static func parse(_ text: String) -> [Row] {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        // Spreadsheets that write decimal commas separate columns with `;`.
        let separator: Character = lines.contains { $0.contains(",") } || !lines.contains { $0.contains(";") } ? "," : ";"
        var rows: [Row] = []
        var index = 0
        while index < lines.count {
            var row = Row(line: index + 1, fields: [])
            var field = "", column = 1, start = 1, quoted = false, atStart = true
            var chars = Array(lines[index])
            var i = 0
            while true {
                if i == chars.count {
                    // A quoted field may run over a line break (a note typed with Enter).
                    if quoted, index + 1 < lines.count {
                        index += 1
                        field += "\n"
                        chars = Array(lines[index])
                        i = 0
                        continue
                    }
                    row.unclosedQuote = quoted
                    row.fields.append(Field(text: field, column: start))
                    break
                }
                let c = chars[i]
                if quoted {
                    if c == "\"", i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 2; column += 2; continue }
                    if c == "\"" { quoted = false } else { field.append(c) }
                } else if c == separator {
                    row.fields.append(Field(text: field, column: start))
                    field = ""; start = column + 1; atStart = true
                    i += 1; column += 1
                    continue
                } else if c == "\"", atStart, field.trimmingWhitespace.isEmpty {
                    quoted = true
                    field = ""
                } else {
                    field.append(c)
                }
                atStart = false
                i += 1; column += 1
            }
            rows.append(row)
            index += 1
        }
        return rows
    }
}

/// Where new `log:` lines go in a profile's text: after the last line of its `log:` block, indented like its
/// entries; or a new `log:` block at the end.
struct LogInsertion {
    /// The line (0-based) the new lines go before; nil to append a `log:` block at the end.
    var before: Int?
    var indent: String

    /// Nil when the log is written in flow style on one line (`log: {...}`), which new lines cannot join.
    static func find(in text: String) -> LogInsertion? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: isLogKey) else {
            return flowLogLine(in: text) == nil ? LogInsertion(before: nil, indent: "  ") : nil
        }
        var last = start, indent: String?
        for i in (start + 1)..<lines.count {
            let line = lines[i]
            let trimmed = line.trimmingWhitespace
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard line.first == " " || line.first == "\t" else { break }
            last = i
            if indent == nil { indent = String(line.prefix { $0 == " " || $0 == "\t" }) }
        }
        return LogInsertion(before: last + 1, indent: indent ?? "  ")
    }

    /// The 1-based line of a `log:` written with its value on the same line.
    static func flowLogLine(in text: String) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.firstIndex { $0.hasPrefix("log:") && !isLogKey(String($0)) }.map { $0 + 1 }
    }

    /// `log:` alone on its line (a comment may follow).
    private static func isLogKey(_ line: String) -> Bool {
        guard line.hasPrefix("log:") else { return false }
        let rest = line.dropFirst(4).trimmingWhitespace
        return rest.isEmpty || rest.hasPrefix("#")
    }

    /// The text with `new` lines inserted, and their 1-based line numbers.
    func inserting(_ new: [String], into text: String) -> (text: String, lines: [Int]) {
        let ending = text.contains("\r\n") ? "\r\n" : "\n"
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        let endsWithNewline = lines.last == ""
        if endsWithNewline { lines.removeLast() }
        let at: Int
        if let before {
            at = min(before, lines.count)
            lines.insert(contentsOf: new, at: at)
        } else {
            lines.append("log:")
            at = lines.count
            lines.append(contentsOf: new)
        }
        return (lines.joined(separator: ending) + ending, Array((at + 1)...(at + new.count)))
    }
}
