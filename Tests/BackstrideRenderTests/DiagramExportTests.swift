@testable import BackstrideRender
import Foundation
import Testing

/// `backstride exercises --diagrams DIR`: every picture alone, at print size, for blind review and the web.
@Suite(.serialized) struct DiagramExportTests {
    @Test func everyPictureIsWrittenAloneAtPrintSize() throws {
        let cli = CommandLineTests()
        let parent = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        // The folder itself is created.
        let folder = parent.appendingPathComponent("pictures")
        let result = try cli.run(["exercises", "--diagrams", folder.path, "--dpi", "100"])
        #expect(result.status == 0, "\(result.stderr)")
        let library = try RenderTestSupport.library()
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == library.exercises.map { "\($0.id).png" }.sorted(), "one PNG per exercise and nothing else: \(files)")
        let box = DiagramDrawing.box(cardWidth: PageSize.a4.width - 2 * Typography.standard.margin)
        let squat = try PNGImage.gray(Array(try Data(contentsOf: folder.appendingPathComponent("squat.png"))))
        // The card's picture box plus a small margin, at 100 dpi.
        #expect(abs(Double(squat.width) - (box.width + 8) * 100 / 72) <= 1 && abs(Double(squat.height) - (box.height + 8) * 100 / 72) <= 1)
        #expect(squat.pixels.filter { $0 < 128 }.count > 1000, "the picture is drawn")
        // Nothing but the picture: the same pixels as drawing the pose alone.
        let alone = try PNGImage.gray(try PNGImage.cardDiagram(try #require(library["squat"]).pose, dpi: 100))
        #expect(squat.difference(from: alone, threshold: 0) == 0)
    }

    @Test func aBadResolutionIsAUsageError() throws {
        #expect(try CommandLineTests().run(["exercises", "--diagrams", "/tmp/unused", "--dpi", "5"]).status == 64)
    }
}
