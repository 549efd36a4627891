import Foundation

/// Writes output files whole or not at all: a temporary file beside the target, then a rename. A batch
/// killed mid-write leaves at most a hidden temporary file, which the next run removes; never a truncated PDF.
public enum OutputFiles {
    public struct CannotWrite: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): error: cannot write: \(reason)" }
    }

    static let temporaryMarker = ".backstride-tmp-"

    public static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent("\(temporaryMarker)\(getpid())-\(UUID().uuidString)-\(url.lastPathComponent)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw CannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
        } catch let error as CannotWrite {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CannotWrite(path: path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
    }

    /// Removes temporary files an interrupted run left in `folder`.
    public static func removeLeftovers(in folder: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names where name.hasPrefix(temporaryMarker) {
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
        }
    }
}
