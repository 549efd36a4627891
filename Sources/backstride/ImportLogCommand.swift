import ArgumentParser
import BackstrideBatch
import BackstrideCore
import Foundation

/// `backstride import-log`: a week's scores from a spreadsheet into a profile's follow-up log.
struct ImportLog: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-log",
        abstract: "Add pain scores from a CSV file to a profile's follow-up log.",
        discussion: """
        Each row is one day (or `week N`): date,done,during,morning,note,signs; a first row naming the columns is \
        skipped. The rows become lines under the profile's `log:`; nothing else in the file changes. The profile is \
        checked with the new lines before it is written, and every mistake is reported at its row and column in the \
        CSV file: then nothing is written (exit 65). See docs/profile.md, "The follow-up log".
        """
    )

    @Argument(help: ArgumentHelp("The client profile to add the scores to.", valueName: "profile"))
    var profile: String

    @Argument(help: ArgumentHelp("The CSV file of scores.", valueName: "csv"))
    var csv: String

    @Flag(help: "Print the lines that would be added and the progress they give; write nothing.")
    var dryRun = false

    @OptionGroup var today: TodayOption

    func validate() throws {
        if profile == InputFiles.standardInput { throw ValidationError("the profile must be a file: import-log writes the new lines into it") }
    }

    func run() throws {
        let today = today.resolved
        let (profileBytes, profileText) = try Self.read(profile)
        let (csvBytes, csvText) = try Self.read(csv)
        let result = LogImport.merge(csv: csvText, csvPath: ProfileInput.shown(csv), profile: profileText, profilePath: profile, today: today)
        for d in result.diagnostics {
            Console.report(d, source: d.location.file == profile ? profileBytes : csvBytes)
        }
        guard let merged = result.profile, !result.hasErrors else {
            Console.error("\(csv): nothing imported; \(profile) is unchanged")
            throw ExitStatus.invalidProfile.exitCode
        }
        if !dryRun {
            do { try OutputFiles.write(Array(result.text.utf8), to: profile) } catch {
                Console.error("\(error)")
                throw ExitStatus.cannotWrite.exitCode
            }
        }
        // The message goes with the others on standard error; the lines and the progress are the data.
        Console.error("\(profile): \(dryRun ? "would add" : "added") \(result.added.count) log line\(result.added.count == 1 ? "" : "s")")
        for line in result.added { Console.out(line) }
        let library = try LibraryInput.load(clinicFolder: nil)
        for line in PlanSummary.progress(PlanCompiler.compile(merged, library: library, today: today)) { Console.out(line) }
    }

    /// A file's bytes and its text; a file that is not UTF-8 is refused like a profile.
    static func read(_ path: String) throws -> ([UInt8], String) {
        let bytes: [UInt8]
        do { bytes = try InputFiles.read(path) } catch {
            Console.error("\(error)")
            throw ExitStatus.unreadableInput.exitCode
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            Console.error("\(path): not UTF-8 text\n  hint: save it from the spreadsheet as \"CSV UTF-8\"")
            throw ExitStatus.invalidProfile.exitCode
        }
        return (bytes, text)
    }
}
