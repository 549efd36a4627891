import Yams

/// Reads YAML nodes against a schema, logging every problem with its position and carrying on.
///
/// Field readers return nil after logging, so one pass over a file reports all of its mistakes.
public struct NodeReader {
    public var log: DiagnosticLog

    public init(file: String) { log = DiagnosticLog(file: file) }

    // MARK: Positions and descriptions

    public static func position(of node: Node) -> (line: Int, column: Int) {
        guard let mark = node.mark else { return (1, 1) }
        return (mark.line, mark.column)
    }

    public mutating func error(_ message: String, at node: Node, hint: String? = nil) {
        let p = Self.position(of: node)
        log.error(message, line: p.line, column: p.column, hint: hint)
    }

    public mutating func warning(_ message: String, at node: Node, hint: String? = nil) {
        let p = Self.position(of: node)
        log.warning(message, line: p.line, column: p.column, hint: hint)
    }

    /// How a value is named when it has the wrong type: its text, or what kind of node it is.
    public static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            let text = scalar.string
            if text.isEmpty { return "nothing" }
            return "\"\(text.count > 40 ? String(text.prefix(40)) + "..." : text)\""
        case .mapping: return "a mapping of keys"
        case .sequence(let items): return items.isEmpty ? "an empty list" : "a list of \(items.count)"
        case .alias: return "an alias"
        }
    }

    // MARK: Mappings

    /// The keys of a mapping, checked for forgiving duplicates (`Weeks` and `weeks`).
    public mutating func mapping(_ node: Node, named name: String) -> Mapping? {
        guard case .mapping(let pairs) = node else {
            error("\(name) must be a mapping of keys (found \(Self.describe(node)))", at: node,
                  hint: "indent its keys under it, one `key: value` per line")
            return nil
        }
        var entries: [Mapping.Entry] = []
        for (keyNode, value) in pairs {
            guard case .scalar(let scalar) = keyNode else {
                error("keys in \(name) must be plain words", at: keyNode)
                continue
            }
            let key = VocabularyText.normalise(scalar.string)
            if let first = entries.first(where: { $0.key == key }) {
                error("duplicate key `\(scalar.string)`", at: keyNode,
                      hint: "`\(first.written)` already appears on line \(Self.position(of: first.keyNode).line); keep one of them")
                continue
            }
            entries.append(.init(key: key, written: scalar.string, keyNode: keyNode, value: value))
        }
        return Mapping(node: node, name: name, entries: entries)
    }

    /// A mapping being read: `take` each known key, then `finish` reports the rest as unknown.
    public struct Mapping {
        public struct Entry {
            public let key: String
            public let written: String
            public let keyNode: Node
            public let value: Node
        }

        public let node: Node
        public let name: String
        public let entries: [Entry]
        var known: [String] = []

        public init(node: Node, name: String, entries: [Entry]) {
            self.node = node
            self.name = name
            self.entries = entries
        }

        /// The value for `key`, or nil when absent; an explicit `null` or empty value counts as absent.
        public mutating func take(_ key: String) -> Node? {
            known.append(key)
            guard let entry = entries.first(where: { $0.key == key }) else { return nil }
            if case .scalar(let s) = entry.value, s.style == .plain, ["", "~", "null", "Null", "NULL"].contains(s.string) {
                return nil
            }
            return entry.value
        }

        public func has(_ key: String) -> Bool { entries.contains { $0.key == key } }

        public func keyNode(_ key: String) -> Node? { entries.first { $0.key == key }?.keyNode }

        /// - Parameter elsewhere: keys that belong to another section, by section name.
        public func finish(_ reader: inout NodeReader, elsewhere: [String: String] = [:]) {
            for entry in entries where !known.contains(entry.key) {
                let hint = VocabularyText.nearest(to: entry.key, in: known).map { "did you mean `\($0)`?" }
                    ?? elsewhere[entry.key].map { "`\(entry.key)` belongs under `\($0):`" }
                    ?? "valid keys here: \(known.joined(separator: ", "))"
                reader.error("unknown key `\(entry.written)` in \(name)", at: entry.keyNode, hint: hint)
            }
        }
    }

    // MARK: Scalars

    public mutating func string(_ node: Node, _ field: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error("\(field) must be text (found \(Self.describe(node)))", at: node)
            return nil
        }
        let text = scalar.string.trimmingWhitespace
        guard !text.isEmpty else {
            error("\(field) must not be empty", at: node)
            return nil
        }
        guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\t" }) else {
            error("\(field) contains control characters", at: node, hint: "write it on one line as plain text")
            return nil
        }
        return text
    }

    public mutating func integer(_ node: Node, _ field: String, in range: ClosedRange<Int>, unit: String = "") -> Int? {
        guard case .scalar(let scalar) = node, let value = Int(scalar.string.trimmingWhitespace) else {
            error("\(field) must be a whole number from \(range.lowerBound) to \(range.upperBound) (found \(Self.describe(node)))", at: node)
            return nil
        }
        guard range.contains(value) else {
            error("\(field) must be between \(range.lowerBound) and \(range.upperBound)\(unit) (found \(value))", at: node)
            return nil
        }
        return value
    }

    public mutating func number(_ node: Node, _ field: String, in range: ClosedRange<Double>, unit: String) -> Double? {
        guard case .scalar(let scalar) = node, let value = Double(scalar.string.trimmingWhitespace), value.isFinite else {
            error("\(field) must be a number of \(unit) (found \(Self.describe(node)))", at: node)
            return nil
        }
        guard range.contains(value) else {
            error("\(field) must be between \(Self.format(range.lowerBound)) and \(Self.format(range.upperBound)) \(unit) (found \(Self.format(value)))", at: node)
            return nil
        }
        return value
    }

    public mutating func date(_ node: Node, _ field: String) -> CalendarDate? {
        guard case .scalar(let scalar) = node else {
            error("\(field) must be a date like 2026-11-23 (found \(Self.describe(node)))", at: node)
            return nil
        }
        let text = scalar.string.trimmingWhitespace
        if let date = CalendarDate(iso: text) { return date }
        let parts = text.split(separator: "-")
        if parts.count == 3, parts.allSatisfy({ Int($0) != nil }), parts[0].count == 4 {
            error("\(field) is not a real date (found \(text))", at: node, hint: "check the month (01-12) and the day of that month")
        } else {
            error("\(field) must be a date written YYYY-MM-DD (found \(Self.describe(node)))", at: node,
                  hint: "for example 2026-11-23")
        }
        return nil
    }

    public mutating func boolean(_ node: Node, _ field: String) -> Bool? {
        if case .scalar(let scalar) = node {
            switch scalar.string.trimmingWhitespace.lowercased() {
            case "true", "yes": return true
            case "false", "no": return false
            default: break
            }
        }
        error("\(field) must be true or false (found \(Self.describe(node)))", at: node)
        return nil
    }

    /// A list of text entries; a single text counts as a list of one.
    public mutating func strings(_ node: Node, _ field: String) -> [String]? {
        let items: [Node]
        switch node {
        case .sequence(let sequence): items = Array(sequence)
        case .scalar: items = [node]
        default:
            error("\(field) must be a list of text (found \(Self.describe(node)))", at: node)
            return nil
        }
        let values = items.map { string($0, field) }
        return values.contains(where: { $0 == nil }) ? nil : values.compactMap { $0 }
    }

    /// A list of exactly `count` numbers, like `[45, 300]`.
    public mutating func numbers(_ node: Node, _ field: String, count: Int) -> [Double]? {
        guard case .sequence(let items) = node, items.count == count else {
            error("\(field) must be a list of \(count) numbers (found \(Self.describe(node)))", at: node)
            return nil
        }
        let values = items.map { item -> Double? in
            guard case .scalar(let s) = item, let v = Double(s.string.trimmingWhitespace), v.isFinite else { return nil }
            return v
        }
        guard values.allSatisfy({ $0 != nil }) else {
            error("\(field) must be a list of \(count) numbers (found \(Self.describe(node)))", at: node)
            return nil
        }
        return values.compactMap { $0 }
    }

    public static func format(_ value: Double) -> String {
        // Guard the Int conversion: a fuzzed `1e300` once crashed it.
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    // MARK: Vocabulary words

    public mutating func word<V: Vocabulary>(_ node: Node, _ field: String, as type: V.Type) -> V? {
        guard case .scalar(let scalar) = node else {
            error("\(field) must be one \(V.vocabularyName) word (found \(Self.describe(node)))", at: node)
            return nil
        }
        return match(scalar.string, V.self, field: field, at: node, columnOffset: 0)
    }

    /// A list of words: a YAML list, or one comma-separated string (`days: mon, wed, fri`).
    /// Repeated words are kept once.
    public mutating func words<V: Vocabulary>(_ node: Node, _ field: String, as type: V.Type) -> [V]? {
        var found: [V] = []
        var ok = true
        func add(_ word: V?) {
            guard let word else { ok = false; return }
            if !found.contains(word) { found.append(word) }
        }
        switch node {
        case .sequence(let items):
            for item in items {
                guard case .scalar(let scalar) = item else {
                    error("each entry of \(field) must be one \(V.vocabularyName) word (found \(Self.describe(item)))", at: item)
                    ok = false
                    continue
                }
                add(match(scalar.string, V.self, field: field, at: item, columnOffset: 0))
            }
        case .scalar(let scalar):
            let text = scalar.string
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            var offset = quoted ? 1 : 0
            for piece in text.split(separator: ",", omittingEmptySubsequences: false) {
                let leading = piece.prefix { $0 == " " }.count
                if !piece.trimmingWhitespace.isEmpty {
                    add(match(String(piece), V.self, field: field, at: node, columnOffset: offset + leading))
                }
                offset += piece.unicodeScalars.count + 1
            }
        default:
            error("\(field) must be a list of \(V.vocabularyName) words (found \(Self.describe(node)))", at: node)
            return nil
        }
        return ok ? found : nil
    }

    private mutating func match<V: Vocabulary>(_ text: String, _ type: V.Type, field: String, at node: Node, columnOffset: Int) -> V? {
        if let word = V.match(text) { return word }
        let p = Self.position(of: node)
        let hint = V.suggestion(for: text).map { "did you mean `\($0)`?" }
            ?? "valid words: \(V.words.joined(separator: ", "))"
        log.error("unknown \(V.vocabularyName) `\(text.trimmingWhitespace)` in \(field)", line: p.line,
                  column: p.column + columnOffset, hint: hint)
        return nil
    }
}

extension StringProtocol {
    var trimmingWhitespace: String {
        guard let start = firstIndex(where: { !$0.isWhitespace }), let end = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[start...end])
    }
}
