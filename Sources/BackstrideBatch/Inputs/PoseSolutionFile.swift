import BackstrideCore
import Foundation

/// Keeps the library's solved poses on disk between runs, the way fontconfig keeps its font cache, so a command
/// that loads the library does not solve ~90 frames again on every start (a cold handout spent most of its time there).
///
/// The file is in the cache folder (`CacheFolder`). Each build of the program has its own file (named from the executable's size
/// and time), so a changed solver never reads another build's answers; the newest few files are kept.
/// A missing, unreadable or damaged file only means solving again: the cache never changes what is printed.
public enum PoseSolutionFile {
    static let filesKept = 4

    /// Reads the file into the process's solutions, once.
    public static func load(into solutions: PoseSolutions = .shared) {
        loaded.lock.withLock {
            guard !loaded.done else { return }
            loaded.done = true
            guard let path = path(), let data = FileManager.default.contents(atPath: path),
                  let known = PoseSolutionCodec.decode(Array(data)) else { return }
            solutions.remember(known)
        }
    }

    /// Writes the solutions back when this process solved any the file did not have.
    public static func save(from solutions: PoseSolutions = .shared) {
        let (all, solvedSince) = solutions.takeSnapshot()
        guard solvedSince > 0, let path = path(), let folder = folder() else { return }
        guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])) != nil else { return }
        try? Data(PoseSolutionCodec.encode(all)).write(to: URL(fileURLWithPath: path), options: .atomic)
        CacheFolder.pruneOlder(in: folder, prefix: "poses-", current: (path as NSString).lastPathComponent, kept: filesKept)
    }

    private final class Once: @unchecked Sendable {
        let lock = NSLock()
        var done = false
    }
    private static let loaded = Once()

    static func folder() -> String? { CacheFolder.path() }

    /// The file for this build of the program: named from the executable's path, size and modification time.
    static func path() -> String? {
        guard let folder = folder(), let executable = Bundle.main.executablePath, let identity = CacheFolder.identity(executable)
        else { return nil }
        return folder + "/poses-\(CacheFolder.stamp([identity])).bin"
    }
}
