@testable import BackstrideCore
import Foundation
import Testing

/// The cache folder keeps each kind of entry for the current build and a few before it, and nothing else goes.
@Suite struct CacheFolderTests {
    @Test func olderBuildsEntriesGoAllButTheNewest() throws {
        let folder = NSTemporaryDirectory() + "backstride-cache-" + UUID().uuidString
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? manager.removeItem(atPath: folder) }
        // Six older builds' folders, a day apart, the current one, and another kind of entry.
        for (age, name) in ["pictures-a", "pictures-b", "pictures-c", "pictures-d", "pictures-e", "pictures-f"].enumerated() {
            try manager.createDirectory(atPath: folder + "/" + name, withIntermediateDirectories: false)
            try manager.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_700_000_000 - Double(age) * 86_400)],
                                      ofItemAtPath: folder + "/" + name)
        }
        try manager.createDirectory(atPath: folder + "/pictures-now", withIntermediateDirectories: false)
        try manager.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_600_000_000)], ofItemAtPath: folder + "/pictures-now")
        try Data([1]).write(to: URL(fileURLWithPath: folder + "/poses-old.bin"))
        CacheFolder.pruneOlder(in: folder, prefix: "pictures-", current: "pictures-now", kept: 4)
        let left = try manager.contentsOfDirectory(atPath: folder).sorted()
        #expect(left == ["pictures-a", "pictures-b", "pictures-c", "pictures-now", "poses-old.bin"])
    }

    @Test func stampsAreStableAndTellPartsApart() {
        #expect(CacheFolder.stamp(["a", "b"]) == CacheFolder.stamp(["a", "b"]))
        #expect(CacheFolder.stamp(["ab"]) != CacheFolder.stamp(["a", "b"]))
        #expect(CacheFolder.stamp(["a"]).count == 16)
    }
}
