import ArgumentParser
import BackstrideBatch
import BackstrideCore
import BackstrideRender
import Foundation

/// `backstride render`: the PDF handout for each profile.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render each profile's PDF handout (or referral handout) into a folder.",
        discussion: """
        Writes DIR/<client-id>.pdf atomically. A bad profile is reported and skipped; the others are still rendered. \
        Two profiles that would write the same file are both refused (exit 65). An existing handout made for \
        another client is never replaced without --force (exit 73). `-` reads a profile from standard input; \
        `-o -` writes the one PDF to standard output.
        """
    )

    @Argument(help: ArgumentHelp("Profile files (- for standard input).", valueName: "file"))
    var files: [String]

    @OptionGroup var handout: HandoutOptionsGroup

    @Flag(help: "Also write PNG previews of every page (DIR/<client-id>-01.png, -02.png, ...).")
    var png = false

    @Option(help: ArgumentHelp("Resolution of the PNG previews, 20 to 300.", valueName: "dpi"))
    var pngDpi: Double = Renderer.previewDPI

    @Flag(help: "Also write the plan's sessions as an iCalendar file (DIR/<client-id>.ics) to import into a phone calendar.")
    var ics = false

    @Flag(help: "Replace a handout in the folder even when it was made for another client.")
    var force = false

    @Flag(help: "Print where the time went, phase by phase from the program's start, on standard error.")
    var stats = false

    @OptionGroup var verbosity: Verbosity

    @OptionGroup var today: TodayOption

    var toStandardOutput: Bool { handout.output == "-" }

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one profile file") }
        if !Renderer.previewDPIRange.contains(pngDpi) {
            throw ValidationError("--png-dpi must be between \(Int(Renderer.previewDPIRange.lowerBound)) and \(Int(Renderer.previewDPIRange.upperBound))")
        }
        if toStandardOutput, files.count != 1 || png || ics {
            throw ValidationError("-o - writes one PDF to standard output: give one profile, without --png or --ics")
        }
        if files.filter({ $0 == InputFiles.standardInput }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
    }

    func run() throws {
        let times = stats ? PhaseTimes() : nil
        defer { if let times { Console.error(times.line) } }
        times?.mark("arguments")
        let today = today.resolved
        let fonts = StartedEarly { try Renderer() }
        let resources = try handout.resources(today: today, verbose: verbosity.verbose, times: times)
        var status = ExitStatus.ok
        var clients: [(path: String, profile: ClientProfile, bytes: [UInt8])] = []
        for path in files {
            do {
                let (profile, bytes) = try ProfileInput.loadWithBytes(path, today: today)
                clients.append((path, profile, bytes))
            } catch {
                status = status.combined(with: Failure.status(error))
            }
        }
        let clashes = DuplicateClients.find(clients.map { (ProfileInput.shown($0.path), $0.profile.client.id) })
        for (i, reason) in clashes.sorted(by: { $0.key < $1.key }) {
            Console.error("\(ProfileInput.shown(clients[i].path)): error: \(reason)")
            status = status.combined(with: .invalidProfile)
        }
        clients = clients.enumerated().filter { clashes[$0.offset] == nil }.map(\.element)
        times?.mark("profiles")
        // Timed as the wait for the fonts, which were set up beside the library.
        let renderer = try fonts.value()
        times?.mark("fonts")
        if verbosity.verbose { Console.error("fonts: " + renderer.fonts.files.joined(separator: ", ")) }
        if toStandardOutput {
            if let client = clients.first { try writeToStandardOutput(client.profile, resources: resources, renderer: renderer, today: today) }
            if status != .ok { throw status.exitCode }
            return
        }
        let folder = try OutputFolder(handout.output)
        try folder.lock()
        folder.removeLeftovers()
        var output = HandoutOutput(library: resources.library, wording: resources.wording, folder: folder, ics: ics, png: png)
        output.pngDPI = pngDpi
        output.force = force
        for client in clients {
            let plan = PlanCompiler.compile(client.profile, library: resources.library, today: today)
            times?.mark("plan")
            let options = HandoutOptions(for: client.profile, paper: handout.paper, largePrint: handout.largePrint, clinic: resources.clinic)
            var inputs = InputDigest()
            inputs.add(resources.digest)
            inputs.add("render|\(ics)")
            inputs.add(client.bytes)
            do {
                let written = try output.write(plan: plan, profile: client.profile, options: options, renderer: renderer, inputs: inputs.hex)
                if let times {
                    // The renderer timed its own layout and paint; the rest of this step is writing the files.
                    times.split("write", measured: [("layout", renderer.lastTiming.layout), ("paint", renderer.lastTiming.paint)])
                }
                let shown = ProfileInput.shown(client.path)
                if !verbosity.quiet {
                    Console.error("\(shown): wrote \(folder.child(written.files[0])) (\(written.pages) pages\(plan.withheld ? ", referral: plan withheld" : ""))")
                }
                if verbosity.verbose { for file in written.files.dropFirst() { Console.error("\(shown): wrote \(folder.child(file))") } }
                for file in written.removed { Console.error("\(shown): removed \(folder.child(file)): the new handout has no such file") }
            } catch {
                status = status.combined(with: Failure.status(error))
            }
        }
        if status != .ok { throw status.exitCode }
    }

    func writeToStandardOutput(_ profile: ClientProfile, resources: HandoutOptionsGroup.Resources, renderer: Renderer, today: CalendarDate) throws {
        let plan = PlanCompiler.compile(profile, library: resources.library, today: today)
        let options = HandoutOptions(for: profile, paper: handout.paper, largePrint: handout.largePrint, clinic: resources.clinic)
        let (pdf, _) = try renderer.handout(plan: plan, profile: profile, library: resources.library, wording: resources.wording, options: options)
        try OutputFiles.write(pdf, to: InputFiles.standardInput)
    }
}
