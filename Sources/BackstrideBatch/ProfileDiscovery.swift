import Foundation

/// Turns the command line's files and folders into the profiles to process, recursing into folders.
///
/// Nothing is skipped in silence: a folder that cannot be listed, or an argument that does not exist, comes back
/// as a problem that the batch reports and lists as a failed row in its manifest.
public enum ProfileDiscovery {
    public struct Found: Sendable {
        public var profiles: [String]
        /// Arguments and folders that could not be read, with why.
        public var problems: [InputFiles.Unreadable]
    }

    /// - Parameter list: how a folder's names are read (a test can make one fail).
    public static func find(_ arguments: [String], list: @escaping (String) throws -> [String] = FolderFiles.entries) -> Found {
        var walk = Walk(list: list)
        for argument in arguments {
            var info = stat()
            guard stat(argument, &info) == 0 else {
                walk.problems.append(.init(path: argument, reason: InputFiles.reason(errno)))
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                walk.folder(argument, info)
            } else {
                // Named on the command line: read even without a .yaml ending; the reader refuses what is not a file.
                walk.profiles.append(argument)
            }
        }
        var seen = Set<String>()
        let unique = walk.profiles.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
        return Found(profiles: unique, problems: walk.problems)
    }

    /// A depth-first walk in name order that visits each real folder once, so a link back up cannot loop.
    struct Walk {
        let list: (String) throws -> [String]
        var profiles: [String] = []
        var problems: [InputFiles.Unreadable] = []
        var visited = Set<[UInt64]>()

        mutating func folder(_ path: String, _ info: stat) {
            guard visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { return }
            let names: [String]
            do { names = try list(path).sorted() } catch {
                problems.append(error as? InputFiles.Unreadable ?? .init(path: path, reason: "\(error)"))
                return
            }
            for name in names where !name.hasPrefix(".") {
                let child = (path as NSString).appendingPathComponent(name)
                var childInfo = stat()
                let isProfile = name.hasSuffix(".yaml") || name.hasSuffix(".yml")
                guard stat(child, &childInfo) == 0 else {
                    // A dangling link that is not a profile is not ours to report; anything else unreadable is.
                    if isProfile || errno != ENOENT { problems.append(.init(path: child, reason: InputFiles.reason(errno))) }
                    continue
                }
                if childInfo.st_mode & S_IFMT == S_IFDIR {
                    folder(child, childInfo)
                } else if isProfile {
                    profiles.append(child)
                }
            }
        }
    }
}
