import BackstrideBatch
import BackstrideCore
import Foundation

/// The clinic's folder of profiles, as the web app reads and writes it.
///
/// A client is addressed by the name of their file, and a name from a request is only ever compared with the
/// folder's own listing: it never becomes a path. Files are read through `FolderFiles` (a link may point inside
/// the folder, never out of it) and written through `OutputFolder` (whole files, never through a link). Saving keeps
/// the file as it was in `.history/<name>.<n>.yaml` first, so a hand-edited file with comments is never lost, and
/// refuses when the file changed since the form was opened, so two people saving one client never lose an edit.
public final class ClientFolder: @unchecked Sendable {
    public let path: String
    private let lock = NSLock()
    static let historyFolder = ".history"

    public init(_ path: String) throws {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw InputFiles.Unreadable(path: path, reason: "no such folder", hint: "create it, or name another with --clients")
        }
        self.path = path
    }

    /// Profile file names in the folder (`*.yaml`, `*.yml`), sorted; hidden files are left out.
    public func names() throws -> [String] {
        try FolderFiles.list(path, suffixes: [".yaml", ".yml"])
    }

    /// The file of that name, if the folder lists it.
    public func find(_ requested: String) -> String? {
        (try? names())?.first { $0 == requested }
    }

    public struct Missing: Error, Sendable {}

    /// The bytes of a listed profile (within the profile size limit).
    public func read(_ name: String) throws -> [UInt8] {
        guard let listed = find(name) else { throw Missing() }
        return try FolderFiles.read(listed, in: path, limit: .profile)
    }

    /// A digest of a file's bytes: what the form carries to notice that someone else saved in between.
    public static func version(_ bytes: [UInt8]) -> String {
        var digest = InputDigest()
        digest.add(bytes)
        return digest.hex
    }

    /// The file changed since the form was opened.
    public struct Changed: Error, Sendable {
        public let current: String
    }

    /// A new client's file name is taken.
    public struct Taken: Error, Sendable {
        public let name: String
    }

    /// Saves `bytes` as the existing file `name`, when it is still at `version`, keeping what it was in the history.
    public func save(_ bytes: [UInt8], replacing name: String, version: String) throws {
        try exclusive { folder in
            let old = try read(name)
            guard Self.version(old) == version else { throw Changed(current: Self.version(old)) }
            if old == bytes { return }
            try folder.write(old, to: Self.historyFolder + "/" + historyName(for: name, in: folder))
            try folder.write(bytes, to: name)
        }
    }

    /// Saves a new client's file as `<stem>.yaml`; refuses when a file (or anything) has that name.
    public func create(_ bytes: [UInt8], stem: String) throws -> String {
        let name = SafeName.stem(stem) + ".yaml"
        try exclusive { folder in
            if folder.exists(name) || folder.exists(String(name.dropLast(5)) + ".yml") { throw Taken(name: name) }
            try folder.write(bytes, to: name)
        }
        return name
    }

    /// Earlier versions of a file, oldest first.
    public func history(of name: String) -> [String] {
        let prefix = name + "."
        return ((try? FolderFiles.entries(path + "/" + Self.historyFolder)) ?? [])
            .filter { $0.hasPrefix(prefix) && $0.hasSuffix(".yaml") }
            .sorted { number($0, prefix) < number($1, prefix) }
    }

    private func historyName(for name: String, in folder: OutputFolder) -> String {
        let prefix = name + "."
        let next = (history(of: name).map { number($0, prefix) }.max() ?? 0) + 1
        return "\(prefix)\(next).yaml"
    }

    private func number(_ entry: String, _ prefix: String) -> Int {
        Int(entry.dropFirst(prefix.count).dropLast(5)) ?? 0
    }

    /// One save at a time in this process, and none while another program holds the folder's lock.
    private func exclusive(_ body: (OutputFolder) throws -> Void) throws {
        try lock.withLock {
            let folder = try OutputFolder(path, create: false)
            try folder.lock()
            try body(folder)
        }
    }
}
