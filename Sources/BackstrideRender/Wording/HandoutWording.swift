import Foundation
import Mustache
import Yams

/// The handout's words: Mustache templates and short phrases from `Templates/<language>/`, with a clinic's
/// own folder able to replace any file. Client text is inserted as plain text, never as markup.
public struct HandoutWording: @unchecked Sendable {
    public struct Problem: Error, CustomStringConvertible {
        public let file: String
        public let message: String
        public var description: String { "\(file): error: \(message)" }
    }

    public static let templateNames = ["cover", "red-flags", "how-to-use", "referral", "self-guided", "after-plan"]

    let templates: [String: MustacheTemplate]
    let phrases: [String: [String: MustacheTemplate]]

    /// - Parameter files: file name to contents, e.g. "cover.mustache" and "phrases.yaml"; later layers
    ///   (a clinic's `--templates`) already merged over the built-in ones by the caller.
    public init(files: [String: String]) throws {
        var templates: [String: MustacheTemplate] = [:]
        for name in Self.templateNames {
            guard let text = files[name + ".mustache"] else { throw Problem(file: name + ".mustache", message: "template missing") }
            do {
                // Plain text, not HTML: "&" in a client's name must print as "&".
                templates[name] = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + text)
            } catch {
                throw Problem(file: name + ".mustache", message: "not a valid Mustache template: \(error)")
            }
        }
        guard let yaml = files["phrases.yaml"] else { throw Problem(file: "phrases.yaml", message: "phrases missing") }
        let node: Any?
        do { node = try Yams.load(yaml: yaml) } catch { throw Problem(file: "phrases.yaml", message: "\(error)") }
        guard let sections = node as? [String: Any] else { throw Problem(file: "phrases.yaml", message: "must be a mapping of sections") }
        var phrases: [String: [String: MustacheTemplate]] = [:]
        for (section, value) in sections {
            guard let entries = value as? [String: Any] else {
                throw Problem(file: "phrases.yaml", message: "section `\(section)` must be a mapping of keys to text")
            }
            var compiled: [String: MustacheTemplate] = [:]
            for (key, text) in entries {
                // Trimmed once here rather than on every render: phrases are rendered thousands of times a batch.
                let source = "\(text)".trimmingCharacters(in: .whitespacesAndNewlines)
                do { compiled[key] = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + source) } catch {
                    throw Problem(file: "phrases.yaml", message: "`\(section).\(key)` is not a valid template: \(error)")
                }
            }
            phrases[section] = compiled
        }
        self.templates = templates
        self.phrases = phrases
    }

    /// The blocks a template renders to.
    public func blocks(_ template: String, _ context: [String: Any]) -> [TextBlock] {
        TextBlock.parse(templates[template]?.render(context) ?? "")
    }

    /// A short phrase; a missing one shows its key, so a gap in a clinic's file is visible, not silent.
    public func phrase(_ section: String, _ key: String, _ context: [String: Any] = [:]) -> String {
        guard let template = phrases[section]?[key] else { return "[\(section).\(key)]" }
        return template.render(context)
    }

    /// Every phrase key the layout uses, for checking a clinic's templates before a batch starts.
    public func missingPhrases(_ required: [(String, String)]) -> [String] {
        required.filter { phrases[$0.0]?[$0.1] == nil }.map { "\($0.0).\($0.1)" }
    }
}
