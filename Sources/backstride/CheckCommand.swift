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

    @OptionGroup var today: TodayOption

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one profile file, e.g. backstride check Examples/*.yaml") }
    }

    func run() throws {
        let today = today.resolved
        var status = ExitStatus.ok
        var valid = 0
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
