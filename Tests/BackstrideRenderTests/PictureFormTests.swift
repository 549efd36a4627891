@testable import BackstrideRender
import BackstrideCore
import CCairo
import Foundation
import Testing

/// Pictures are written once per worker as PDF forms and put into each handout in place of a stand-in
/// (`PictureForm`, `PictureSplice`). The handout must print the same pictures, in the same places, as one painted
/// straight, and stay a sound PDF.
@Suite struct PictureFormTests {
    @Test func everyPictureOfAHandoutIsPutInAsItsForm() throws {
        let renderer = try Renderer()
        let sam = try RenderTestSupport.handout(try RenderTestSupport.example("sam-rivera.yaml"), renderer: renderer)
        let pictures = sam.pages.reduce(0) { $0 + $1.items.filter { if case .diagram = $0 { true } else { false } }.count }
        #expect(pictures >= 6)
        #expect(renderer.painter.picturesPaintedStraight == 0)
        let forms = Self.forms(sam.pdf)
        #expect(forms.count == pictures, "one form for each picture")
        #expect(try PDFTools.qpdfCheck(sam.pdf).status == 0)
    }

    /// The exercise pages look as they do painted straight: a picture swapped with another, moved or left as its
    /// stand-in would change thousands of pixels; forms differ from straight paint only in rounding at edges.
    @Test(arguments: ["sam-rivera.yaml", "jordan-self-guided.yaml"])
    func pagesLookAsPaintedStraight(_ example: String) throws {
        let renderer = try Renderer()
        let handout = try RenderTestSupport.handout(try RenderTestSupport.example(example), renderer: renderer)
        try Self.expectSameLook(handout.pdf, try Self.paintedStraight(handout.pages, renderer), pages: handout.pages.count, example)
    }

    /// Every picture of the library, in the catalogue.
    @Test func theCatalogueKeepsEveryPictureAsAFormAndLooksAsPaintedStraight() throws {
        let renderer = try Renderer()
        let library = try RenderTestSupport.library()
        let pdf = try renderer.catalogue(library, size: .letter, date: RenderTestSupport.today)
        #expect(renderer.painter.picturesPaintedStraight == 0)
        #expect(Self.forms(pdf).count == library.exercises.count)
        #expect(try PDFTools.qpdfCheck(pdf).status == 0)
        let pages = CatalogueLayout(engine: renderer.engine, size: .letter).pages(library)
        try Self.expectSameLook(pdf, try Self.paintedStraight(pages, renderer), pages: pages.count, "catalogue")
    }

    private static func expectSameLook(_ kept: [UInt8], _ straight: [UInt8], pages: Int, _ name: String) throws {
        #expect(straight != kept)
        let a = try gray(kept), b = try gray(straight)
        #expect(a.count == pages && b.count == pages)
        for (index, (x, y)) in zip(a, b).enumerated() {
            #expect(x.count == y.count)
            let far = zip(x, y).filter { abs(Int($0) - Int($1)) > 40 }.count
            #expect(far <= x.count / 2000, "\(name) page \(index + 1): \(far) pixels differ")
        }
    }

    /// Reading cairo's file and writing it back with nothing replaced gives the same bytes.
    @Test func aFileWrittenBackUnchangedIsTheSame() throws {
        let renderer = try Renderer()
        let handout = try RenderTestSupport.handout(try RenderTestSupport.example("sam-rivera.yaml"), renderer: renderer)
        for pdf in [handout.pdf, try Self.paintedStraight(handout.pages, renderer)] {
            let file = try #require(CairoPDFFile(pdf))
            #expect(file.replacing([:]) == pdf)
        }
        #expect(CairoPDFFile(Array(handout.pdf.dropLast(3))) == nil, "a cut file is not read")
    }

    /// Any surprise in the stand-ins gives nothing back, so the painter paints the pictures straight instead.
    @Test func standInsThatAreNotAsExpectedAreRefused() throws {
        let library = try RenderTestSupport.library()
        let frame = Rect(x: 50, y: 60, width: 220, height: 120)
        let pose = try #require(library["squat"]).pose
        let squat = try #require(PictureForm.make(DiagramDrawing(pose, in: frame.atCorner).marks, width: frame.width, height: frame.height))
        let document = try PDFDocument(size: .a4, metadata: PDFMetadata(title: "t", author: "a", subject: "s", date: RenderTestSupport.today))
        // Some text first: cairo 1.16 refuses a document whose structure tag holds no marked content.
        cairo_move_to(document.cr, 50, 40)
        cairo_show_text(document.cr, "Squat")
        squat.paintStandIn(at: frame, cr: document.cr)
        let bytes = try document.finish()
        #expect(PictureSplice.apply(bytes, placed: [squat]) != nil)
        #expect(PictureSplice.apply(bytes, placed: []) == nil, "a stand-in with no picture")
        #expect(PictureSplice.apply(bytes, placed: [squat, squat]) == nil, "a picture with no stand-in")
        let wide = Rect(x: 0, y: 0, width: 300, height: 120)
        let wider = try #require(PictureForm.make(DiagramDrawing(pose, in: wide).marks, width: wide.width, height: wide.height))
        #expect(PictureSplice.apply(bytes, placed: [wider]) == nil, "another box")
    }

    @Test func aFormIsTheSameWhicheverThreadMadeIt() throws {
        let library = try RenderTestSupport.library()
        let frames = library.exercises.indices.map { Rect(x: 30, y: 200 + Double($0), width: 220, height: 120) }
        let page = LaidOutPage(size: .a4, items: zip(library.exercises, frames).map { .diagram($0.pose, frame: $1) })
        let ahead = DiagramMemo(), inPlace = DiagramMemo()
        ahead.prepare([page], forms: true)
        for (exercise, frame) in zip(library.exercises, frames) {
            let a = try #require(ahead.form(exercise.pose, in: frame), "\(exercise.id) has no form")
            let b = try #require(inPlace.form(exercise.pose, in: frame))
            #expect(a.stream == b.stream && a.standInStream == b.standInStream, "\(exercise.id)")
        }
    }

    /// A stream painted through a scratch file (the weekly pack) writes what a handout in memory does.
    @Test func aStreamThroughAScratchFileIsTheSameFile() throws {
        let renderer = try Renderer()
        let handout = try RenderTestSupport.handout(try RenderTestSupport.example("sam-rivera.yaml"), renderer: renderer)
        let metadata = PDFMetadata(title: "t", author: "a", subject: "s", date: RenderTestSupport.today)
        let inMemory = try renderer.pdf(handout.pages, metadata: metadata)
        let scratch = try Self.scratchFile()
        defer { close(scratch) }
        var streamed: [UInt8] = []
        let stream = try renderer.pageStream(size: handout.pages[0].size, metadata: metadata, scratch: scratch) { chunk in
            streamed.append(contentsOf: chunk)
            return true
        }
        try stream.add(Array(handout.pages.prefix(9)))
        try stream.add(Array(handout.pages.dropFirst(9)))
        #expect(try stream.finish().isEmpty)
        #expect(streamed == inMemory)
        #expect(Self.forms(streamed).count > 0)
    }

    /// From a file too, a surprise is refused before a byte is passed on.
    @Test func aFileWhoseStandInsAreNotAsExpectedIsRefusedBeforeWriting() throws {
        let renderer = try Renderer(fonts: nil, pictures: DiagramMemo())
        let handout = try RenderTestSupport.handout(try RenderTestSupport.example("sam-rivera.yaml"), renderer: renderer)
        let straight = try Self.paintedStraight(handout.pages, renderer)
        let scratch = try Self.scratchFile()
        defer { close(scratch) }
        #expect(straight.withUnsafeBytes { write(scratch, $0.baseAddress, $0.count) } == straight.count)
        var passed = 0
        let library = try RenderTestSupport.library()
        let pose = try #require(library["squat"]).pose
        let squat = try #require(PictureForm.make(DiagramDrawing(pose, in: Rect(x: 0, y: 0, width: 200, height: 100)).marks, width: 200, height: 100))
        let outcome = PictureSplice.copy(PDFFileSource(descriptor: scratch, count: straight.count), placed: [squat]) { passed += $0.count; return true }
        #expect(outcome == .refused && passed == 0)
        let unchanged = PictureSplice.copy(PDFFileSource(descriptor: scratch, count: straight.count), placed: []) { passed += $0.count; return true }
        #expect(unchanged == .done && passed == straight.count, "no pictures to put in: the file as it was")
    }

    private static func forms(_ pdf: [UInt8]) -> [CairoFormObject] {
        let whole = PDFBytes(pdf)
        guard let file = CairoPDFFile(whole) else { return [] }
        return file.objects.compactMap { CairoFormObject(whole.all, $0) }
    }

    private static func scratchFile() throws -> Int32 {
        let path = NSTemporaryDirectory() + "backstride-scratch-\(UUID().uuidString)"
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL, 0o600)
        try #require(descriptor >= 0)
        unlink(path)
        return descriptor
    }

    private static func paintedStraight(_ pages: [LaidOutPage], _ renderer: Renderer) throws -> [UInt8] {
        let stream = try PagePainter.PageStream(painter: renderer.painter, size: pages[0].size,
                                                metadata: PDFMetadata(title: "t", author: "a", subject: "s", date: RenderTestSupport.today),
                                                output: nil, keepsForms: false)
        try stream.add(pages)
        return try stream.finish()
    }

    /// Each page as 8-bit gray pixels at 50 dpi, as poppler draws it.
    private static func gray(_ pdf: [UInt8]) throws -> [[UInt8]] {
        let folder = NSTemporaryDirectory() + "backstride-gray-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try PDFTools.withFile(pdf) { path in
            let run = try PDFTools.run("pdftoppm", ["-r", "50", "-gray", path, folder + "/p"])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        return try names.map { name in
            // A PGM file: "P5\n<width> <height>\n255\n" then one byte a pixel.
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
            var newlines = 0, start = 0
            for (i, byte) in bytes.enumerated() where byte == 10 {
                newlines += 1
                if newlines == 3 { start = i + 1; break }
            }
            return Array(bytes[start...])
        }
    }
}

private extension Rect {
    var atCorner: Rect { Rect(x: 0, y: 0, width: width, height: height) }
}
