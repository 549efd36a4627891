import BackstrideCore
import BackstrideRender
import Foundation

/// Shared paths and fixtures for render tests.
enum RenderTestSupport {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let golden = repository.appendingPathComponent("Tests/BackstrideRenderTests/Golden")
    static let today = CalendarDate(year: 2026, month: 11, day: 21)!
    /// `BACKSTRIDE_RECORD=1 swift test` rewrites golden files instead of comparing; review the diff like code.
    static let recording = ProcessInfo.processInfo.environment["BACKSTRIDE_RECORD"] == "1"

    /// The built-in library, loaded once: placing every figure takes a few seconds in a debug build.
    static func library() throws -> ExerciseLibrary { try builtIn.get() }

    private static let builtIn = Result { try loadLibrary() }

    private static func loadLibrary() throws -> ExerciseLibrary {
        let folder = repository.appendingPathComponent("Assets/exercises")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        let layer = LibraryLayer(folder: "Assets/exercises", files: try names.map {
            LibraryFile(path: "Assets/exercises/\($0)", bytes: Array(try Data(contentsOf: folder.appendingPathComponent($0))))
        })
        guard let library = ExerciseLibraryLoader.load([layer]).library else { throw CocoaError(.fileReadCorruptFile) }
        return library
    }

    static func wording() throws -> HandoutWording {
        let folder = repository.appendingPathComponent("Templates/en")
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".mustache") || name.hasSuffix(".yaml") {
            files[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return try HandoutWording(files: files)
    }

    static func profile(_ text: String, today: CalendarDate = today) throws -> ClientProfile {
        let result = ProfileLoader.load(text: text, path: "test.yaml", today: today)
        guard let profile = result.profile else { throw CocoaError(.fileReadCorruptFile, userInfo: ["diagnostics": "\(result.diagnostics)"]) }
        return profile
    }

    static func example(_ name: String) throws -> ClientProfile {
        try profile(String(contentsOf: repository.appendingPathComponent("Examples/\(name)"), encoding: .utf8))
    }

    /// Renders a handout the way `backstride render` does.
    static func handout(_ profile: ClientProfile, renderer: Renderer, paper: Paper? = nil, largePrint: Bool = false,
                        today: CalendarDate = today) throws -> (pdf: [UInt8], pages: [LaidOutPage], plan: Plan) {
        let library = try library()
        let plan = PlanCompiler.compile(profile, library: library, today: today)
        let options = HandoutOptions(paper: PageSize(paper ?? profile.paper), typography: largePrint ? .largePrint : .standard)
        let (pdf, pages) = try renderer.handout(plan: plan, profile: profile, library: library, wording: try wording(), options: options)
        return (pdf, pages, plan)
    }
}
