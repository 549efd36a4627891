/// The result of reading one profile: the profile when it is valid, and every diagnostic.
public struct ProfileLoadResult: Sendable {
    public let path: String
    public let profile: ClientProfile?
    public let diagnostics: [Diagnostic]
    /// Where some fields were written (`goal_date`, `start`, ...), so later stages can point at them too.
    public var locations: [String: SourceLocation] = [:]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Validates client profiles (format version 1). Pure: bytes and today's date in, result out.
public enum ProfileLoader {
    public static func load(bytes: [UInt8], path: String, today: CalendarDate) -> ProfileLoadResult {
        var log = DiagnosticLog(file: path)
        guard let root = YAMLInput.compose(bytes: bytes, log: &log) else {
            return ProfileLoadResult(path: path, profile: nil, diagnostics: log.sorted)
        }
        var parser = ProfileParser(file: path, today: today)
        let parsed = parser.parse(root)
        let diagnostics = parser.reader.log.sorted
        let valid = !diagnostics.contains { $0.severity == .error }
        var result = ProfileLoadResult(path: path, profile: valid ? parsed : nil, diagnostics: diagnostics)
        result.locations = parser.nodes.mapValues { node in
            let p = NodeReader.position(of: node)
            return SourceLocation(file: path, line: p.line, column: p.column)
        }
        return result
    }

    public static func load(text: String, path: String, today: CalendarDate) -> ProfileLoadResult {
        load(bytes: Array(text.utf8), path: path, today: today)
    }
}

