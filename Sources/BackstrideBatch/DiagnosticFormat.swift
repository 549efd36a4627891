import BackstrideCore

/// How a diagnostic reads on a terminal: like a compiler's, the source line under the message and a caret under
/// the column, in colour only when the caller says so (a terminal, and NO_COLOR not set).
///
/// Everything from the input is shown with control and direction-changing characters replaced, so a hostile
/// file cannot move the cursor, clear the screen or reorder what a reader sees.
public struct DiagnosticFormat: Sendable {
    public var colour: Bool
    public var snippets: Bool

    public init(colour: Bool = false, snippets: Bool = true) {
        self.colour = colour
        self.snippets = snippets
    }

    /// Plain text, no source lines: for a manifest or a log.
    public static let plain = DiagnosticFormat(colour: false, snippets: false)

    /// Source lines longer than this are shown as a window around the column.
    static let window = 100

    public func text(_ d: Diagnostic, source: [UInt8]?) -> String {
        let severity = paint(d.severity.rawValue + ":", d.severity == .error ? "1;31" : "1;35")
        var lines = [paint(Self.visible(d.location.description) + ":", "1") + " " + severity + " " + Self.visible(d.message)]
        if snippets, d.location.line > 0, let source, let line = Self.line(d.location.line, in: source) {
            let number = String(d.location.line)
            let gutter = String(repeating: " ", count: number.count)
            let (shown, caretAt) = Self.clip(Array(line), column: d.location.column)
            lines.append(" \(paint(number, "34")) \(paint("|", "34")) \(Self.visible(String(shown)))")
            lines.append(" \(gutter) \(paint("|", "34")) \(Self.pad(shown.prefix(caretAt)))\(paint("^", "1;32"))")
        }
        if let hint = d.hint { lines.append("  " + paint("hint:", "1;36") + " " + Self.visible(hint)) }
        return lines.joined(separator: "\n")
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Line `number` (1-based) of the source, without its line break; nil when the file has fewer lines.
    static func line(_ number: Int, in source: [UInt8]) -> String? {
        var current = 1, start = 0
        for (i, byte) in source.enumerated() where byte == 0x0A {
            if current == number { return String(decoding: source[start..<i], as: UTF8.self).trimmingSuffix("\r") }
            current += 1
            start = i + 1
        }
        return current == number ? String(decoding: source[start...], as: UTF8.self).trimmingSuffix("\r") : nil
    }

    /// A window of a long line around the column, and where the caret falls in it.
    static func clip(_ line: [Character], column: Int) -> ([Character], Int) {
        let caret = min(max(column - 1, 0), line.count)
        guard line.count > window else { return (line, caret) }
        let start = max(0, min(caret - window / 2, line.count - window))
        var shown = Array(line[start..<min(line.count, start + window)])
        var at = caret - start
        if start > 0 { shown = ["…"] + shown; at += 1 }
        if start + window < line.count { shown.append("…") }
        return (shown, at)
    }

    /// Spaces as wide as `prefix` on a terminal: tabs kept, wide (CJK) characters two columns.
    static func pad(_ prefix: ArraySlice<Character>) -> String {
        var out = ""
        for ch in prefix {
            if ch == "\t" { out += "\t"; continue }
            let wide = ch.unicodeScalars.first.map { isWide($0.value) } ?? false
            out += wide ? "  " : " "
        }
        return out
    }

    static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v)
            || (0x20000...0x3FFFD).contains(v)
    }

    /// Control characters (but tab and newline) and bidirectional overrides replaced by U+FFFD.
    public static func visible(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let control = (v < 0x20 && v != 0x09 && v != 0x0A) || (0x7F...0x9F).contains(v)
            let bidi = (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F
            out.append(control || bidi ? "\u{FFFD}" : scalar)
        }
        return String(out)
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
