import Foundation

/// An output folder, opened once and written only through its descriptor.
///
/// Every file is written whole or not at all: a hidden temporary file beside the target, then a rename, so a
/// run killed mid-write leaves at most a temporary file, never a truncated PDF. Nothing is written through a
/// symbolic link inside the folder (a `week-<monday>` link would send a clinic's handouts somewhere else):
/// subfolders are opened with O_NOFOLLOW and refused when they are links. The folder named on the command line
/// may itself be a link; that is the user's choice.
public final class OutputFolder: @unchecked Sendable {
    /// The folder as the user named it, for messages.
    public let path: String
    private let fd: Int32
    private var lockFD: Int32 = -1

    static let temporaryMarker = ".backstride-tmp-"
    /// The lock file every writer of the folder holds while it writes.
    public static let lockName = ".backstride.lock"

    /// Opens `path`, creating the folder itself (never its parents) when it does not exist.
    public init(_ path: String, create: Bool = true) throws {
        self.path = path
        if create, mkdir(path, 0o777) != 0, errno != EEXIST {
            let parent = (path as NSString).deletingLastPathComponent
            let reason = errno == ENOENT ? "its parent folder \(parent.isEmpty ? "." : parent) does not exist" : InputFiles.reason(errno)
            throw OutputFiles.CannotWrite(path: path, reason: reason, hint: errno == ENOENT ? "create the parent folder first, or choose another -o" : nil)
        }
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else {
            let reason = errno == ENOTDIR ? "it is a file, not a folder" : InputFiles.reason(errno)
            throw OutputFiles.CannotWrite(path: path, reason: reason, hint: errno == ENOTDIR ? "-o names the folder to write into" : nil)
        }
        self.fd = fd
    }

    deinit {
        if lockFD >= 0 { close(lockFD) }
        close(fd)
    }

    /// Another run already holds the folder.
    public struct Busy: Error, CustomStringConvertible, Sendable {
        public let path: String
        public var description: String {
            "\(path): error: another batch is writing to \(path)\n  hint: wait for it to finish, or write to another folder with -o"
        }
    }

    /// Takes the folder for this run: an exclusive lock on its lock file, held until the folder is released.
    /// A second run does not wait: it stops at once with `Busy` (exit 75), so a stuck run never hangs a script.
    public func lock() throws {
        guard lockFD < 0 else { return }
        let lock = openat(fd, Self.lockName, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard lock >= 0 else { throw OutputFiles.CannotWrite(path: child(Self.lockName), reason: InputFiles.reason(errno)) }
        guard flock(lock, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let reason = InputFiles.reason(errno)
            close(lock)
            if busy { throw Busy(path: path) }
            throw OutputFiles.CannotWrite(path: child(Self.lockName), reason: reason)
        }
        lockFD = lock
    }

    /// Writes `bytes` to `relative` (`name` or `subfolder/name`), creating the subfolder when needed.
    public func write(_ bytes: [UInt8], to relative: String) throws {
        try write([(relative, bytes)])
    }

    /// Writes several files as nearly together as a file system allows: every temporary file first, then the
    /// renames, so a full disk leaves all of them as they were rather than one new and one old (manifest.json
    /// and manifest.csv).
    public func write(_ files: [(relative: String, bytes: [UInt8])]) throws {
        var staged: [(relative: String, temporary: String)] = []
        defer { for s in staged { _ = try? withFolder(of: s.relative, create: false) { dir, _ in unlinkat(dir, s.temporary, 0) } } }
        for file in files {
            let temporary = try withFolder(of: file.relative, create: true) { dir, name in
                try Self.stage(file.bytes, named: name, in: dir, shownAs: child(file.relative))
            }
            staged.append((file.relative, temporary!))
        }
        for s in staged {
            try withFolder(of: s.relative, create: false) { dir, name in
                guard renameat(dir, s.temporary, dir, name) == 0 else {
                    throw OutputFiles.CannotWrite(path: child(s.relative), reason: Self.writeReason(errno))
                }
            }
        }
        staged.removeAll()
    }

    /// Writes `relative` from bytes that come in pieces (`produce` calls its argument with each), through a hidden
    /// temporary file renamed into place at the end: a long file is never held in memory, and never seen half written.
    public func writeStreaming(to relative: String, _ produce: (_ append: @escaping (UnsafeBufferPointer<UInt8>) -> Bool) throws -> Void) throws -> Int {
        let shown = child(relative)
        var written = 0
        try withFolder(of: relative, create: true) { dir, name in
            let temporary = "\(Self.temporaryMarker)\(getpid())-\(UUID().uuidString)-\(name)"
            let file = openat(dir, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard file >= 0 else { throw OutputFiles.CannotWrite(path: shown, reason: Self.writeReason(errno)) }
            var failure: Int32 = 0
            var closed = false
            defer {
                if !closed { close(file) }
                if failure != 0 || !closed { unlinkat(dir, temporary, 0) }
            }
            let append: (UnsafeBufferPointer<UInt8>) -> Bool = { chunk in
                guard failure == 0, let base = chunk.baseAddress else { return failure == 0 }
                var offset = 0
                while offset < chunk.count {
                    let n = Foundation.write(file, base + offset, chunk.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return false
                    }
                    offset += n
                }
                written += chunk.count
                return true
            }
            do {
                try produce(append)
            } catch {
                // A full disk shows first as the painter's write error: say what really happened.
                if failure != 0 { throw OutputFiles.CannotWrite(path: shown, reason: Self.writeReason(failure)) }
                throw error
            }
            closed = true
            if close(file) != 0, failure == 0 { failure = errno }
            if failure != 0 { throw OutputFiles.CannotWrite(path: shown, reason: Self.writeReason(failure)) }
            guard renameat(dir, temporary, dir, name) == 0 else {
                failure = errno
                throw OutputFiles.CannotWrite(path: shown, reason: Self.writeReason(failure))
            }
        }
        return written
    }

    /// Runs `body` with a file for working bytes beside `relative`, open for reading and writing, on the same disk as
    /// the output rather than in a /tmp that may be memory. It has no name (removed as soon as opened), so nothing is
    /// left behind whatever happens.
    public func withScratchFile<T>(beside relative: String, _ body: (Int32) throws -> T) throws -> T {
        let shown = child(relative)
        return try withFolder(of: relative, create: true) { dir, name in
            let scratch = "\(Self.temporaryMarker)\(getpid())-\(UUID().uuidString)-scratch-\(name)"
            let file = openat(dir, scratch, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            guard file >= 0 else { throw OutputFiles.CannotWrite(path: shown, reason: Self.writeReason(errno)) }
            defer { close(file) }
            unlinkat(dir, scratch, 0)
            return try body(file)
        }!
    }

    /// Writes a hidden temporary file beside `name` and returns its name.
    private static func stage(_ bytes: [UInt8], named name: String, in dir: Int32, shownAs path: String) throws -> String {
        let temporary = "\(temporaryMarker)\(getpid())-\(UUID().uuidString)-\(name)"
        let file = openat(dir, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard file >= 0 else { throw OutputFiles.CannotWrite(path: path, reason: writeReason(errno)) }
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(file, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += n
            }
        }
        if close(file) != 0, failure == 0 { failure = errno }
        if failure != 0 {
            unlinkat(dir, temporary, 0)
            throw OutputFiles.CannotWrite(path: path, reason: writeReason(failure))
        }
        return temporary
    }

    /// Creates `name` in the folder if needed and checks it is a real folder (not a link, not a file).
    public func prepareSubfolder(_ name: String) throws {
        _ = try withFolder(of: name + "/.", create: true) { _, _ in () }
    }

    /// Removes `relative` if it is there (a link is removed, never followed). True when something was removed.
    @discardableResult
    public func remove(_ relative: String) throws -> Bool {
        try withFolder(of: relative, create: false) { dir, name in
            if unlinkat(dir, name, 0) == 0 { return true }
            if errno == ENOENT { return false }
            throw OutputFiles.CannotWrite(path: child(relative), reason: "cannot remove it: \(InputFiles.reason(errno))")
        } ?? false
    }

    /// The bytes of a regular file in the folder, or nil when there is none (links are not followed).
    public func read(_ relative: String, limit: Int = 64 << 20) -> [UInt8]? {
        (try? withFolder(of: relative, create: false) { dir, name -> [UInt8]? in
            let file = openat(dir, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard file >= 0 else { return nil }
            defer { close(file) }
            var info = stat()
            guard fstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) <= limit else { return nil }
            var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
            let n = bytes.withUnsafeMutableBytes { Foundation.read(file, $0.baseAddress, $0.count) }
            return n == bytes.count ? bytes : nil
        }) ?? nil
    }

    /// Whether anything (a file, a folder, a link) has this name.
    public func exists(_ relative: String) -> Bool {
        (try? withFolder(of: relative, create: false) { dir, name in
            var info = stat()
            return fstatat(dir, name, &info, AT_SYMLINK_NOFOLLOW) == 0
        }) ?? false
    }

    /// Names in the folder itself or in one of its subfolders (empty when there is none).
    public func names(in subfolder: String? = nil) -> [String] {
        let folder = subfolder.map { child($0) } ?? path
        return ((try? FolderFiles.entries(folder)) ?? []).sorted()
    }

    /// Removes the temporary files an interrupted run left, in the folder and its `week-*` subfolders.
    /// Call only while holding the lock: another live run's temporary files look the same.
    public func removeLeftovers() {
        for name in names() {
            if name.hasPrefix(Self.temporaryMarker) { _ = try? remove(name) }
            if name.hasPrefix("week-") {
                for inner in names(in: name) where inner.hasPrefix(Self.temporaryMarker) { _ = try? remove(name + "/" + inner) }
            }
        }
    }

    /// A path inside the folder, for messages.
    public func child(_ relative: String) -> String { (path as NSString).appendingPathComponent(relative) }

    /// Runs `body` with the descriptor of the folder holding `relative` and the file's own name.
    /// Returns nil when the subfolder is missing and `create` is false.
    private func withFolder<T>(of relative: String, create: Bool, _ body: (Int32, String) throws -> T) throws -> T? {
        let parts = relative.split(separator: "/").map(String.init)
        precondition((1...2).contains(parts.count) && !parts.contains(".."), "output names are one or two plain parts: \(relative)")
        guard parts.count == 2 else { return try body(fd, parts[0]) }
        if create, mkdirat(fd, parts[0], 0o777) != 0, errno != EEXIST {
            throw OutputFiles.CannotWrite(path: child(parts[0]), reason: InputFiles.reason(errno))
        }
        let sub = openat(fd, parts[0], O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard sub >= 0 else {
            if errno == ENOENT, !create { return nil }
            var info = stat()
            let isLink = fstatat(fd, parts[0], &info, AT_SYMLINK_NOFOLLOW) == 0 && info.st_mode & S_IFMT == S_IFLNK
            throw OutputFiles.CannotWrite(
                path: child(parts[0]),
                reason: isLink ? "it is a symbolic link; Backstride never writes through a link" : errno == ENOTDIR ? "it is a file, not a folder" : InputFiles.reason(errno),
                hint: isLink ? "remove the link; the folder is created again on the next run" : nil)
        }
        defer { close(sub) }
        return try body(sub, parts[1])
    }

    static func writeReason(_ code: Int32) -> String {
        switch code {
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "the disk quota is used up"
        case EROFS: return "the folder is on a read-only file system"
        case EFBIG: return "the file would be larger than this system allows"
        case EISDIR: return "a folder already has that name"
        default: return InputFiles.reason(code)
        }
    }
}

/// Files written outside a run's output folder: `--pdf FILE`, `init -o FILE`, or standard output for `-`.
public enum OutputFiles {
    public struct CannotWrite: Error, CustomStringConvertible, Sendable {
        public let path: String
        public let reason: String
        public var hint: String?

        public init(path: String, reason: String, hint: String? = nil) {
            self.path = path
            self.reason = reason
            self.hint = hint
        }

        public var description: String { "\(path): error: cannot write: \(reason)" + (hint.map { "\n  hint: \($0)" } ?? "") }
    }

    /// Writes a whole file into an existing folder (the parent is never created), or to standard output for `-`.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        if path == InputFiles.standardInput {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        let url = URL(fileURLWithPath: path)
        guard !path.hasSuffix("/") else { throw CannotWrite(path: path, reason: "it names a folder, not a file") }
        let parent = url.deletingLastPathComponent().path
        var info = stat()
        guard stat(parent, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw CannotWrite(path: path, reason: "the folder \(parent) does not exist", hint: "create it first, or choose another file name")
        }
        try OutputFolder(parent, create: false).write(bytes, to: url.lastPathComponent)
    }

    /// Whether something is already at `path` (for commands that refuse to replace a file without --force).
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }
}
