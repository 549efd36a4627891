import BackstrideCore
import Foundation

/// Shared paths and fixtures for render tests.
enum RenderTestSupport {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let golden = repository.appendingPathComponent("Tests/BackstrideRenderTests/Golden")
    static let today = CalendarDate(year: 2026, month: 11, day: 21)!
    /// `BACKSTRIDE_RECORD=1 swift test` rewrites golden files instead of comparing; review the diff like code.
    static let recording = ProcessInfo.processInfo.environment["BACKSTRIDE_RECORD"] == "1"

    static func library() throws -> ExerciseLibrary {
        let folder = repository.appendingPathComponent("Assets/exercises")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        let layer = LibraryLayer(folder: "Assets/exercises", files: try names.map {
            LibraryFile(path: "Assets/exercises/\($0)", bytes: Array(try Data(contentsOf: folder.appendingPathComponent($0))))
        })
        guard let library = ExerciseLibraryLoader.load([layer]).library else { throw CocoaError(.fileReadCorruptFile) }
        return library
    }
}
