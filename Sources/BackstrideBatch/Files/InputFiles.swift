import BackstrideCore
import Foundation

/// Reads input files for the core, which never touches the disk itself.
///
/// Only regular files are read: a FIFO or a device named `*.yaml` would block or never end, so it is refused
/// before a byte is read. A file over its limit is refused whole, never truncated.
public enum InputFiles {
    public struct Unreadable: Error, CustomStringConvertible, Sendable {
        public let path: String
        public let reason: String
        public let hint: String?

        public init(path: String, reason: String, hint: String? = nil) {
            self.path = path
            self.reason = reason
            self.hint = hint
        }

        public var description: String { "\(path): error: cannot read: \(reason)" + (hint.map { "\n  hint: \($0)" } ?? "") }
    }

    /// What a reader refuses past, and what to say when it does.
    public struct Limit: Sendable {
        public var bytes: Int
        public var hint: String

        public init(bytes: Int, hint: String) {
            self.bytes = bytes
            self.hint = hint
        }

        public static let profile = Limit(bytes: YAMLInput.maximumBytes, hint: "a profile is a few dozen lines; is this the right file?")
    }

    /// The path `-` stands for standard input wherever a profile is read.
    public static let standardInput = "-"

    public static func read(_ path: String, limit: Limit = .profile) throws -> [UInt8] {
        if path == standardInput { return try readStandardInput(limit: limit) }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw Unreadable(path: path, reason: Self.reason(errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Unreadable(path: path, reason: Self.reason(errno)) }
        if let kind = Self.notRegular(info.st_mode) {
            throw Unreadable(path: path, reason: "it is \(kind), not a file",
                             hint: kind == "a folder" ? nil : "only regular files are read; pass the file itself")
        }
        guard Int(info.st_size) <= limit.bytes else { throw tooLarge(path, size: Int(info.st_size), limit) }
        return try readAll(fd, path: path, limit: limit)
    }

    /// Standard input, to the same limit as a file (a pipe has no size to check up front).
    static func readStandardInput(limit: Limit) throws -> [UInt8] {
        try readAll(STDIN_FILENO, path: "<stdin>", limit: limit)
    }

    private static func readAll(_ fd: Int32, path: String, limit: Limit) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Unreadable(path: path, reason: Self.reason(errno))
            }
            if count == 0 { return bytes }
            bytes += chunk[0..<count]
            // A file that grows while it is read is still refused whole.
            if bytes.count > limit.bytes { throw tooLarge(path, size: nil, limit) }
        }
    }

    private static func tooLarge(_ path: String, size: Int?, _ limit: Limit) -> Unreadable {
        let found = size.map { " (it is \(ByteCount.text($0)))" } ?? ""
        return Unreadable(path: path, reason: "the file is larger than the \(ByteCount.text(limit.bytes)) limit\(found)", hint: limit.hint)
    }

    /// Nil for a regular file; otherwise what it is, in words.
    static func notRegular(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }

    /// errno in words a user can act on.
    public static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or folder"
        case EACCES, EPERM: return "permission denied"
        case ELOOP: return "too many levels of symbolic links (a link that points back to itself?)"
        case ENOTDIR: return "a part of the path is not a folder"
        case ENAMETOOLONG: return "the name is too long"
        case EISDIR: return "it is a folder, not a file"
        default: return String(cString: strerror(code))
        }
    }
}

/// Sizes in the units people read: "1 MB", "52.3 MB", "800 bytes".
public enum ByteCount {
    public static func text(_ bytes: Int) -> String {
        let mb = 1_048_576.0, kb = 1024.0
        let value = Double(bytes)
        if value >= mb { return format(value / mb) + " MB" }
        if value >= kb { return format(value / kb) + " KB" }
        return "\(bytes) bytes"
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
