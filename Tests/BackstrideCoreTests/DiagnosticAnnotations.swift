import BackstrideCore

/// Expected diagnostics written into fixture files as comments:
/// `# error: LINE:COLUMN message`, optionally followed by `#   hint: text`.
enum DiagnosticAnnotations {
    struct Expected: Equatable, CustomStringConvertible {
        var severity: String
        var line: Int
        var column: Int
        var message: String
        var hint: String?

        init(severity: String, line: Int, column: Int, message: String, hint: String? = nil) {
            self.severity = severity
            self.line = line
            self.column = column
            self.message = message
            self.hint = hint
        }

        init(_ d: Diagnostic) {
            self.init(severity: d.severity.rawValue, line: d.location.line, column: d.location.column, message: d.message, hint: d.hint)
        }

        var description: String { "\(severity) \(line):\(column) \(message)" + (hint.map { " [hint: \($0)]" } ?? "") }
    }

    static func parse(_ text: String) -> [Expected] {
        var result: [Expected] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#   hint: "), !result.isEmpty {
                result[result.count - 1].hint = String(line.dropFirst("#   hint: ".count))
                continue
            }
            for severity in ["error", "warning"] where line.hasPrefix("# \(severity): ") {
                let rest = line.dropFirst("# \(severity): ".count)
                let position = rest.prefix { $0 != " " }.split(separator: ":").compactMap { Int($0) }
                let message = rest.drop { $0 != " " }.dropFirst()
                result.append(Expected(severity: severity, line: position[0], column: position[1], message: String(message)))
            }
        }
        return result
    }
}
