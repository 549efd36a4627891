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
        let output = handout.output
        let renderer = try Renderer()
        var status = ExitStatus.ok
        for path in files {
            let profile: ClientProfile
            do { profile = try ProfileInput.load(path, today: today) } catch let code as ExitCode {
                status = status.combined(with: ExitStatus(rawValue: code.rawValue) ?? .invalidProfile)
                continue
            }
            let plan = PlanCompiler.compile(profile, library: library, today: today)
            let options = HandoutOptions(paper: PageSize(handout.paper ?? profile.paper), typography: handout.largePrint ? .largePrint : .standard,
                                         clinic: branding)
            let stem = SafeName.stem(profile.client.id)
            do {
                let (pdf, pages) = try renderer.handout(plan: plan, profile: profile, library: library, wording: wording, options: options)
                let target = output + "/" + stem + ".pdf"
                try OutputFiles.write(pdf, to: target)
                if ics, let calendar = renderer.calendar(plan: plan, profile: profile, library: library, wording: wording, uidPrefix: stem) {
                    try OutputFiles.write(calendar, to: output + "/" + stem + ".ics")
                }
                if png {
                    for (i, page) in pages.enumerated() {
                        try OutputFiles.write(try renderer.png(page), to: output + "/" + stem + "-\(i + 1).png")
                    }
                }
                Console.out("\(path): wrote \(target) (\(pages.count) pages\(plan.withheld ? ", referral: plan withheld" : ""))")
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
