import Foundation

/// Turns the command line's files and folders into the profiles to process, recursing into folders.
public enum ProfileDiscovery {
    public struct Found: Sendable {
        public var profiles: [String]
        /// Arguments that are neither a YAML file nor a folder, with why.
        public var problems: [InputFiles.Unreadable]
    }

    public static func find(_ arguments: [String]) -> Found {
        var profiles: [String] = []
        var problems: [InputFiles.Unreadable] = []
        let fm = FileManager.default
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                problems.append(.init(path: argument, reason: "no such file or folder"))
                continue
            }
            if !isDirectory.boolValue {
                profiles.append(argument)
                continue
            }
            guard let walker = fm.enumerator(atPath: argument) else {
                problems.append(.init(path: argument, reason: "cannot list the folder"))
                continue
            }
            var inFolder: [String] = []
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") { walker.skipDescendants(); continue }
                if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                    inFolder.append((argument as NSString).appendingPathComponent(relative))
                }
            }
            profiles += inFolder.sorted()
        }
        var seen = Set<String>()
        return Found(profiles: profiles.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }, problems: problems)
    }
}
