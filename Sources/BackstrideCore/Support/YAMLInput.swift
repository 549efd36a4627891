import Yams

/// Turns the bytes of a YAML file into a Yams node tree, or diagnostics saying why it cannot.
///
/// Shared by profiles and exercise files. The limits keep hostile input cheap: the size is
/// checked before parsing, and because Yams expands aliases when a tree is walked, the
/// tree's node count is capped before any schema walk starts.
public enum YAMLInput {
    public static let maximumBytes = 1_048_576
    public static let maximumNodes = 10_000

    public static func compose(bytes: [UInt8], log: inout DiagnosticLog) -> Node? {
        guard bytes.count <= maximumBytes else {
            log.error("file is larger than the 1 MB limit; refused before reading", line: 1, column: 1,
                      hint: "a profile is a few dozen lines; is this the right file?")
            return nil
        }
        guard let text = decodeUTF8(bytes, log: &log) else { return nil }
        let node: Node?
        do {
            // Every value is read as text and checked by NodeReader, so Yams's own typing of scalars (a regular
            // expression per plain scalar, again when a mapping's keys are checked for duplicates) is never needed.
            node = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            report(error, text: text, log: &log)
            return nil
        } catch {
            log.error("cannot read YAML: \(error)", line: 1, column: 1)
            return nil
        }
        guard let node else {
            log.error("file is empty", line: 1, column: 1, hint: "see docs/profile.md for the smallest valid file")
            return nil
        }
        var budget = maximumNodes
        guard withinBudget(node, &budget) else {
            log.error("file has more than \(maximumNodes) entries once its aliases are expanded", line: 1, column: 1,
                      hint: "write the values out instead of using & anchors and * aliases")
            return nil
        }
        return node
    }

    private static func withinBudget(_ node: Node, _ budget: inout Int) -> Bool {
        budget -= 1
        if budget < 0 { return false }
        switch node {
        case .scalar, .alias: return true
        case .sequence(let items):
            for item in items where !withinBudget(item, &budget) { return false }
            return true
        case .mapping(let pairs):
            for (key, value) in pairs where !withinBudget(key, &budget) || !withinBudget(value, &budget) { return false }
            return true
        }
    }

    /// Finds the first invalid byte and reports its line and column.
    private static func decodeUTF8(_ bytes: [UInt8], log: inout DiagnosticLog) -> String? {
        if let text = String(validating: bytes, as: UTF8.self) {
            return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        }
        var line = 1, column = 1, index = 0
        while index < bytes.count {
            let length = utf8SequenceLength(bytes, at: index)
            guard length > 0 else { break }
            if bytes[index] == 0x0A { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        log.error("file is not valid UTF-8 text (bad byte 0x\(String(bytes[index], radix: 16, uppercase: true)))",
                  line: line, column: column, hint: "save the file as UTF-8 in your editor")
        return nil
    }

    /// Length of the valid UTF-8 sequence starting at `i`, or 0 if it is not valid.
    private static func utf8SequenceLength(_ b: [UInt8], at i: Int) -> Int {
        let lead = b[i]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard i + length <= b.count else { return 0 }
        return String(validating: b[i..<(i + length)], as: UTF8.self) == nil ? 0 : length
    }

    private static func report(_ error: YamlError, text: String, log: inout DiagnosticLog) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            if problem.contains("single document") || context?.text.contains("single document") == true {
                log.error("the file holds more than one YAML document; another one starts here", line: mark.line, column: mark.column,
                          hint: "one file is one document: remove this `---` and what follows, or put it in a file of its own")
            } else if problem.contains("nesting level") {
                log.error("lists or mappings are nested too deeply to read", line: mark.line, column: mark.column,
                          hint: "a profile nests only a few levels; is this the right file?")
            } else {
                let detail = context.map { "\(problem) \($0.text)" } ?? problem
                log.error("YAML syntax: \(detail)", line: mark.line, column: mark.column,
                          hint: "check the indentation and that every `key: value` has a space after the colon")
            }
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? "?"
            let (line, column) = secondOccurrence(of: key, after: context.mark, in: text)
            log.error("duplicate key `\(key)`", line: line, column: column,
                      hint: "the key already appears on line \(context.mark.line); keep one of them")
        case let .reader(problem, offset, _, _):
            let (line, column) = position(ofByte: offset ?? 0, in: text)
            log.error("cannot read the file: \(problem)", line: line, column: column)
        default:
            log.error("cannot read YAML: \(error)", line: 1, column: 1)
        }
    }

    /// Yams points at the first of two equal keys; the user needs the second, the one to remove.
    private static func secondOccurrence(of key: String, after mark: Mark, in text: String) -> (Int, Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line - 1 < lines.count else { return (mark.line, mark.column) }
        for index in mark.line..<lines.count {
            let line = Array(lines[index].unicodeScalars)
            let start = mark.column - 1
            guard start < line.count else { continue }
            let leading = line[..<start].allSatisfy { $0 == " " || $0 == "-" }
            let rest = String(String.UnicodeScalarView(line[start...]))
            if leading, rest.hasPrefix(key), rest.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix(":") {
                return (index + 1, mark.column)
            }
        }
        return (mark.line, mark.column)
    }

    private static func position(ofByte offset: Int, in text: String) -> (Int, Int) {
        var line = 1, column = 1
        for byte in text.utf8.prefix(offset) {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}
