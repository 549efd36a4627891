import BackstrideCore
import Foundation

/// Picture forms kept on disk between runs, one small file per picture, so a batch or a single handout does not work
/// out and compress again the pictures the last run already made (a batch spent its first fifth of a second on them).
///
/// The files are in the cache folder (`CacheFolder`), in a folder per build of the program and of the cairo and zlib
/// it runs with: a form is the bytes cairo wrote, and a new build of any of them may write other bytes for the same
/// picture. Each file holds the picture's whole key and a checksum; a file that does not read back whole, or is for
/// another picture, is passed over and the picture made again. The cache never changes what is printed.
final class PictureFormShelf: Sendable {
    let folder: String
    static let foldersKept = 4

    init(folder: String) {
        self.folder = folder
    }

    /// The shelf in the cache folder for this program, cairo and zlib; nil when caching is off or a build is unknown.
    static let standard: PictureFormShelf? = {
        guard let cache = CacheFolder.path(), let builds = buildIdentities() else { return nil }
        return PictureFormShelf(folder: cache + "/pictures-" + CacheFolder.stamp(builds))
    }()

    /// The key of a picture: everything its form depends on (the pose with where it is solved, and the frame's size).
    static func key(_ pose: Pose, width: Double, height: Double) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let json = try? encoder.encode(pose) else { return nil }
        return "\(width.bitPattern) \(height.bitPattern) " + String(decoding: json, as: UTF8.self)
    }

    func form(_ key: String) -> PictureForm? {
        guard let data = FileManager.default.contents(atPath: path(key)) else { return nil }
        return PictureFormCodec.decode(Array(data), key: key)
    }

    /// Keeps a form just made. Written whole or not at all, so another process never reads half a file.
    func keep(_ form: PictureForm, _ key: String) {
        let manager = FileManager.default
        if !manager.fileExists(atPath: folder) {
            guard (try? manager.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])) != nil else { return }
            CacheFolder.pruneOlder(in: (folder as NSString).deletingLastPathComponent, prefix: "pictures-",
                                   current: (folder as NSString).lastPathComponent, kept: Self.foldersKept)
        }
        try? Data(PictureFormCodec.encode(form, key: key)).write(to: URL(fileURLWithPath: path(key)), options: .atomic)
    }

    private func path(_ key: String) -> String {
        folder + "/" + CacheFolder.stamp([key]) + ".form"
    }

    /// The program's file and the cairo and zlib libraries this process has loaded, each by path, size and time.
    static func buildIdentities(maps: String? = loadedFiles()) -> [String]? {
        guard let executable = Bundle.main.executablePath, let program = CacheFolder.identity(executable), let maps
        else { return nil }
        var identities = [program]
        for library in ["/libcairo.so", "/libz.so"] {
            let line = maps.split(separator: "\n").first { $0.contains(library) && $0.contains(" /") }
            guard let line, let start = line.firstIndex(of: "/"),
                  let identity = CacheFolder.identity(String(line[start...])) else { return nil }
            identities.append(identity)
        }
        return identities
    }

    /// The process's memory map. Read to its end: a read of the whole file's size stops at the first page here.
    private static func loadedFiles() -> String? {
        guard let handle = FileHandle(forReadingAtPath: "/proc/self/maps"), let data = try? handle.readToEnd() else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
