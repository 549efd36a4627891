import BackstrideCore

/// A form checked exactly as `backstride check` checks a file: the form is written as a profile, read by
/// `ProfileLoader`, and when valid compiled and given `PlanWarnings`. Each diagnostic is placed at the field whose
/// line it points to.
public struct FormCheck: Sendable {
    /// A diagnostic as the form shows it: no file or line, since the person typed into a field, not a file.
    public struct Message: Sendable, Equatable, Codable {
        public var severity: Diagnostic.Severity
        public var text: String
        public var hint: String?
    }

    public let form: ProfileForm
    public let yaml: ProfileYAML
    public let result: ProfileLoadResult
    /// The compiled plan, when the profile is valid.
    public let plan: Plan?
    /// Field id (or a section's id) to its messages.
    public private(set) var messages: [String: [Message]] = [:]

    public var profile: ClientProfile? { result.profile }
    public var hasErrors: Bool { messages.values.contains { $0.contains { $0.severity == .error } } }
    public var errorCount: Int { messages.values.reduce(0) { $0 + $1.filter { $0.severity == .error }.count } }

    public init(_ form: ProfileForm, library: ExerciseLibrary, today: CalendarDate, fileName: String = "profile.yaml") {
        self.form = form
        yaml = ProfileYAML(form)
        result = ProfileLoader.load(text: yaml.text, path: fileName, today: today)
        var diagnostics = result.diagnostics
        if let profile = result.profile {
            let plan = PlanCompiler.compile(profile, library: library, today: today)
            diagnostics += PlanWarnings.diagnostics(plan, profile: profile, locations: result.locations)
            self.plan = plan
        } else {
            plan = nil
        }
        for d in diagnostics {
            let id = yaml.fieldAtLine[d.location.line] ?? "profile"
            messages[id, default: []].append(Message(severity: d.severity, text: d.message, hint: d.hint))
        }
    }

    public func messages(for id: String) -> [Message] { messages[id] ?? [] }
}
