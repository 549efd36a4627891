import ArgumentParser
import BackstrideBatch
import Foundation
import BackstrideCore
import BackstrideRender

/// `backstride exercises`: list the library, print its catalogue for review, or write each picture alone.
struct Exercises: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the exercise library, render its catalogue of cards as a PDF, or write each exercise's picture as a PNG.",
        discussion: "The built-in library lives in Assets/exercises; --library merges a clinic's folder over it (same id replaces). "
            + "--diagrams DIR writes DIR/<id>.png: the picture alone, no name or words, at the size it has on an A4 card."
    )

    @Option(help: ArgumentHelp("A clinic's folder of exercise files, merged over the built-in library.", valueName: "dir"))
    var library: String?

    @Option(help: ArgumentHelp("Write the catalogue of every exercise card to this PDF file (- for standard output); its folder must exist.", valueName: "file"))
    var pdf: String?

    @Option(help: ArgumentHelp("Paper size of the catalogue: a4 or letter.", valueName: "paper"))
    var paper: Paper = .a4

    @Option(help: ArgumentHelp("Write each exercise's picture alone to DIR/<id>.png, at print size; DIR is created if missing.", valueName: "dir"))
    var diagrams: String?

    @Option(help: ArgumentHelp("Resolution of the --diagrams pictures, in dots per inch (72 to 600).", valueName: "dpi"))
    var dpi: Double = 150

    @OptionGroup var today: TodayOption

    func validate() throws {
        guard (72...600).contains(dpi) else { throw ValidationError("--dpi must be between 72 and 600 (found \(dpi))") }
    }

    func run() throws {
        let library = try LibraryInput.load(clinicFolder: self.library)
        if let diagrams {
            // Created if missing (not its parents); each picture written whole, never through a link.
            let folder = try OutputFolder(diagrams)
            for exercise in library.exercises {
                try folder.write(try PNGImage.cardDiagram(exercise.pose, dpi: dpi), to: "\(exercise.id).png")
            }
            Console.error("wrote \(library.exercises.count) pictures to \(diagrams)")
            if pdf == nil { return }
        }
        if let pdf {
            let renderer = try Renderer()
            let bytes = try renderer.catalogue(library, size: PageSize(paper), date: today.resolved)
            try OutputFiles.write(bytes, to: pdf)
            if pdf != InputFiles.standardInput { Console.error("wrote \(pdf) (\(library.exercises.count) exercises)") }
            return
        }
        let rows = library.exercises.map { e in
            [e.id, e.name, e.targets.map(\.rawValue).joined(separator: ", "), e.equipment.map(\.rawValue).joined(separator: ", ")]
        }
        Console.out(TextTable.render(header: ["id", "name", "targets", "equipment"], rows: rows))
    }
}

extension Paper: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// A plain aligned table for terminal output.
enum TextTable {
    static func render(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { $0.offset == row.count - 1 ? $0.element : $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
