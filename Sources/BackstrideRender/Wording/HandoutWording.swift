import Foundation
import BackstrideCore
import Mustache

/// The handout's words: Mustache templates and short phrases from `Templates/<language>/`, with a clinic's
/// own folder able to replace any file. Client text is inserted as plain text, never as markup.
public struct HandoutWording: @unchecked Sendable {
    /// A template or phrase that cannot be used, with where it is (line 0: the file as a whole).
    public struct Problem: Error, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let column: Int
        public let message: String

        public init(file: String, line: Int = 0, column: Int = 0, message: String) {
            self.file = file
            self.line = line
            self.column = column
            self.message = message
        }

        public var description: String { "\(SourceLocation(file: file, line: line, column: column)): error: \(message)" }
    }

    public static let templateNames = ["cover", "red-flags", "how-to-use", "referral", "self-guided", "after-plan"]

    let templates: [String: MustacheTemplate]
    let phrases: [String: [String: MustacheTemplate]]
    /// Which wording this is, for a worker's `PhraseMemo`.
    final class Identity: Sendable {}
    let identity = Identity()
    /// The worker's memo, in the copy a worker lays out with (`remembering(in:)`); nil in the shared wording.
    private var memo: PhraseMemo?

    /// Plain text, not HTML: "&" in a client's name must print as "&".
    static let textMode = "{{% CONTENT_TYPE: TEXT}}"

    /// - Parameter files: file name to contents, e.g. "cover.mustache" and "phrases.yaml"; later layers
    ///   (a clinic's `--templates`) already merged over the built-in ones by the caller.
    public init(files: [String: String]) throws {
        guard let yaml = files["phrases.yaml"] else { throw Problem(file: "phrases.yaml", message: "phrases missing") }
        let phrases = PhraseFile.parse(Array(yaml.utf8), file: "phrases.yaml")
        if let first = phrases.diagnostics.first(where: { $0.severity == .error }) {
            throw Problem(file: first.location.file, line: first.location.line, column: first.location.column, message: first.message)
        }
        var templates: [String: String] = [:]
        for name in Self.templateNames { templates[name] = files[name + ".mustache"] }
        try self.init(templates: templates, phrases: phrases.phrases)
    }

    /// - Parameters:
    ///   - templates: template name (without `.mustache`) to its text.
    ///   - phrases: section to key to text, as `PhraseFile` reads them.
    public init(templates templateTexts: [String: String], phrases phraseTexts: [String: [String: String]], phraseFile: String = "phrases.yaml") throws {
        var templates: [String: MustacheTemplate] = [:]
        for name in Self.templateNames {
            guard let text = templateTexts[name] else { throw Problem(file: name + ".mustache", message: "template missing") }
            templates[name] = try Self.compile(text, file: name + ".mustache")
        }
        var phrases: [String: [String: MustacheTemplate]] = [:]
        for (section, entries) in phraseTexts {
            var compiled: [String: MustacheTemplate] = [:]
            for (key, text) in entries {
                // Trimmed once here rather than on every render: phrases are rendered thousands of times a batch.
                let source = text.trimmingCharacters(in: .whitespacesAndNewlines)
                do { compiled[key] = try Self.compile(source, file: phraseFile) } catch let problem as Problem {
                    throw Problem(file: phraseFile, message: "`\(section).\(key)` is not a valid template: \(problem.message)")
                }
            }
            phrases[section] = compiled
        }
        self.templates = templates
        self.phrases = phrases
    }

    /// Compiles in text mode; a mistake is reported at its line and column in the file as written.
    static func compile(_ text: String, file: String) throws -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: textMode + text)
        } catch let error as MustacheTemplate.ParserError {
            let line = error.context.lineNumber
            // The text-mode tag sits before the first line's text, so only that line's columns are shifted.
            let column = max(1, error.context.columnNumber - (line == 1 ? textMode.count : 0))
            throw Problem(file: file, line: line, column: column, message: "Mustache: \(Self.words(error.error))")
        } catch {
            throw Problem(file: file, message: "Mustache: \(error)")
        }
    }

    static func words(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: return "this closing tag does not match the section it closes"
        case .unfinishedName?: return "a tag is not closed (a `{{` without its `}}`)"
        case .expectedSectionEnd?: return "a section is opened with {{#name}} but never closed with {{/name}}"
        case .invalidSetDelimiter?: return "the delimiter-changing tag is badly written"
        case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?: return "a {{% ...}} setting is not understood"
        case .transformAppliedToInheritanceSection?, .illegalTokenInsideInheritSection?, .textInsideInheritSection?:
            return "template inheritance is not supported here"
        case nil: return "a tag is not closed, or the text ends inside a tag"
        }
    }

    /// Every phrase key, as `section.key`.
    public var phraseKeys: Set<String> {
        Set(phrases.flatMap { section, entries in entries.keys.map { "\(section).\($0)" } })
    }

    /// This wording, keeping what it renders in a worker's memo. The copy stays with that worker's thread.
    func remembering(in memo: PhraseMemo) -> HandoutWording {
        var copy = self
        copy.memo = memo
        return copy
    }

    /// The blocks a template renders to.
    public func blocks(_ template: String, _ context: [String: Any]) -> [TextBlock] {
        let render = { TextBlock.parse(templates[template]?.render(context) ?? "") }
        guard let memo, let key = PhraseMemo.key(template, context) else { return render() }
        return memo.blocks(self, key, render: render)
    }

    /// A short phrase; a missing one shows its key, so a gap in a clinic's file is visible, not silent.
    public func phrase(_ section: String, _ key: String, _ context: [String: Any] = [:]) -> String {
        guard let template = phrases[section]?[key] else { return "[\(section).\(key)]" }
        guard let memo, let memoKey = PhraseMemo.key(section + "." + key, context) else { return template.render(context) }
        return memo.phrase(self, memoKey) { template.render(context) }
    }
}
