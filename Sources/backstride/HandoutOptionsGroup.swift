import ArgumentParser
import BackstrideBatch
import BackstrideCore
import BackstrideRender

/// The options every command that prints handouts shares.
struct HandoutOptionsGroup: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Output folder (created if missing; its parent must exist).", valueName: "dir"))
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

    /// Everything a handout needs besides the profile.
    struct Resources {
        var library: ExerciseLibrary
        var wording: HandoutWording
        var clinic: ClinicBranding?
        /// Digest of everything in them and of the options: what every output also depends on.
        var digest: String
    }

    /// The library, wording and branding, with a digest of everything in them and of these options.
    func resources(today: CalendarDate, verbose: Bool = false, times: PhaseTimes? = nil) throws -> Resources {
        var digest = InputDigest()
        digest.add(BackstrideVersion.string)
        digest.add("\(today.iso)|\(paper?.rawValue ?? "-")|\(largePrint)")
        let data = try DataFolder.locate()
        if verbose { Console.error("data: \(data)") }
        // The wording (compiling a few hundred phrase templates) is read beside the library; its problems are still
        // reported after the library's.
        let templates = self.templates
        let wordingRead = StartedEarly { try WordingReader.readApart(dataFolder: data, overrides: templates) }
        let library = try LibraryReader.load(dataFolder: data, clinicFolder: self.library, digest: &digest, warn: Console.report)
        times?.mark("library")
        let (wording, digestParts) = try wordingRead.value()
        for part in digestParts { digest.add(part) }
        times?.mark("wording")
        let branding = try clinic.map { try ClinicReader.read($0, digest: &digest) }
        return Resources(library: library, wording: wording, clinic: branding, digest: digest.hex)
    }
}

/// The built-in library (with a clinic's folder) for the commands that need no wording.
enum LibraryInput {
    static func load(clinicFolder: String?) throws -> ExerciseLibrary {
        var digest = InputDigest()
        return try LibraryReader.load(dataFolder: try DataFolder.locate(), clinicFolder: clinicFolder, digest: &digest, warn: Console.report)
    }
}
