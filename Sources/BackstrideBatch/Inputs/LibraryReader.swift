import BackstrideCore
import Foundation

/// Reads exercise folders into library layers: the built-in library and, with `--library`, a clinic's folder merged
/// over it. Files are read only from inside each folder, each within the profile size limit.
public enum LibraryReader {
    /// More exercise files than any library needs, so a wrong folder is refused before it is read.
    public static let maximumFiles = 2000

    public static func layer(_ folder: String, shownAs name: String) throws -> LibraryLayer {
        let names = try FolderFiles.list(folder, suffixes: [".yaml", ".yml"])
        guard names.count <= maximumFiles else {
            throw InputFiles.Unreadable(path: name, reason: "it holds \(names.count) exercise files; the limit is \(maximumFiles)",
                                        hint: "is this the right folder?")
        }
        let files = try names.map { file in
            LibraryFile(path: name + "/" + file, bytes: try FolderFiles.read(file, in: folder, limit: .profile))
        }
        return LibraryLayer(folder: name, files: files)
    }

    /// The built-in library with `clinicFolder` merged over it; `InvalidInput` with the diagnostics when invalid.
    /// Warnings are passed to `warn`.
    public static func load(dataFolder: String, clinicFolder: String?, digest: inout InputDigest,
                            warn: (Diagnostic, [UInt8]?) -> Void = { _, _ in }) throws -> ExerciseLibrary {
        var layers = [try layer((dataFolder as NSString).appendingPathComponent("Assets/exercises"), shownAs: "Assets/exercises")]
        if let clinicFolder { layers.append(try layer(clinicFolder, shownAs: clinicFolder)) }
        var sources: [String: [UInt8]] = [:]
        for file in layers.flatMap(\.files) {
            digest.add(file.path)
            digest.add(file.bytes)
            sources[file.path] = file.bytes
        }
        PoseSolutionFile.load()
        let result = ExerciseLibraryLoader.load(layers)
        PoseSolutionFile.save()
        guard let library = result.library else { throw InvalidInput(result.diagnostics, sources: sources) }
        for d in result.diagnostics { warn(d, sources[d.location.file]) }
        return library
    }
}
