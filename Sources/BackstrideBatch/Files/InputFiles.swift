import BackstrideCore
import Foundation

/// Reads input files for the core, which never touches the disk itself.
public enum InputFiles {
    public struct Unreadable: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
        public var description: String { "\(path): error: cannot read: \(reason)" }
    }

    /// Reads at most one byte past the profile size limit, so a huge file is refused without loading it.
    public static func read(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Unreadable(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw Unreadable(path: path, reason: "it is a folder") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw Unreadable(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: YAMLInput.maximumBytes + 1) ?? Data()
            return Array(data)
        } catch {
            throw Unreadable(path: path, reason: error.localizedDescription)
        }
    }
}
