import BackstrideBatch
import BackstrideCore
import Foundation

/// Finds Backstride's data folders (Assets/, Templates/) for a binary run from the source tree,
/// from `.build/`, or installed elsewhere with `BACKSTRIDE_HOME` set.
enum Resources {
    struct Missing: Error, CustomStringConvertible {
        var description: String {
            "error: cannot find Backstride's Assets/ folder\n  hint: run from the Backstride folder, or set BACKSTRIDE_HOME to it"
        }
    }

    static func home() throws -> URL {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["BACKSTRIDE_HOME"] { candidates.append(URL(fileURLWithPath: env)) }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(dir)
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(URL(fileURLWithPath: fm.currentDirectoryPath))
        guard let found = candidates.first(where: { fm.fileExists(atPath: $0.appendingPathComponent("Assets/exercises").path) }) else {
            throw Missing()
        }
        return found
    }

    static var builtInExercises: URL {
        get throws { try home().appendingPathComponent("Assets/exercises") }
    }
}

/// Reads exercise folders into library layers and loads them, printing any problems.
enum LibraryReader {
    static func layer(_ folder: URL, shownAs name: String) throws -> LibraryLayer {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputFiles.Unreadable(path: name, reason: "no such folder")
        }
        let names = try fm.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        let files = try names.sorted().map { file in
            LibraryFile(path: name + "/" + file, bytes: try InputFiles.read(folder.appendingPathComponent(file).path))
        }
        return LibraryLayer(folder: name, files: files)
    }

    /// The built-in library with `clinicFolder` merged over it; exits 65 with diagnostics when invalid.
    static func load(clinicFolder: String?, digest: inout InputDigest) throws -> ExerciseLibrary {
        var layers = [try layer(Resources.builtInExercises, shownAs: "Assets/exercises")]
        if let clinicFolder { layers.append(try layer(URL(fileURLWithPath: clinicFolder), shownAs: clinicFolder)) }
        for file in layers.flatMap(\.files) {
            digest.add(file.path)
            digest.add(file.bytes)
        }
        let result = ExerciseLibraryLoader.load(layers)
        for diagnostic in result.diagnostics { Console.error(diagnostic.description) }
        guard let library = result.library else { throw ExitStatus.invalidProfile.exitCode }
        return library
    }

    static func load(clinicFolder: String?) throws -> ExerciseLibrary {
        var digest = InputDigest()
        return try load(clinicFolder: clinicFolder, digest: &digest)
    }
}
