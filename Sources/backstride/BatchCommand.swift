import ArgumentParser
import BackstrideBatch
import BackstrideCore
import Foundation

/// `backstride batch`: every client's handout, or the weekly print pack, in parallel, with a manifest.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render handouts for every profile in folders (recursively), or the weekly print pack with --week.",
        discussion: """
        Writes manifest.csv and manifest.json in the output folder. A bad profile is reported and marked failed; \
        the others are rendered and the exit status is 65 at the end. Unchanged clients are not rendered again \
        unless --force. With --week, writes pack-<monday>.pdf (a cover sheet, then each client's week starting \
        on an odd page) and week-<monday>/<client>.pdf for emailing.
        """
    )

    @Argument(help: ArgumentHelp("Profile files and folders.", valueName: "dir|file"))
    var inputs: [String]

    @OptionGroup var handout: HandoutOptionsGroup

    @Option(help: ArgumentHelp("Parallel jobs (default: all cores).", valueName: "n"))
    var jobs: Int?

    var jobCount: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    @Option(help: ArgumentHelp("Make the weekly print pack for the week containing this day (YYYY-MM-DD).", valueName: "date"))
    var week: CalendarDate?

    @Flag(help: "Also write each plan as an iCalendar file (DIR/<client-id>.ics).")
    var ics = false

    @Flag(help: "Render every profile, even those unchanged since the last run.")
    var force = false

    @Flag(name: .shortAndLong, help: "Print only problems.")
    var quiet = false

    @Flag(help: "Print timing, throughput, bytes written and peak memory at the end.")
    var stats = false

    @OptionGroup var today: TodayOption

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one profile file or folder") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let started = Date()
        let today = today.resolved
        let found = ProfileDiscovery.find(inputs)
        for problem in found.problems { Console.error("\(problem.path): error: \(problem.reason)") }
        let (library, wording, clinic, digest) = try handout.resources(today: today)
        var settings = BatchSettings(outputFolder: handout.output, jobs: jobCount, today: today, week: week, force: force,
                                     paper: handout.paper, largePrint: handout.largePrint, library: library, wording: wording,
                                     clinic: clinic, sharedDigest: digest + (ics ? "+ics" : ""))
        settings.ics = ics
        let progress = Progress(quiet: quiet, started: started)
        let outcome: BatchOutcome
        do {
            outcome = try BatchRunner(settings: settings).run(files: found.profiles, report: { line in
                progress.clearLine()
                Console.error(line)
            }, progress: { done, total, entry in progress.update(done: done, total: total, entry: entry) })
        } catch let error as OutputFiles.CannotWrite {
            progress.clearLine()
            Console.error("\(error)")
            throw ExitStatus.cannotWrite.exitCode
        }
        progress.finish()
        let m = outcome.manifest.entries
        func count(_ f: (ManifestEntry.Status) -> Bool) -> Int { m.filter { f($0.status) }.count }
        if !quiet {
            Console.out("\(m.count) profiles: \(count { $0 == .ok }) ok, \(count { $0 == .withheld }) withheld, "
                        + "\(count { if case .skipped = $0 { return true } else { return false } }) skipped, \(outcome.failed) failed; manifest in \(handout.output)/")
        }
        if stats { Console.out(Statistics.line(outcome: outcome, started: started, jobs: jobCount)) }
        if outcome.failed > 0 || !found.problems.isEmpty { throw ExitStatus.invalidProfile.exitCode }
    }
}
