import ArgumentParser
import BackstrideBatch
import BackstrideCore
import BackstrideRender

/// The options every command that prints handouts shares.
struct HandoutOptionsGroup: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Output folder.", valueName: "dir"))
    var output = "out"

    @Option(help: ArgumentHelp("Paper size, overriding the profiles: a4 or letter.", valueName: "paper"))
    var paper: Paper?

    @Flag(help: "Large print: body text 16 pt, everything re-flowed.")
    var largePrint = false

    @Option(help: ArgumentHelp("A folder of template files that replace the built-in ones file by file.", valueName: "dir"))
    var templates: String?

    @Option(help: ArgumentHelp("Clinic branding file (YAML: name, address, phone, accent, logo).", valueName: "file"))
    var clinic: String?

    @Option(help: ArgumentHelp("A clinic's folder of exercise files, merged over the built-in library.", valueName: "dir"))
    var library: String?

    /// The library, wording and branding, with a digest of everything in them and of these options.
    func resources(today: CalendarDate) throws -> (library: ExerciseLibrary, wording: HandoutWording, clinic: ClinicBranding?, digest: String) {
        var digest = InputDigest()
        digest.add(BackstrideVersion.string)
        digest.add("\(today.iso)|\(paper?.rawValue ?? "-")|\(largePrint)")
        let library = try LibraryReader.load(clinicFolder: self.library, digest: &digest)
        do {
            let wording = try HandoutInputs.wording(overrides: templates, digest: &digest)
            let branding = try clinic.map { try HandoutInputs.clinic($0, digest: &digest) }
            return (library, wording, branding, digest.hex)
        } catch {
            Console.error("\(error)")
            throw ExitStatus.invalidProfile.exitCode
        }
    }
}
