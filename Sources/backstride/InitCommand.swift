import ArgumentParser
import BackstrideBatch
import BackstrideCore
import BackstrideRender
import Foundation

/// `backstride init`: a runner without a clinician answers questions (red flags first) and gets a profile and a
/// printed plan, or a referral handout when a warning sign means a doctor should look first.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Answer a few questions and get a self-guided plan (or a referral handout) without writing YAML.",
        discussion: """
        Asks about warning signs first, then your running and five self-tests. Type `back` to change the previous \
        answer. Writes a commented profile (-o, a file: default my-plan.yaml; an existing one is kept unless \
        --force) and prints it as a PDF in the --pdf-dir folder. --answers FILE answers from a YAML file of \
        question ids (see docs/init.md) instead of the keyboard. Nothing is written until the end, so Ctrl-C \
        leaves nothing half-done.
        """
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the profile (a file; unlike render and batch, not a folder).", valueName: "file"))
    var output = "my-plan.yaml"

    @Option(help: ArgumentHelp("Answer from this YAML file (question id: answer) instead of asking.", valueName: "file"))
    var answers: String?

    @Option(help: ArgumentHelp("Folder for the PDF (and calendar file).", valueName: "dir"))
    var pdfDir = "out"

    @Flag(help: "Large print: body text 16 pt.")
    var largePrint = false

    @Flag(help: "Also write the plan as a calendar file to import into a phone.")
    var ics = false

    @Flag(help: "Replace the profile file, and a handout of the same name, if they exist.")
    var force = false

    @OptionGroup var today: TodayOption

    func validate() throws {
        if output == "-" || pdfDir == "-" { throw ValidationError("init writes a profile and a PDF: -o names a file and --pdf-dir a folder") }
    }

    func run() throws {
        // Before the first question: finding out at the end that nothing can be saved would waste every answer.
        if !force, OutputFiles.exists(output) {
            throw OutputFiles.CannotWrite(path: output, reason: "the file already exists",
                                          hint: "choose another file with -o, or use --force to replace it")
        }
        let today = today.resolved
        var source: AnswerSource = try answers.map { try FileAnswers(path: $0) } ?? TerminalAnswers()
        var flow = IntakeFlow(today: today)
        source.say("""
        Backstride: a running plan for low back pain.
        First, some questions about warning signs. Answer yes or no; just press Enter for the answer in [brackets]. \
        Type back to change your previous answer.

        """)
        let total = flow.questionCount
        let outcome = try Rewind.run(source: &source) { ask in
            flow = IntakeFlow(today: today)
            var number = 0
            return try flow.run { question in
                number += 1
                return try ask(question, "\(number) of \(total)")
            }
        }
        switch outcome {
        case .emergency(let sign):
            source.say("""

            STOP. \(RedFlagWording.reason(sign))
            Go to an emergency department now, or call your local emergency number. Do not run or exercise until a
            doctor has seen you.

            """)
            let question = IntakeQuestion("referral_handout", "Print a referral handout to take with you?", kind: .yesNo, default: "yes")
            let print = try Rewind.run(source: &source) { ask in try ask(question, nil) }
            guard print == "yes" else { throw ExitCode.success }
            try referralDetails(&flow, source: &source)
        case .seeDoctor(let signs):
            source.say("\nThank you. Because of what you told us, a doctor should look at your back before you start a running plan:")
            for sign in signs { source.say("  - " + RedFlagWording.reason(sign)) }
            source.say("You will get a handout to take to the doctor instead of a plan.\n")
            try referralDetails(&flow, source: &source)
        case .answered:
            break
        }
        try source.finish()
        let yaml = ProfileWriter.yaml(flow.answers, signs: flow.signs, today: today)
        try write(yaml, today: today, say: source.say)
    }

    /// The two questions a referral handout needs; `back` returns to the first of them.
    func referralDetails(_ flow: inout IntakeFlow, source: inout AnswerSource) throws {
        let start = flow
        var result = flow
        try Rewind.run(source: &source) { ask in
            result = start
            try result.referralDetails { try ask($0, nil) }
        }
        flow = result
    }

    /// Saves the profile, checks it as any profile is checked, and prints the plan or the referral.
    func write(_ yaml: String, today: CalendarDate, say: (String) -> Void) throws {
        let result = ProfileLoader.load(text: yaml, path: output, today: today)
        try OutputFiles.write(Array(yaml.utf8), to: output)
        guard let profile = result.profile else {
            for d in result.diagnostics { Console.report(d, source: Array(yaml.utf8)) }
            Console.error("Your answers are saved in \(output); fix the lines above and run: backstride render \(output)")
            throw ExitStatus.invalidProfile.exitCode
        }
        let data = try DataFolder.locate()
        var digest = InputDigest()
        let library = try LibraryReader.load(dataFolder: data, clinicFolder: nil, digest: &digest, warn: Console.report)
        let wording = try WordingReader.read(dataFolder: data, overrides: nil, digest: &digest)
        digest.add(Array(yaml.utf8))
        let plan = PlanCompiler.compile(profile, library: library, today: today)
        let renderer = try Renderer()
        let options = HandoutOptions(for: profile, largePrint: largePrint)
        let folder = try OutputFolder(pdfDir)
        try folder.lock()
        folder.removeLeftovers()
        var output = HandoutOutput(library: library, wording: wording, folder: folder, ics: ics)
        output.force = force
        let written = try output.write(plan: plan, profile: profile, options: options, renderer: renderer, inputs: digest.hex)
        let pdf = folder.child(written.files[0])
        say("")
        if plan.withheld {
            say(plan.screening.decision)
            say("Your referral handout: \(pdf) (\(written.pages) pages). Your answers: \(self.output)")
        } else {
            say("Your \(plan.weeks.count)-week plan: \(pdf) (\(written.pages) pages). Your answers: \(self.output)")
            if let calendar = written.files.first(where: { $0.hasSuffix(".ics") }) {
                say("Your calendar file: \(folder.child(calendar)). Open it on your phone to add every session with a reminder.")
            }
            say("Read the \"Stop and get help\" box on the first page before you start.")
        }
        if ics, plan.withheld { say("No calendar file: there is no plan to put in it until a doctor has seen you.") }
    }
}

/// Runs a stretch of questions again from its start whenever the runner types `back`: earlier answers are replayed
/// without asking, and the one before `back` is asked again. The flow stays a plain function of its answers.
enum Rewind {
    struct Back: Error {}

    /// - Parameter body: asks through the closure it is given, `(question, "k of n" or nil)`.
    @discardableResult
    static func run<T>(source: inout AnswerSource, _ body: ((IntakeQuestion, String?) throws -> String?) throws -> T) throws -> T {
        var given: [String?] = []
        while true {
            var position = 0
            do {
                return try body { question, number in
                    defer { position += 1 }
                    if position < given.count { return given[position] }
                    let answer = try source.ask(question, number: number)
                    given.append(answer)
                    return answer
                }
            } catch is Back {
                if given.isEmpty { source.say("  This is the first question.") } else { given.removeLast() }
            }
        }
    }
}
