import ArgumentParser
import BackstrideBatch
import BackstrideCore
import Foundation

/// `backstride batch`: every client's handout, or the weekly print pack, in parallel, with a manifest.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render handouts for every profile in folders (recursively), or the weekly print pack with --week.",
        discussion: """
        Writes manifest.csv and manifest.json in the output folder (docs/manifest.md). A bad profile is reported \
        and marked failed, and any handout it had before is removed; the others are rendered and the exit status \
        is 65 at the end. A client whose files were made from exactly the same inputs keeps them unless --force. \
        With --week, writes pack-<monday>.pdf (a cover sheet, then each client's week starting on an odd page), \
        and week-<monday>/<client>.pdf for emailing with its own manifest. One batch at a time writes to a folder: \
        a second one exits 75 at once.
        """
    )

    @Argument(help: ArgumentHelp("Profile files and folders.", valueName: "dir|file"))
    var inputs: [String]

    @OptionGroup var handout: HandoutOptionsGroup

    @Option(name: .shortAndLong, help: ArgumentHelp("Parallel jobs (default: all cores).", valueName: "n"))
    var jobs: Int?

    var jobCount: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    @Option(help: ArgumentHelp("Make the weekly print pack for the week containing this day (YYYY-MM-DD).", valueName: "date"))
    var week: CalendarDate?

    @Flag(help: "Also write each plan as an iCalendar file (DIR/<client-id>.ics).")
    var ics = false

    @Flag(help: "Render every profile, even those unchanged since the last run, and replace handouts made for another client.")
    var force = false

    @OptionGroup var verbosity: Verbosity

    @Flag(help: "Print timing, throughput, bytes written and peak memory at the end.")
    var stats = false

    @OptionGroup var today: TodayOption

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one profile file or folder") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if handout.output == "-" { throw ValidationError("a batch writes many files: -o names a folder") }
        if let week, !TodayOption.years.contains(week.year) { throw ValidationError("--week must be a day between the years 1900 and 9000") }
    }

    func run() throws {
        let started = Date()
        let today = today.resolved
        let found = ProfileDiscovery.find(inputs)
        let resources = try handout.resources(today: today, verbose: verbosity.verbose)
        var settings = BatchSettings(outputFolder: handout.output, jobs: jobCount, today: today, week: week, force: force,
                                     paper: handout.paper, largePrint: handout.largePrint, library: resources.library,
                                     wording: resources.wording, clinic: resources.clinic,
                                     sharedDigest: resources.digest + (ics ? "+ics" : ""))
        settings.ics = ics
        settings.diagnostics = Console.diagnostics
        let progress = Progress(quiet: verbosity.quiet, verbose: verbosity.verbose, started: started)
        let outcome = try BatchRunner(settings: settings).run(files: found.profiles, problems: found.problems, report: { line in
            progress.clearLine()
            Console.error(line)
        }, progress: { done, total, entry in progress.update(done: done, total: total, entry: entry) })
        progress.finish()
        let m = outcome.manifest.entries
        func count(_ status: ManifestEntry.Status) -> Int { m.filter { $0.status == status }.count }
        let where_ = week.map { "\(handout.output)/week-\($0.mondayOfWeek.iso)/" } ?? "\(handout.output)/"
        let kept = m.filter { !$0.rendered && ($0.status == .ok || $0.status == .withheld) }.count
        let summary = "\(m.count) profiles: \(count(.ok)) ok, \(count(.withheld)) withheld, \(count(.skipped)) skipped, "
            + "\(outcome.failed) failed (\(kept) kept unchanged); manifest in \(where_)"
        // Problems are never quiet: with -q the summary still says how many failed.
        if !verbosity.quiet {
            Console.error(summary)
        } else if outcome.failed > 0 {
            Console.error("\(outcome.failed) of \(m.count) profiles failed; see \(where_)manifest.csv")
        }
        if stats { Console.out(Statistics.line(outcome: outcome, started: started, jobs: jobCount)) }
        if outcome.failed > 0 { throw ExitStatus.invalidProfile.exitCode }
    }
}
