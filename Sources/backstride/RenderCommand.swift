import ArgumentParser
import BackstrideBatch
import BackstrideCore
import BackstrideRender
import Foundation

/// `backstride render`: the PDF handout for each profile.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render each profile's PDF handout (or referral handout) into a folder.",
        discussion: "Writes DIR/<client-id>.pdf atomically. A bad profile is reported and skipped; the others are still rendered."
    )

    @Argument(help: ArgumentHelp("Profile files.", valueName: "file"))
    var files: [String]

    @OptionGroup var handout: HandoutOptionsGroup

    @Flag(help: "Also write PNG previews of every page (DIR/<client-id>-<page>.png).")
    var png = false

    @Flag(help: "Also write the plan's sessions as an iCalendar file (DIR/<client-id>.ics) to import into a phone calendar.")
    var ics = false

    @OptionGroup var today: TodayOption

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one profile file") }
    }

    func run() throws {
        let today = today.resolved
        let (library, wording, branding, _) = try handout.resources(today: today)
        let renderer = try Renderer()
        var status = ExitStatus.ok
        for path in files {
            let profile: ClientProfile
            do { profile = try ProfileInput.load(path, today: today) } catch let code as ExitCode {
                status = status.combined(with: ExitStatus(rawValue: code.rawValue) ?? .invalidProfile)
                continue
            }
            let plan = PlanCompiler.compile(profile, library: library, today: today)
            let options = HandoutOptions(for: profile, paper: handout.paper, largePrint: handout.largePrint, clinic: branding)
            do {
                let output = HandoutOutput(library: library, wording: wording, folder: handout.output, ics: ics, png: png)
                let written = try output.write(plan: plan, profile: profile, options: options, renderer: renderer)
                Console.out("\(path): wrote \(handout.output)/\(written.files[0]) (\(written.pages) pages\(plan.withheld ? ", referral: plan withheld" : ""))")
            } catch let error as OutputFiles.CannotWrite {
                Console.error("\(error)")
                status = status.combined(with: .cannotWrite)
            } catch {
                Console.error("\(path): error: \(error)")
                status = status.combined(with: .internalError)
            }
        }
        if status != .ok { throw status.exitCode }
    }
}
