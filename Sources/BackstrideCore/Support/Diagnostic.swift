/// A place in a source file, 1-based like every editor shows it.
public struct SourceLocation: Codable, Equatable, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// Line 0 means the problem is about the file (or folder) as a whole.
    public var description: String { line == 0 ? file : "\(file):\(line):\(column)" }
}

/// One problem found in an input, phrased for the person who wrote the input.
///
/// Recoverable problems are collected so a user sees every mistake in a file at once;
/// only problems that make the rest of the file meaningless stop the reading early.
public struct Diagnostic: Codable, Equatable, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Codable, Sendable, Comparable {
        case warning
        case error

        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    public var hint: String?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation, hint: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.hint = hint
    }

    /// `file:line:column: error: message`, then the hint on its own line.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}

/// Collects diagnostics while a file is read, in the order they are found.
public struct DiagnosticLog: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []
    public let file: String

    public init(file: String) { self.file = file }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public mutating func error(_ message: String, line: Int, column: Int, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, message, at: .init(file: file, line: line, column: column), hint: hint))
    }

    public mutating func warning(_ message: String, line: Int, column: Int, hint: String? = nil) {
        diagnostics.append(Diagnostic(.warning, message, at: .init(file: file, line: line, column: column), hint: hint))
    }

    /// Problems sorted by position, so the output reads top to bottom like the file.
    public var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let (l, r) = (a.element.location, b.element.location)
            if l.line != r.line { return l.line < r.line }
            if l.column != r.column { return l.column < r.column }
            return a.offset < b.offset
        }.map(\.element)
    }
}
