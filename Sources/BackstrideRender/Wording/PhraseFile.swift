import BackstrideCore
import Yams

/// Reads `phrases.yaml` (sections of `key: text`) through the same guarded YAML reader as profiles, so an alias
/// bomb or a 500k-deep nesting in a clinic's phrases is refused cheaply, and every mistake has a line and column.
public enum PhraseFile {
    public struct Result: Sendable {
        public var phrases: [String: [String: String]]
        public var diagnostics: [Diagnostic]
        /// Where each `section.key` is written, for messages about it.
        public var positions: [String: SourceLocation]
    }

    public static func parse(_ bytes: [UInt8], file: String) -> Result {
        var log = DiagnosticLog(file: file)
        guard let root = YAMLInput.compose(bytes: bytes, log: &log) else {
            return Result(phrases: [:], diagnostics: log.sorted, positions: [:])
        }
        var reader = NodeReader(file: file)
        var phrases: [String: [String: String]] = [:]
        var positions: [String: SourceLocation] = [:]
        if let sections = reader.mapping(root, named: "the phrases file") {
            for section in sections.entries {
                guard let entries = reader.mapping(section.value, named: "section `\(section.written)`") else { continue }
                var texts: [String: String] = [:]
                for entry in entries.entries {
                    guard case .scalar(let scalar) = entry.value else {
                        reader.error("`\(section.written).\(entry.written)` must be text (found \(NodeReader.describe(entry.value)))", at: entry.value)
                        continue
                    }
                    texts[entry.written] = scalar.string
                    let p = NodeReader.position(of: entry.keyNode)
                    positions["\(section.written).\(entry.written)"] = SourceLocation(file: file, line: p.line, column: p.column)
                }
                phrases[section.written] = texts
            }
        }
        return Result(phrases: phrases, diagnostics: reader.log.sorted, positions: positions)
    }
}
