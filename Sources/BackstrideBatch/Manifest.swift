import Foundation

/// What a batch did with each profile: written as manifest.csv and manifest.json in the output folder.
public struct ManifestEntry: Codable, Equatable, Sendable {
    public enum Status: Equatable, Sendable, Codable {
        case ok
        case withheld
        case skipped(String)
        case failed(String)

        public var text: String {
            switch self {
            case .ok: return "ok"
            case .withheld: return "withheld"
            case .skipped(let why): return "skipped: \(why)"
            case .failed(let error): return "failed: \(error)"
            }
        }

        public init(from decoder: Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            if text == "ok" { self = .ok } else if text == "withheld" { self = .withheld }
            else if text.hasPrefix("skipped: ") { self = .skipped(String(text.dropFirst(9))) }
            else { self = .failed(String(text.dropFirst(8))) }
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            try c.encode(text)
        }
    }

    public var client: String
    public var id: String
    public var source: String
    public var status: Status
    public var outputs: [String]
    public var pages: Int
    public var warnings: [String]
    /// Digest of the profile, library, templates, options and version the outputs were made from.
    public var inputDigest: String?

    enum CodingKeys: String, CodingKey {
        case client, id, source, status, outputs, pages, warnings
        case inputDigest = "input_digest"
    }

    public init(client: String, id: String, source: String, status: Status, outputs: [String] = [], pages: Int = 0,
                warnings: [String] = [], inputDigest: String? = nil) {
        self.client = client
        self.id = id
        self.source = source
        self.status = status
        self.outputs = outputs
        self.pages = pages
        self.warnings = warnings
        self.inputDigest = inputDigest
    }
}

public struct Manifest: Codable, Equatable, Sendable {
    public var today: String
    public var week: String?
    public var entries: [ManifestEntry]

    public init(today: String, week: String?, entries: [ManifestEntry]) {
        self.today = today
        self.week = week
        self.entries = entries
    }

    public func json() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }

    public func csv() -> [UInt8] {
        func field(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var lines = ["client,id,source,status,outputs,pages,warnings"]
        for e in entries {
            lines.append([e.client, e.id, e.source, e.status.text, e.outputs.joined(separator: ";"), String(e.pages),
                          e.warnings.joined(separator: " | ")].map(field).joined(separator: ","))
        }
        return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// The manifest a previous run left, to skip what has not changed since.
    public static func previous(in folder: String) -> Manifest? {
        guard let data = FileManager.default.contents(atPath: folder + "/manifest.json") else { return nil }
        return try? JSONDecoder().decode(Manifest.self, from: data)
    }
}
