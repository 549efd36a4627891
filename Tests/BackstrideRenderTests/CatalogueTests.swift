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
        // The introduction says how to read the two frames.
        #expect(text.contains("Left, or top: where you start."))
        let pages = Int(try PDFTools.info(pdf)["Pages"] ?? "0") ?? 0
        #expect(pages >= 8 && pages <= 24)
    }

    @Test func letterPaperIsLetterSized() throws {
        let pdf = try Renderer().catalogue(try RenderTestSupport.library(), size: .letter, date: RenderTestSupport.today)
        #expect(try PDFTools.info(pdf)["Page size"]?.hasPrefix("612 x 792") == true)
    }
}
