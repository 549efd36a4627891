import Foundation

/// The files of a data folder a clinic can supply (templates, an exercise library), read only from inside it.
///
/// A template that is a link to /etc/shadow would print the password hashes into a handout: a link may point
/// to another file in the same folder, never out of it.
public enum FolderFiles {
    /// Names in `folder` ending with one of `suffixes`, sorted. Hidden files are left out.
    public static func list(_ folder: String, suffixes: [String]) throws -> [String] {
        var info = stat()
        guard stat(folder, &info) == 0 else { throw InputFiles.Unreadable(path: folder, reason: InputFiles.reason(errno)) }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw InputFiles.Unreadable(path: folder, reason: "it is a file, not a folder", hint: "give the folder that holds the files")
        }
        return try entries(folder).filter { name in !name.hasPrefix(".") && suffixes.contains { name.hasSuffix($0) } }.sorted()
    }

    /// Reads `name` in `folder` as a regular file no larger than `limit`.
    public static func read(_ name: String, in folder: String, limit: InputFiles.Limit) throws -> [UInt8] {
        let path = (folder as NSString).appendingPathComponent(name)
        var info = stat()
        guard lstat(path, &info) == 0 else { throw InputFiles.Unreadable(path: path, reason: InputFiles.reason(errno)) }
        guard info.st_mode & S_IFMT == S_IFLNK else { return try InputFiles.read(path, limit: limit) }
        guard let target = realPath(path) else { throw InputFiles.Unreadable(path: path, reason: InputFiles.reason(errno)) }
        guard let home = realPath(folder), target.hasPrefix(home + "/") else {
            throw InputFiles.Unreadable(path: path, reason: "it is a link to \(target), outside \(folder)",
                                        hint: "copy the file into the folder instead of linking to it")
        }
        return try InputFiles.read(target, limit: limit)
    }

    /// Every name in a folder, or why it cannot be listed.
    public static func entries(_ folder: String) throws -> [String] {
        guard let dir = opendir(folder) else {
            throw InputFiles.Unreadable(path: folder, reason: "cannot list the folder: \(InputFiles.reason(errno))")
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
