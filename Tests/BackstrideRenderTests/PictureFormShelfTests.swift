@testable import BackstrideRender
import BackstrideCore
import Foundation
import Testing

/// Picture forms kept on disk by one run and used by the next must give the very file a run without them writes, and a
/// damaged or foreign kept file must only cost the time to make the picture again.
@Suite struct PictureFormShelfTests {
    @Test func aHandoutFromKeptFormsIsTheSameFile() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sam = try RenderTestSupport.example("sam-rivera.yaml")
        let without = try Self.handout(sam, DiagramMemo())
        let filling = try Self.handout(sam, DiagramMemo(shelf: PictureFormShelf(folder: folder)))
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(kept.count >= 6, "Sam's cards have at least six pictures; \(kept.count) were kept")
        let fromShelf = try Self.handout(sam, DiagramMemo(shelf: PictureFormShelf(folder: folder)))
        // Compared as a truth, so a failure does not print two files' bytes.
        let fillingSame = filling == without, fromShelfSame = fromShelf == without
        #expect(fillingSame, "a run that fills the shelf wrote other bytes")
        #expect(fromShelfSame, "a run that takes its pictures from the shelf wrote other bytes")
    }

    @Test func aDamagedOrForeignKeptFileIsPassedOver() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sam = try RenderTestSupport.example("sam-rivera.yaml")
        let without = try Self.handout(sam, DiagramMemo())
        _ = try Self.handout(sam, DiagramMemo(shelf: PictureFormShelf(folder: folder)))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let files = try names.map { try #require(FileManager.default.contents(atPath: folder + "/" + $0)) }
        // One file with a byte of its stream flipped, one cut short, and the rest swapped round (each another's picture).
        var flipped = Array(files[0])
        flipped[flipped.count / 2] ^= 0x20
        try Data(flipped).write(to: URL(fileURLWithPath: folder + "/" + names[0]))
        try files[1].prefix(files[1].count - 3).write(to: URL(fileURLWithPath: folder + "/" + names[1]))
        for (index, name) in names.enumerated().dropFirst(2) {
            let other = files[2 + (index - 1) % (files.count - 2)]
            try other.write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        let afterDamage = try Self.handout(sam, DiagramMemo(shelf: PictureFormShelf(folder: folder)))
        let same = afterDamage == without
        #expect(same, "a damaged shelf changed the handout")
    }

    @Test func aFormReadsBackExactlyAndOnlyForItsOwnPicture() throws {
        let library = try RenderTestSupport.library()
        let pose = try #require(library["bird_dog"]).pose
        let marks = DiagramDrawing(pose, in: Rect(x: 0, y: 0, width: 220, height: 120)).marks
        let form = try #require(PictureForm.make(marks, width: 220, height: 120))
        let key = try #require(PictureFormShelf.key(pose, width: 220, height: 120))
        let file = PictureFormCodec.encode(form, key: key)
        let back = try #require(PictureFormCodec.decode(file, key: key))
        let same = back.stream == form.stream && back.standInStream == form.standInStream && back.shape == form.shape
            && back.resources == form.resources
        #expect(same, "the form read back differs from the one kept")
        #expect([back.box.x, back.box.y, back.box.width, back.box.height] == [form.box.x, form.box.y, form.box.width, form.box.height])
        #expect(PictureFormCodec.decode(file, key: try #require(PictureFormShelf.key(pose, width: 220, height: 121))) == nil,
                "a form kept for another size was taken")
        #expect(PictureFormShelf.key(try #require(library["plank"]).pose, width: 220, height: 120) != key)
        #expect(PictureFormCodec.decode(Array(file.dropLast()), key: key) == nil)
        #expect(PictureFormCodec.decode(file + [0], key: key) == nil)
    }

    /// Kept forms belong to this program, cairo and zlib: a map without either library gives no shelf at all.
    @Test func theShelfIsNamedByTheBuildsThatWriteTheBytes() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["libcairo.so.2", "libz.so.1"] { try Data([1]).write(to: URL(fileURLWithPath: folder + "/" + name)) }
        let cairo = "7f00-7f10 r--p 00000000 fe:00 1        \(folder)/libcairo.so.2"
        let zlib = "7f20-7f30 r--p 00000000 fe:00 2        \(folder)/libz.so.1"
        let both = try #require(PictureFormShelf.buildIdentities(maps: [cairo, zlib].joined(separator: "\n")))
        #expect(both.count == 3)
        #expect(both[1].hasPrefix(folder + "/libcairo.so.2|1|"))
        #expect(both[2].hasPrefix(folder + "/libz.so.1|1|"))
        #expect(PictureFormShelf.buildIdentities(maps: cairo) == nil)
        #expect(PictureFormShelf.buildIdentities(maps: zlib) == nil)
        #expect(PictureFormShelf.buildIdentities(maps: nil) == nil)
        // This test process has both loaded.
        #expect(PictureFormShelf.buildIdentities()?.count == 3)
    }

    private static func handout(_ profile: ClientProfile, _ memo: DiagramMemo) throws -> [UInt8] {
        try RenderTestSupport.handout(profile, renderer: try Renderer(fonts: nil, pictures: memo)).pdf
    }

    private static func emptyFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "backstride-shelf-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}
