import Foundation

/// What a batch did with each profile: written as manifest.csv and manifest.json beside the files it describes
/// (the output folder for handouts, `week-<monday>/` for a weekly pack). docs/manifest.md describes both.
public struct ManifestEntry: Codable, Equatable, Sendable {
    /// A closed set: a script can switch on it. Why, when there is a why, is in `reason`.
    public enum Status: String, Codable, Sendable, CaseIterable {
        /// The plan's handout is in the folder.
        case ok
        /// A referral handout is in the folder instead of a plan (a red flag, or a self-guided safety rule).
        case withheld
        /// Nothing was printed for this profile; `reason` says why. Any handout it had before was removed.
        case failed
        /// Weekly pack only: the client has no week to print (the plan has not started or is over).
        case skipped
    }

    public var client: String
    public var id: String
    public var source: String
    public var status: Status
    public var reason: String?
    /// False when the files were already there, made from exactly these inputs, and were kept.
    public var rendered: Bool
    public var outputs: [String]
    /// Files of this client's earlier handout that this run removed, so nothing stale stays looking current.
    public var removed: [String]
    public var pages: Int
    public var warnings: [String]
    /// Digest of the profile, library, templates, clinic, options and version the outputs were made from.
    public var inputDigest: String?

    enum CodingKeys: String, CodingKey {
        case client, id, source, status, reason, rendered, outputs, removed, pages, warnings
        case inputDigest = "input_digest"
    }

    public init(client: String, id: String, source: String, status: Status, reason: String? = nil, rendered: Bool = false,
                outputs: [String] = [], removed: [String] = [], pages: Int = 0, warnings: [String] = [], inputDigest: String? = nil) {
        self.client = client
        self.id = id
        self.source = source
        self.status = status
        self.reason = reason
        self.rendered = rendered
        self.outputs = outputs
        self.removed = removed
        self.pages = pages
        self.warnings = warnings
        self.inputDigest = inputDigest
    }

    /// `status` and `reason` in one line, for progress and messages.
    public var statusText: String { reason.map { "\(status.rawValue): \($0)" } ?? status.rawValue }
}

/// A whole run's manifest. `schema_version` changes whenever a field changes meaning or goes away.
public struct Manifest: Codable, Equatable, Sendable {
    public static let schemaVersion = 2

    public enum Mode: String, Codable, Sendable {
        /// Every client's full handout.
        case handouts
        /// One week's print pack.
        case week
    }

    public var schemaVersion: Int
    public var mode: Mode
    public var today: String
    public var week: String?
    public var entries: [ManifestEntry]

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version"
        case mode, today, week, entries
    }

    public init(mode: Mode, today: String, week: String?, entries: [ManifestEntry]) {
        self.schemaVersion = Self.schemaVersion
        self.mode = mode
        self.today = today
        self.week = week
        self.entries = entries
    }

    public func json() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }

    public static let csvHeader = "client,id,source,status,reason,rendered,outputs,removed,pages,warnings"

    public func csv() -> [UInt8] {
        func field(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var lines = [Self.csvHeader]
        for e in entries {
            lines.append([e.client, e.id, e.source, e.status.rawValue, e.reason ?? "", e.rendered ? "yes" : "no",
                          e.outputs.joined(separator: ";"), e.removed.joined(separator: ";"), String(e.pages),
                          e.warnings.joined(separator: " | ")].map(field).joined(separator: ","))
        }
        return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// The manifest a previous run of the same mode left in `relative` of `folder`, if it can be read.
    /// Used only to find a source's earlier outputs for clean-up, never to decide that a file is current.
    static func previous(in folder: OutputFolder, at relative: String, mode: Mode) -> Manifest? {
        guard let bytes = folder.read(relative),
              let manifest = try? JSONDecoder().decode(Manifest.self, from: Data(bytes)),
              manifest.schemaVersion == schemaVersion, manifest.mode == mode else { return nil }
        return manifest
    }
}
