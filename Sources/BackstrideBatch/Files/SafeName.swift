import Foundation

/// Output file names made from a client id: letters, digits, `-` and `_` only, so no id can leave the folder.
public enum SafeName {
    public static func stem(_ id: String) -> String {
        var out = ""
        for ch in id.unicodeScalars {
            if CharacterSet.alphanumerics.contains(ch) || ch == "-" || ch == "_" { out.unicodeScalars.append(ch) }
            else if !out.hasSuffix("-") { out.append("-") }
        }
        out = out.trimmingCharacters(in: CharacterSet(charactersIn: "-_"))
        if out.count > 80 { out = String(out.prefix(80)) }
        return out.isEmpty ? "client" : out
    }
}
