import Foundation

/// Output file names made from a client id: letters, digits, `-` and `_` only, so no id can leave the folder.
public enum SafeName {
    /// The longest stem in UTF-8 bytes. A file name may have 255 bytes; the rest is room for the temporary
    /// prefix (`.backstride-tmp-<pid>-<uuid>-`, about 60 bytes) and the longest suffix (`-100.png`).
    public static let maximumBytes = 160

    public static func stem(_ id: String) -> String {
        var out = ""
        for ch in id.unicodeScalars {
            if CharacterSet.alphanumerics.contains(ch) || ch == "-" || ch == "_" { out.unicodeScalars.append(ch) }
            else if !out.hasSuffix("-") { out.append("-") }
        }
        out = out.trimmingCharacters(in: CharacterSet(charactersIn: "-_"))
        // Cut whole characters, so a long Chinese or Arabic name never ends in half a letter.
        while out.utf8.count > maximumBytes { out.removeLast() }
        out = out.trimmingCharacters(in: CharacterSet(charactersIn: "-_"))
        return out.isEmpty ? "client" : out
    }
}
