import BackstrideCore

/// An input other than a profile (templates, phrases, a clinic file, an exercise library) that was read but cannot
/// be used: every problem with its position, and the bytes they point into so they can be shown with the line.
public struct InvalidInput: Error, CustomStringConvertible, Sendable {
    public var diagnostics: [Diagnostic]
    public var sources: [String: [UInt8]]

    public init(_ diagnostics: [Diagnostic], sources: [String: [UInt8]] = [:]) {
        self.diagnostics = diagnostics
        self.sources = sources
    }

    /// One problem about a file as a whole.
    public init(file: String, _ message: String, hint: String? = nil) {
        self.init([Diagnostic(.error, message, at: SourceLocation(file: file, line: 0, column: 0), hint: hint)])
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }

    public func text(_ format: DiagnosticFormat) -> String {
        diagnostics.map { format.text($0, source: sources[$0.location.file]) }.joined(separator: "\n")
    }
}
