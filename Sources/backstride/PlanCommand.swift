import ArgumentParser
import BackstrideBatch
import BackstrideCore
import Foundation

/// `backstride plan`: screen a profile and compile its plan, as a summary or as JSON.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Screen a profile for red flags and print its week-by-week plan.",
        discussion: "`-` reads the profile from standard input. With --json, prints the plan in the interchange format of docs/plan-json.md (sorted keys)."
    )

    @Argument(help: ArgumentHelp("The client profile (- for standard input).", valueName: "file"))
    var file: String

    @Flag(help: "Print the plan as JSON.")
    var json = false

    @Option(help: ArgumentHelp("A clinic's folder of exercise files, merged over the built-in library.", valueName: "dir"))
    var library: String?

    @OptionGroup var today: TodayOption

    func run() throws {
        let today = today.resolved
        let profile = try ProfileInput.load(file, today: today)
        let library = try LibraryInput.load(clinicFolder: self.library)
        let plan = PlanCompiler.compile(profile, library: library, today: today)
        if json {
            Console.out(try PlanJSON.string(plan))
        } else {
            Console.out(PlanSummary.text(plan, library: library))
        }
    }
}

/// Reads and validates one profile, printing diagnostics; throws the right exit status when it cannot.
enum ProfileInput {
    /// How a path is shown: standard input has no name of its own.
    static func shown(_ path: String) -> String { path == InputFiles.standardInput ? "<stdin>" : path }

    static func load(_ path: String, today: CalendarDate) throws -> ClientProfile {
        try loadWithBytes(path, today: today).profile
    }

    static func loadWithBytes(_ path: String, today: CalendarDate) throws -> (profile: ClientProfile, bytes: [UInt8]) {
        let (profile, bytes, _) = try loadWithResult(path, today: today)
        return (profile, bytes)
    }

    /// The profile, its bytes (for showing source lines) and the whole load result (for where its fields are).
    static func loadWithResult(_ path: String, today: CalendarDate) throws -> (profile: ClientProfile, bytes: [UInt8], result: ProfileLoadResult) {
        let bytes: [UInt8]
        do { bytes = try InputFiles.read(path) } catch {
            Console.error("\(error)")
            throw ExitStatus.unreadableInput.exitCode
        }
        let result = ProfileLoader.load(bytes: bytes, path: shown(path), today: today)
        for d in result.diagnostics { Console.report(d, source: bytes) }
        guard let profile = result.profile else {
            let count = result.diagnostics.filter { $0.severity == .error }.count
            Console.error("\(shown(path)): \(count) error\(count == 1 ? "" : "s")")
            throw ExitStatus.invalidProfile.exitCode
        }
        return (profile, bytes, result)
    }
}
