import Foundation

/// Where Backstride keeps what it can work out again but need not on every start (solved poses, fontconfig's scan of
/// the handout's fonts): `$BACKSTRIDE_CACHE`, else `$XDG_CACHE_HOME/backstride`, else `~/.cache/backstride`.
/// `BACKSTRIDE_CACHE=off` keeps nothing. What is kept never changes what is printed, only how soon.
public enum CacheFolder {
    public static func path(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let chosen = environment["BACKSTRIDE_CACHE"], !chosen.isEmpty {
            return chosen == "off" ? nil : chosen
        }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/backstride" }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return home + "/.cache/backstride"
    }

    /// A short name that changes when any of `parts` does (FNV-1a; stable from run to run, unlike `Hasher`).
    public static func stamp(_ parts: [String]) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 {
                value ^= UInt64(byte)
                value = value &* 0x0000_0100_0000_01B3
            }
            value ^= 0xFF
            value = value &* 0x0000_0100_0000_01B3
        }
        let s = String(value, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    /// A file's identity for a stamp: path, size and modification time (a new build or a package upgrade changes it).
    public static func identity(_ path: String) -> String? {
        guard let info = try? FileManager.default.attributesOfItem(atPath: path),
              let size = info[.size] as? NSNumber, let modified = info[.modificationDate] as? Date else { return nil }
        return "\(path)|\(size)|\(modified.timeIntervalSince1970)"
    }

    /// Removes older builds' entries named `prefix…` in `folder`, all but the newest `kept` (counting `current`,
    /// which stays): a debug and a release build each keep theirs, and upgrades do not pile up.
    public static func pruneOlder(in folder: String, prefix: String, current: String, kept: Int) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return }
        let dated = names.filter { $0.hasPrefix(prefix) && $0 != current }.compactMap { name -> (String, Date)? in
            guard let date = (try? manager.attributesOfItem(atPath: folder + "/" + name))?[.modificationDate] as? Date else { return nil }
            return (name, date)
        }
        for (name, _) in dated.sorted(by: { $0.1 > $1.1 }).dropFirst(kept - 1) { try? manager.removeItem(atPath: folder + "/" + name) }
    }
}
