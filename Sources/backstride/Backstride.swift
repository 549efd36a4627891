import ArgumentParser
import BackstrideCore
import Foundation

@main
struct Backstride: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backstride",
        abstract: "Turn a runner's low back pain profile into a printed 4-8 week home plan.",
        discussion: """
        A profile is a short YAML file (see docs/profile.md). Start with `backstride check` to validate it. \
        `-` in place of a profile reads it from standard input. See `man backstride` for every command.

        Exit status: 0 ok, 64 usage error, 65 invalid input, 66 unreadable input, 69 a font is not installed, \
        70 internal error, 73 cannot write output, 75 another batch is writing to the output folder.
        """,
        version: BackstrideVersion.string,
        subcommands: [Check.self, PlanCommand.self, Render.self, Batch.self, Init.self, ImportLog.self, Exercises.self, Serve.self]
    )

    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let unknown = mistyped(arguments) {
            Console.error(unknown)
            Foundation.exit(ExitStatus.usage.rawValue)
        }
        do {
            var command = try parseAsRoot(arguments)
            if var serving = command as? AsyncParsableCommand {
                try await serving.run()
            } else {
                try command.run()
            }
        } catch {
            if let status = Failure.report(error) { Foundation.exit(status.rawValue) }
            exit(withError: error)
        }
    }

    /// "unknown command" with the nearest name, for a first word that is neither an option nor a command.
    static func mistyped(_ arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names = configuration.subcommands.map { $0._commandName } + ["help"]
        guard !names.contains(first) else { return nil }
        var text = "error: unknown command '\(first)'"
        if let near = VocabularyText.nearest(to: first, in: names) { text += "\n  hint: did you mean 'backstride \(near)'?" }
        return text + "\n  the commands are: " + names.joined(separator: ", ")
    }
}
