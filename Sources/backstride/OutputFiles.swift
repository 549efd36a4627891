import Foundation

/// Writes output files whole or not at all: a temporary file beside the target, then a rename.
enum OutputFiles {
    struct CannotWrite: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "\(path): error: cannot write: \(reason)" }
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // .atomic writes to a temporary file in the same folder and renames it over the target.
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw CannotWrite(path: path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
    }
}
