import BackstrideCore
import Foundation
import Yams

/// The client name and id a profile gives, read even when the profile is invalid, so a batch can find the
/// handout the client had before and remove it rather than leave it looking current.
enum RawIdentity {
    static func read(_ bytes: [UInt8]) -> (name: String, id: String)? {
        var log = DiagnosticLog(file: "")
        guard let root = YAMLInput.compose(bytes: bytes, log: &log), let client = root["client"],
              let name = client["name"]?.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty else { return nil }
        let id = client["id"]?.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines)
        return (name, id.flatMap { $0.isEmpty ? nil : $0 } ?? name)
    }
}
