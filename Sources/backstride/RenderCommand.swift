import ArgumentParser
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

    @Option(name: .shortAndLong, help: ArgumentHelp("Output folder.", valueName: "dir"))
    var output = "out"

    @Option(help: ArgumentHelp("Paper size, overriding the profile: a4 or letter.", valueName: "paper"))
    var paper: Paper?

    @Flag(help: "Large print: body text 16 pt, everything re-flowed.")
    var largePrint = false

    @Flag(help: "Also write PNG previews of every page (DIR/<client-id>-<page>.png).")
    var png = false

    @Option(help: ArgumentHelp("A folder of template files that replace the built-in ones file by file.", valueName: "dir"))
    var templates: String?

    @Option(help: ArgumentHelp("Clinic branding file (YAML: name, address, phone, accent, logo).", valueName: "file"))
    var clinic: String?

    @Option(help: ArgumentHelp("A clinic's folder of exercise files, merged over the built-in library.", valueName: "dir"))
    var library: String?

    @OptionGroup var today: TodayOption

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one profile file") }
    }

    func run() throws {
        let today = today.resolved
        let library = try LibraryReader.load(clinicFolder: self.library)
        let wording: HandoutWording
        let branding: ClinicBranding?
        do {
            wording = try HandoutInputs.wording(overrides: templates)
            branding = try clinic.map(HandoutInputs.clinic)
        } catch {
            Console.error("\(error)")
            throw ExitStatus.invalidProfile.exitCode
        }
        let renderer = try Renderer()
        var status = ExitStatus.ok
        for path in files {
            let profile: ClientProfile
            do { profile = try ProfileInput.load(path, today: today) } catch let code as ExitCode {
                status = status.combined(with: ExitStatus(rawValue: code.rawValue) ?? .invalidProfile)
                continue
            }
            let plan = PlanCompiler.compile(profile, library: library, today: today)
            let options = HandoutOptions(paper: PageSize(paper ?? profile.paper), typography: largePrint ? .largePrint : .standard,
                                         clinic: branding)
            let stem = SafeName.stem(profile.client.id)
            do {
                let (pdf, pages) = try renderer.handout(plan: plan, profile: profile, library: library, wording: wording, options: options)
                let target = output + "/" + stem + ".pdf"
                try OutputFiles.write(pdf, to: target)
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
