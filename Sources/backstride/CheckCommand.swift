import ArgumentParser
import BackstrideBatch
import BackstrideCore

/// `backstride check`: validate profiles and print what is wrong, with positions.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate client profiles and report every problem with file:line:column.",
        discussion: "Exits 0 when every profile is valid (warnings allowed), 65 when any has errors, 66 when a file cannot be read."
    )

    @Argument(help: ArgumentHelp("Profile files to check.", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("A clinic's folder of exercise files, merged over the built-in library.", valueName: "dir"))
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
            let bytes: [UInt8]
            do {
                bytes = try InputFiles.read(path)
            } catch {
                Console.error("\(error)")
                status = status.combined(with: .unreadableInput)
                continue
            }
            let result = ProfileLoader.load(bytes: bytes, path: path, today: today)
            for diagnostic in result.diagnostics { Console.error(diagnostic.description) }
            if let profile = result.profile {
                if exercises == nil { exercises = try LibraryReader.load(clinicFolder: library) }
                if let exercises {
                    let plan = PlanCompiler.compile(profile, library: exercises, today: today)
                    for warning in PlanWarnings.diagnostics(plan, locations: result.locations) { Console.error(warning.description) }
                }
                valid += 1
                Console.out("\(path): ok: \(ProfileSummary.oneLine(profile))")
            } else {
                status = status.combined(with: .invalidProfile)
                let count = result.diagnostics.filter { $0.severity == .error }.count
                Console.out("\(path): \(count) error\(count == 1 ? "" : "s")")
            }
        }
        if files.count > 1 { Console.out("\(valid) of \(files.count) profiles valid") }
        if status != .ok { throw status.exitCode }
    }
}
