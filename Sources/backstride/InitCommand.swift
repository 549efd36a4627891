import ArgumentParser
import BackstrideBatch
import BackstrideCore
import BackstrideRender
import Foundation
import Yams

/// `backstride init`: a runner without a clinician answers questions (red flags first) and gets a profile and a
/// printed plan, or a referral handout when a warning sign means a doctor should look first.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Answer a few questions and get a self-guided plan (or a referral handout) without writing YAML.",
        discussion: """
        Asks about warning signs first, then your running and five self-tests. Writes a commented profile \
        (-o, default my-plan.yaml) and prints it as a PDF in the output folder. --answers FILE answers from a \
        YAML file of question ids (see docs/init.md) instead of the keyboard. Nothing is written until the end, \
        so Ctrl-C leaves nothing half-done.
        """
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the profile.", valueName: "file"))
    var output = "my-plan.yaml"

    @Option(help: ArgumentHelp("Answer from this YAML file (question id: answer) instead of asking.", valueName: "file"))
    var answers: String?

    @Option(help: ArgumentHelp("Folder for the PDF (and calendar file).", valueName: "dir"))
    var pdfDir = "out"

    @Flag(help: "Large print: body text 16 pt.")
    var largePrint = false

    @Flag(help: "Also write the plan as a calendar file to import into a phone.")
    var ics = false

    @OptionGroup var today: TodayOption

    func run() throws {
        let today = today.resolved
        var source: AnswerSource = try answers.map { try FileAnswers(path: $0) } ?? TerminalAnswers()
        var flow = IntakeFlow(today: today)
        source.say("""
        Backstride: a running plan for low back pain.
        First, some questions about warning signs. Answer yes or no; just press Enter for the answer in [brackets].

        """)
        let outcome = try flow.run { try source.ask($0) }
        switch outcome {
        case .emergency(let sign):
            source.say("""

            STOP. \(RedFlagWording.reason(sign))
            Go to an emergency department now, or call your local emergency number. Do not run or exercise until a
            doctor has seen you.

            """)
            let print = try source.ask(IntakeQuestion("referral_handout", "Print a referral handout to take with you?", kind: .yesNo, default: "yes"))
            guard print == "yes" else { throw ExitCode.success }
            try flow.referralDetails { try source.ask($0) }
        case .seeDoctor(let signs):
            source.say("\nThank you. Because of what you told us, a doctor should look at your back before you start a running plan:")
            for sign in signs { source.say("  - " + RedFlagWording.reason(sign)) }
            source.say("You will get a handout to take to the doctor instead of a plan.\n")
            try flow.referralDetails { try source.ask($0) }
        case .answered:
            break
        }
        try source.finish()
        let yaml = ProfileWriter.yaml(flow.answers, signs: flow.signs, today: today)
        try write(yaml, today: today, say: source.say)
    }

    /// Saves the profile, checks it as any profile is checked, and prints the plan or the referral.
    func write(_ yaml: String, today: CalendarDate, say: (String) -> Void) throws {
        let result = ProfileLoader.load(text: yaml, path: output, today: today)
        do { try OutputFiles.write(Array(yaml.utf8), to: output) } catch {
            Console.error("\(error)")
            throw ExitStatus.cannotWrite.exitCode
        }
        guard let profile = result.profile else {
            for d in result.diagnostics { Console.error(d.description) }
            Console.error("Your answers are saved in \(output); fix the lines above and run: backstride render \(output)")
            throw ExitStatus.invalidProfile.exitCode
        }
        let library = try LibraryReader.load(clinicFolder: nil)
        let wording: HandoutWording
        do { wording = try HandoutInputs.wording(overrides: nil) } catch {
            Console.error("\(error)")
            throw ExitStatus.internalError.exitCode
        }
        let plan = PlanCompiler.compile(profile, library: library, today: today)
        let renderer = try Renderer()
        let options = HandoutOptions(for: profile, largePrint: largePrint)
        let stem = SafeName.stem(profile.client.id)
        let written: HandoutOutput.Written
        do {
            written = try HandoutOutput(library: library, wording: wording, folder: pdfDir, ics: ics)
                .write(plan: plan, profile: profile, options: options, renderer: renderer)
        } catch {
            Console.error("\(error)")
            throw ExitStatus.cannotWrite.exitCode
        }
        let pages = written.pages
        say("")
        if plan.withheld {
            say(plan.screening.decision)
            say("Your referral handout: \(pdfDir)/\(stem).pdf (\(pages) pages). Your answers: \(output)")
        } else {
            say("Your \(plan.weeks.count)-week plan: \(pdfDir)/\(stem).pdf (\(pages) pages). Your answers: \(output)")
            say("Read the \"Stop and get help\" box on the first page before you start.")
        }
    }
}

/// Where answers come from: the keyboard, or an answers file.
protocol AnswerSource {
    mutating func ask(_ question: IntakeQuestion) throws -> String?
    func say(_ text: String)
    /// Called once the questions are over; a file source reports ids it did not recognise.
    func finish() throws
}

/// Asks in the terminal, checks each answer as it is typed and asks again until it is acceptable.
struct TerminalAnswers: AnswerSource {
    func say(_ text: String) { Console.out(text) }

    func ask(_ q: IntakeQuestion) throws -> String? {
        if let help = q.help { Console.out("  " + help) }
        while true {
            let suffix = q.defaultAnswer.map { " [\($0)]" } ?? (q.optional ? " [skip]" : "")
            FileHandle.standardOutput.write(Data("\(q.prompt)\(suffix) ".utf8))
            guard let line = readLine() else {
                Console.error("\nStopped before the end: nothing was written.")
                throw ExitStatus.usage.exitCode
            }
            switch q.check(line) {
            case .success(let answer): return answer
            case .failure(let error): Console.out("  " + error.message)
            }
        }
    }

    func finish() throws {}
}

/// Answers from a YAML file of question ids; a wrong or missing answer is an error with its position.
struct FileAnswers: AnswerSource {
    let path: String
    var values: [String: (text: String, node: Node)] = [:]
    var used: Set<String> = []

    init(path: String) throws {
        self.path = path
        let bytes = try InputFiles.read(path)
        var log = DiagnosticLog(file: path)
        guard let root = YAMLInput.compose(bytes: bytes, log: &log) else {
            for d in log.diagnostics { Console.error(d.description) }
            throw ExitStatus.invalidProfile.exitCode
        }
        var reader = NodeReader(file: path)
        guard let mapping = reader.mapping(root, named: "the answers file") else {
            for d in reader.log.diagnostics { Console.error(d.description) }
            throw ExitStatus.invalidProfile.exitCode
        }
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
        if reader.log.hasErrors {
            for d in reader.log.sorted { Console.error(d.description) }
            throw ExitStatus.invalidProfile.exitCode
        }
    }

    func say(_ text: String) { Console.out(text) }

    mutating func ask(_ q: IntakeQuestion) throws -> String? {
        used.insert(q.id)
        let given = values[q.id]
        switch q.check(given?.text ?? "") {
        case .success(let answer):
            Console.out("\(q.prompt) \(answer ?? "-")")
            return answer
        case .failure(let error):
            if let node = given?.node {
                let p = NodeReader.position(of: node)
                Console.error("\(path):\(p.line):\(p.column): error: \(q.id): \(error.message)")
            } else {
                Console.error("\(path): error: no answer for `\(q.id)` (\(q.prompt))")
            }
            throw ExitStatus.invalidProfile.exitCode
        }
    }

    func finish() throws {}
}
