import BackstrideBatch
import BackstrideCore
import BackstrideRender
import Foundation
import Yams

/// Reads what a handout needs besides the profile: the wording (with a clinic's overrides) and branding.
enum HandoutInputs {
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    /// Built-in `Templates/<language>/` with `overrides` replacing files one by one.
    static func wording(overrides: String?, language: String = "en") throws -> HandoutWording {
        var digest = InputDigest()
        return try wording(overrides: overrides, language: language, digest: &digest)
    }

    static func wording(overrides: String?, language: String = "en", digest: inout InputDigest) throws -> HandoutWording {
        var files: [String: String] = [:]
        let builtIn = try Resources.home().appendingPathComponent("Templates/\(language)")
        for folder in [builtIn.path] + (overrides.map { [$0] } ?? []) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            if names.isEmpty, folder != builtIn.path { throw Problem(description: "\(folder): error: no template files found") }
            for name in names where name.hasSuffix(".mustache") || name.hasSuffix(".yaml") {
                let path = folder + "/" + name
                guard let text = String(data: Data(try InputFiles.read(path)), encoding: .utf8) else {
                    throw Problem(description: "\(path): error: not UTF-8 text")
                }
                files[name] = text
            }
        }
        for name in files.keys.sorted() {
            digest.add(name)
            digest.add(files[name]!)
        }
        do { return try HandoutWording(files: files) } catch { throw Problem(description: "\(error)") }
    }

    /// `--clinic FILE`: name (required), address, phone, accent (#RRGGBB), logo (a PNG path, relative to the file).
    static func clinic(_ path: String) throws -> ClinicBranding {
        var digest = InputDigest()
        return try clinic(path, digest: &digest)
    }

    static func clinic(_ path: String, digest: inout InputDigest) throws -> ClinicBranding {
        let bytes = try InputFiles.read(path)
        digest.add(bytes)
        var log = DiagnosticLog(file: path)
        guard let root = YAMLInput.compose(bytes: bytes, log: &log) else {
            throw Problem(description: log.diagnostics.map(\.description).joined(separator: "\n"))
        }
        var reader = NodeReader(file: path)
        guard var m = reader.mapping(root, named: "the clinic file") else {
            throw Problem(description: reader.log.diagnostics.map(\.description).joined(separator: "\n"))
        }
        let name = m.take("name").flatMap { reader.string($0, "name") }
        let address = m.take("address").flatMap { reader.string($0, "address") }
        let phone = m.take("phone").flatMap { reader.string($0, "phone") }
        var accent: Color?
        if let node = m.take("accent"), let text = reader.string(node, "accent") {
            accent = color(text)
            if accent == nil { reader.error("accent must be a colour like #1F5FAD (found \(text))", at: node) }
        }
        var logo: [UInt8]?
        if let node = m.take("logo"), let file = reader.string(node, "logo") {
            let url = URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: path).deletingLastPathComponent())
            do {
                let png = try InputFiles.read(url.path)
                digest.add(png)
                if png.starts(with: [0x89, 0x50, 0x4E, 0x47]) { logo = png } else { reader.error("logo must be a PNG file", at: node) }
            } catch { reader.error("cannot read logo \(file): \(error)", at: node) }
        }
        if name == nil, !m.has("name") { reader.error("missing required key `name` in the clinic file", at: root) }
        m.finish(&reader)
        guard let name, !reader.log.hasErrors else {
            throw Problem(description: reader.log.sorted.map(\.description).joined(separator: "\n"))
        }
        return ClinicBranding(name: name, address: address, phone: phone, accent: accent, logo: logo)
    }

    static func color(_ text: String) -> Color? {
        let hex = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard hex.count == 6, let value = Int(hex, radix: 16) else { return nil }
        return Color(red: Double((value >> 16) & 0xFF) / 255, green: Double((value >> 8) & 0xFF) / 255, blue: Double(value & 0xFF) / 255)
    }
}

