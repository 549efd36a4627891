import BackstrideCore
import BackstrideRender
import Foundation
import Testing

@Suite struct CatalogueTests {
    @Test func theCatalogueShowsEveryExerciseAndIsAValidPDF() throws {
        let library = try RenderTestSupport.library()
        let pdf = try Renderer().catalogue(library, size: .a4, date: RenderTestSupport.today)
        let text = try PDFTools.text(pdf)
        for exercise in library.exercises {
            #expect(text.contains(exercise.name), "\(exercise.name) missing from the catalogue")
            #expect(text.contains(exercise.cues[0].prefix(25)), "\(exercise.id)'s first cue missing")
        }
        let check = try PDFTools.qpdfCheck(pdf)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(try PDFTools.fonts(pdf).allSatisfy { $0.embedded })
        let pages = Int(try PDFTools.info(pdf)["Pages"] ?? "0") ?? 0
        #expect(pages >= 8 && pages <= 20)
    }

    @Test func letterPaperIsLetterSized() throws {
        let pdf = try Renderer().catalogue(try RenderTestSupport.library(), size: .letter, date: RenderTestSupport.today)
        #expect(try PDFTools.info(pdf)["Page size"]?.hasPrefix("612 x 792") == true)
    }

    static let goldenIds = ["glute_bridge", "bird_dog", "squat", "clamshell", "cadence_drill", "half_kneeling_hip_flexor_stretch", "cat_cow"]

    /// Small reference renders of a few diagrams, compared with a tolerance so a font or anti-aliasing
    /// change does not fail them, but a moved limb does.
    @Test(arguments: goldenIds)
    func diagramMatchesItsGoldenImage(_ id: String) throws {
        let exercise = try #require(try RenderTestSupport.library()[id])
        let png = try PNGImage.diagram(exercise.pose, width: 240, height: 160)
        let url = RenderTestSupport.golden.appendingPathComponent("diagrams/\(id).png")
        if RenderTestSupport.recording {
            try Data(png).write(to: url)
            return
        }
        #expect(FileManager.default.fileExists(atPath: url.path), "no golden image; record it with BACKSTRIDE_RECORD=1")
        let golden = try PNGImage.gray(Array(try Data(contentsOf: url)))
        let actual = try PNGImage.gray(png)
        #expect(actual.difference(from: golden) < 0.01, "\(id) differs from \(url.path); rerun with BACKSTRIDE_RECORD=1 after reviewing")
        // The drawing is not blank: some pixels are ink.
        #expect(actual.pixels.filter { $0 < 128 }.count > 200)
    }
}
