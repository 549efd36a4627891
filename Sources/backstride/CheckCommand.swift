import ArgumentParser
import BackstrideBatch
import BackstrideCore

/// `backstride check`: validate profiles and print what is wrong, with positions.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate client profiles and report every problem with file:line:column.",
        discussion: """
        `-` reads a profile from standard input. Exits 0 when every profile is valid (warnings allowed), \
        65 when any has errors, 66 when a file cannot be read.
        """
    )

    @Argument(help: ArgumentHelp("Profile files to check (- for standard input).", valueName: "file"))
    var files: [String]

    @Flag(name: .shortAndLong, help: "Print only problems.")
    var quiet = false

    @Option(help: ArgumentHelp("A clinic's folder of exercise files, merged over the built-in library (goals are judged against the plan).", valueName: "dir"))
    var library: String?

    @OptionGroup var today: TodayOption

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one profile file, e.g. backstride check Examples/*.yaml") }
    }

    func run() throws {
        let today = today.resolved
        var status = ExitStatus.ok
        var valid = 0
        // Loaded when the first valid profile needs it: a goal is judged against the plan compiled for it.
        var exercises: ExerciseLibrary?
        for path in files {
            do {
                let (profile, bytes, result) = try ProfileInput.loadWithResult(path, today: today)
                if exercises == nil { exercises = try LibraryInput.load(clinicFolder: library) }
                if let exercises {
                    let plan = PlanCompiler.compile(profile, library: exercises, today: today)
                    for warning in PlanWarnings.diagnostics(plan, profile: profile, locations: result.locations) { Console.report(warning, source: bytes) }
                }
                valid += 1
                if !quiet { Console.out("\(ProfileInput.shown(path)): ok: \(ProfileSummary.oneLine(profile))") }
            } catch let code as ExitCode {
                status = status.combined(with: ExitStatus(rawValue: code.rawValue) ?? .invalidProfile)
            }
        }
        if files.count > 1, !quiet { Console.out("\(valid) of \(files.count) profiles valid") }
        if status != .ok { throw status.exitCode }
    }
}
