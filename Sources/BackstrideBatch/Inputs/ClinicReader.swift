import BackstrideCore
import BackstrideRender
import Foundation
import Yams

/// Reads `--clinic FILE`: name (required), address, phone, accent (`#RRGGBB`), logo (a PNG path, relative to the
/// file). Text is length-limited like a profile's, and the logo is checked and made small once (`LogoImage`).
public enum ClinicReader {
    public static let limit = InputFiles.Limit(bytes: 65_536, hint: "a clinic file is a few lines; is this the right file?")
    public static let logoLimit = InputFiles.Limit(bytes: 4_194_304, hint: "a logo for print needs a few hundred kilobytes at most")
    static let lengths = ["name": 120, "address": 200, "phone": 40]

    public static func read(_ path: String, digest: inout InputDigest) throws -> ClinicBranding {
        let bytes = try InputFiles.read(path, limit: limit)
        return try parse(bytes, path: path, digest: &digest)
    }

    /// The clinic file's bytes read as if from `path` (a logo is looked for beside it).
    public static func parse(_ bytes: [UInt8], path: String, digest: inout InputDigest) throws -> ClinicBranding {
        digest.add(bytes)
        let sources = [path: bytes]
        var log = DiagnosticLog(file: path)
        guard let root = YAMLInput.compose(bytes: bytes, log: &log) else { throw InvalidInput(log.sorted, sources: sources) }
        var reader = NodeReader(file: path)
        guard var m = reader.mapping(root, named: "the clinic file") else { throw InvalidInput(reader.log.sorted, sources: sources) }
        func text(_ key: String) -> String? {
            guard let node = m.take(key), let value = reader.string(node, key) else { return nil }
            let most = lengths[key] ?? 200
            guard value.count <= most else {
                reader.error("\(key) is \(value.count) characters long; at most \(most) fit on the cover", at: node)
                return nil
            }
            return value
        }
        let hasName = m.has("name")
        let name = text("name"), address = text("address"), phone = text("phone")
        var accent: Color?
        if let node = m.take("accent"), let written = reader.string(node, "accent") {
            accent = color(written)
            if accent == nil { reader.error("accent must be a colour like #1F5FAD (found \(written))", at: node, hint: "# and six hex digits: red, green, blue") }
        }
        var logo: [UInt8]?
        if let node = m.take("logo"), let file = reader.string(node, "logo") {
            let url = URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: path).deletingLastPathComponent())
            do {
                let png = try InputFiles.read(url.path, limit: logoLimit)
                digest.add(png)
                logo = try LogoImage.prepare(png)
            } catch let problem as LogoImage.Problem {
                reader.error("logo \(file): \(problem.message)", at: node, hint: "save the logo as a PNG file of a few hundred pixels")
            } catch let unreadable as InputFiles.Unreadable {
                reader.error("cannot read logo \(file): \(unreadable.reason)", at: node, hint: unreadable.hint)
            }
        }
        if !hasName { reader.error("missing required key `name` in the clinic file", at: root) }
        m.finish(&reader)
        guard let name, !reader.log.hasErrors else { throw InvalidInput(reader.log.sorted, sources: sources) }
        return ClinicBranding(name: name, address: address, phone: phone, accent: accent, logo: logo)
    }

    /// `#RRGGBB` exactly: no sign, no missing `#`, six hex digits.
    public static func color(_ text: String) -> Color? {
        guard text.hasPrefix("#"), text.count == 7 else { return nil }
        let hex = text.dropFirst()
        guard hex.allSatisfy({ $0.isHexDigit && $0.isASCII }), let value = Int(hex, radix: 16) else { return nil }
        return Color(red: Double((value >> 16) & 0xFF) / 255, green: Double((value >> 8) & 0xFF) / 255, blue: Double(value & 0xFF) / 255)
    }
}
