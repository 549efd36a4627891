import BackstrideCore
import Foundation

/// Reads input files for the core, which never touches the disk itself.
enum InputFiles {
    struct Unreadable: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "\(path): error: cannot read: \(reason)" }
    }

    /// Reads at most one byte past the profile size limit, so a huge file is refused without loading it.
    static func read(_ path: String) throws -> [UInt8] {
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
