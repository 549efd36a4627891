import ArgumentParser
import BackstrideBatch
import BackstrideCore
import Foundation
import Yams

/// Where answers come from: the keyboard, or an answers file.
protocol AnswerSource {
    /// - Parameter number: "7 of 44", shown before the question on a terminal.
    mutating func ask(_ question: IntakeQuestion, number: String?) throws -> String?
    func say(_ text: String)
    /// Called once the questions are over; a file source reports ids it did not recognise.
    func finish() throws
}

/// Asks in the terminal, checks each answer as it is typed and asks again, saying what is accepted, until it is.
/// Text is wrapped to the terminal's width.
struct TerminalAnswers: AnswerSource {
    let width = Terminal.columns()

    func say(_ text: String) { Console.out(Terminal.wrap(text, width: width)) }

    func ask(_ q: IntakeQuestion, number: String?) throws -> String? {
        if let number { Console.out(Terminal.wrap("Question \(number)", width: width)) }
        if let help = q.help { Console.out(Terminal.wrap("  " + help, width: width)) }
        while true {
            let suffix = q.defaultAnswer.map { " [\($0)]" } ?? (q.optional ? " [skip]" : "")
            FileHandle.standardOutput.write(Data((Terminal.wrap("\(q.prompt)\(suffix)", width: width - 1) + " ").utf8))
            guard let line = readLine() else {
                Console.error("\nStopped before the end: nothing was written.")
                throw ExitStatus.usage.exitCode
            }
            if line.trimmingCharacters(in: .whitespaces).lowercased() == "back" { throw Rewind.Back() }
            switch q.check(line) {
            case .success(let answer): return answer
            case .failure(let error): Console.out(Terminal.wrap("  " + error.message + " (Or type back to change the previous answer.)", width: width))
            }
        }
    }

    func finish() throws {}
}

/// Answers from a YAML file of question ids; a wrong or missing answer is an error with its position.
struct FileAnswers: AnswerSource {
    let path: String
    let bytes: [UInt8]
    var values: [String: (text: String, node: Node)] = [:]

    init(path: String) throws {
        self.path = path
        bytes = try InputFiles.read(path)
        var log = DiagnosticLog(file: path)
        guard let root = YAMLInput.compose(bytes: bytes, log: &log) else { throw InvalidInput(log.sorted, sources: [path: bytes]) }
        var reader = NodeReader(file: path)
        guard let mapping = reader.mapping(root, named: "the answers file") else { throw InvalidInput(reader.log.sorted, sources: [path: bytes]) }
        for entry in mapping.entries {
            guard case .scalar(let scalar) = entry.value else {
                reader.error("answer to `\(entry.written)` must be one value", at: entry.value)
                continue
            }
            values[entry.key] = (scalar.string, entry.value)
        }
        let known = IntakeQuestions.all.map(\.id) + ["referral_handout"]
        for entry in mapping.entries where !known.contains(entry.key) {
            reader.error("unknown question `\(entry.written)`", at: entry.keyNode,
                         hint: VocabularyText.nearest(to: entry.key, in: known).map { "did you mean `\($0)`?" })
        }
        if reader.log.hasErrors { throw InvalidInput(reader.log.sorted, sources: [path: bytes]) }
    }

    func say(_ text: String) { Console.out(text) }

    func ask(_ q: IntakeQuestion, number: String?) throws -> String? {
        let given = values[q.id]
        switch q.check(given?.text ?? "") {
        case .success(let answer):
            Console.out("\(q.prompt) \(answer ?? "-")")
            return answer
        case .failure(let error):
            if let node = given?.node {
                let p = NodeReader.position(of: node)
                Console.report(Diagnostic(.error, "\(q.id): \(error.message)", at: SourceLocation(file: path, line: p.line, column: p.column)), source: bytes)
            } else {
                Console.error("\(path): error: no answer for `\(q.id)` (\(q.prompt))")
            }
            throw ExitStatus.invalidProfile.exitCode
        }
    }

    func finish() throws {}
}

/// The terminal's width, and text wrapped to it at spaces (indentation kept on every wrapped line).
enum Terminal {
    static func columns() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 { return min(Int(size.ws_col), 100) }
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(text), n >= 20 { return min(n, 100) }
        return 80
    }

    static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let indent = String(line.prefix { $0 == " " })
            var lines: [String] = [], current = indent
            for word in line.dropFirst(indent.count).split(separator: " ") {
                if current.count > indent.count, current.count + 1 + word.count > width {
                    lines.append(current)
                    current = indent
                }
                current += (current.count > indent.count ? " " : "") + word
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
