import BackstrideCore
import BackstrideRender
import Foundation

/// Reads the handout's wording: the built-in `Templates/<language>/`, with a clinic's `--templates` folder
/// replacing files one by one. Every file is read whole from inside its folder and within its limit; a
/// clinic's phrases must have every phrase the built-in ones have, so no handout prints `[section.key]`.
public enum WordingReader {
    public static let templateLimit = InputFiles.Limit(bytes: 65_536, hint: "a template is a page or two of text; is this the right file?")
    public static let phrasesLimit = InputFiles.Limit(bytes: 262_144, hint: "phrases.yaml holds short texts; is this the right file?")

    static var knownFiles: [String] { HandoutWording.templateNames.map { $0 + ".mustache" } + ["phrases.yaml"] }

    /// One file as read: where it came from, its bytes and its text.
    struct File {
        var path: String
        var bytes: [UInt8]
        var text: String
    }

    public static func read(dataFolder: String, language: String = "en", overrides: String?, digest: inout InputDigest) throws -> HandoutWording {
        let read = try readApart(dataFolder: dataFolder, language: language, overrides: overrides)
        for part in read.digestParts { digest.add(part) }
        return read.wording
    }

    /// The wording, and what `read` adds to the digest, in order: for reading it on another thread while the
    /// digest is still taking in what comes before it.
    public static func readApart(dataFolder: String, language: String = "en", overrides: String?) throws
        -> (wording: HandoutWording, digestParts: [[UInt8]]) {
        let builtIn = try layer((dataFolder as NSString).appendingPathComponent("Templates/\(language)"), clinic: false)
        var files = builtIn
        if let overrides {
            let clinic = try layer(overrides, clinic: true)
            files.merge(clinic) { _, new in new }
            if let theirs = clinic["phrases.yaml"], let ours = builtIn["phrases.yaml"] { try compare(theirs, with: ours) }
        }
        var sources: [String: [UInt8]] = [:]
        for file in files.values { sources[file.path] = file.bytes }
        guard let phraseFile = files["phrases.yaml"] else {
            throw InvalidInput(file: overrides ?? dataFolder, "phrases.yaml is missing")
        }
        let phrases = PhraseFile.parse(phraseFile.bytes, file: phraseFile.path)
        if phrases.diagnostics.contains(where: { $0.severity == .error }) { throw InvalidInput(phrases.diagnostics, sources: sources) }
        let digestParts = files.keys.sorted().flatMap { [Array($0.utf8), files[$0]!.bytes] }
        var templates: [String: String] = [:]
        for name in HandoutWording.templateNames { templates[name] = files[name + ".mustache"]?.text }
        do {
            return (try HandoutWording(templates: templates, phrases: phrases.phrases, phraseFile: phraseFile.path), digestParts)
        } catch let problem as HandoutWording.Problem {
            let path = files[problem.file]?.path ?? problem.file
            throw InvalidInput([Diagnostic(.error, problem.message, at: SourceLocation(file: path, line: problem.line, column: problem.column))],
                               sources: sources)
        }
    }

    /// The template files of one folder, by name. A clinic's folder must hold at least one, and only known names.
    static func layer(_ folder: String, clinic: Bool) throws -> [String: File] {
        let names = try FolderFiles.list(folder, suffixes: [".mustache", ".yaml"])
        if clinic, names.isEmpty {
            throw InvalidInput(file: folder, "no template files found", hint: "a templates folder holds files such as cover.mustache and phrases.yaml")
        }
        var files: [String: File] = [:]
        var unknown: [Diagnostic] = []
        for name in names {
            guard knownFiles.contains(name) else {
                if clinic {
                    let path = (folder as NSString).appendingPathComponent(name)
                    unknown.append(Diagnostic(.error, "`\(name)` is not a template Backstride uses", at: SourceLocation(file: path, line: 0, column: 0),
                                              hint: VocabularyText.nearest(to: name, in: knownFiles).map { "did you mean `\($0)`?" }
                                                  ?? "the templates are \(knownFiles.joined(separator: ", "))"))
                }
                continue
            }
            let bytes = try FolderFiles.read(name, in: folder, limit: name.hasSuffix(".yaml") ? phrasesLimit : templateLimit)
            let path = (folder as NSString).appendingPathComponent(name)
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw InvalidInput(file: path, "the file is not UTF-8 text", hint: "save it as UTF-8 in your editor")
            }
            files[name] = File(path: path, bytes: bytes, text: text)
        }
        if !unknown.isEmpty { throw InvalidInput(unknown) }
        return files
    }

    /// A clinic's phrases against the built-in ones: every phrase present, and none the handout does not use.
    static func compare(_ theirs: File, with ours: File) throws {
        let mine = PhraseFile.parse(ours.bytes, file: ours.path)
        let clinic = PhraseFile.parse(theirs.bytes, file: theirs.path)
        guard !clinic.diagnostics.contains(where: { $0.severity == .error }) else {
            throw InvalidInput(clinic.diagnostics, sources: [theirs.path: theirs.bytes])
        }
        let needed = Set(mine.positions.keys), given = Set(clinic.positions.keys)
        var problems: [Diagnostic] = []
        let missing = needed.subtracting(given).sorted()
        if !missing.isEmpty {
            let shown = missing.prefix(12).joined(separator: ", ") + (missing.count > 12 ? " and \(missing.count - 12) more" : "")
            problems.append(Diagnostic(.error, "\(missing.count) phrase\(missing.count == 1 ? " is" : "s are") missing: \(shown)",
                                       at: SourceLocation(file: theirs.path, line: 0, column: 0),
                                       hint: "copy them from \(ours.path); every phrase must be there, or the handout would print its key"))
        }
        for key in given.subtracting(needed).sorted() {
            problems.append(Diagnostic(.error, "unknown phrase `\(key)`", at: clinic.positions[key]!,
                                       hint: VocabularyText.nearest(to: key, in: Array(needed)).map { "did you mean `\($0)`?" }))
        }
        if !problems.isEmpty {
            let ordered = problems.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
            throw InvalidInput(ordered, sources: [theirs.path: theirs.bytes])
        }
    }
}
