import Foundation

/// Where Backstride's data (Assets/ and Templates/) is, found from the binary's own path so an installed copy
/// runs from any folder without settings.
///
/// In order: `BACKSTRIDE_HOME` when set; `<prefix>/share/backstride` beside an installed `<prefix>/bin/backstride`;
/// the source tree a development binary was built in (`.build/<config>/backstride`). Never the current folder:
/// running in someone else's folder must not pick up their Assets/.
public enum DataFolder {
    public struct Missing: Error, CustomStringConvertible, Sendable {
        public let searched: [String]
        public var description: String {
            "error: cannot find Backstride's data (Assets/ and Templates/); looked in:\n"
                + searched.map { "  \($0)" }.joined(separator: "\n")
                + "\n  hint: reinstall with `make install`, or set BACKSTRIDE_HOME to the folder that holds Assets/ and Templates/"
        }
    }

    /// The folder holding Assets/exercises and Templates/.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: String? = executablePath()) throws -> String {
        var candidates: [String] = []
        if let home = environment["BACKSTRIDE_HOME"], !home.isEmpty {
            // An explicit setting is the only place looked at, so a wrong one is reported, not worked around.
            guard holdsData(home) else { throw Missing(searched: [home + " (BACKSTRIDE_HOME)"]) }
            return home
        }
        if let executable {
            let bin = (executable as NSString).deletingLastPathComponent
            candidates.append(((bin as NSString).deletingLastPathComponent as NSString).appendingPathComponent("share/backstride"))
            var dir = bin
            for _ in 0..<5 {
                candidates.append(dir)
                dir = (dir as NSString).deletingLastPathComponent
            }
        }
        guard let found = candidates.first(where: holdsData) else { throw Missing(searched: candidates) }
        return found
    }

    static func holdsData(_ folder: String) -> Bool {
        var isDirectory: ObjCBool = false
        let fm = FileManager.default
        return fm.fileExists(atPath: folder + "/Assets/exercises", isDirectory: &isDirectory) && isDirectory.boolValue
            && fm.fileExists(atPath: folder + "/Templates", isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The running binary, links resolved (Linux knows it exactly; elsewhere argv[0] is the best guess).
    public static func executablePath() -> String? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        let argument = CommandLine.arguments.first ?? ""
        guard argument.contains("/") else { return nil }
        return URL(fileURLWithPath: argument).resolvingSymlinksInPath().path
    }
}
