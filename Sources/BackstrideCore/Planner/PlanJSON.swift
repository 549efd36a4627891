import Foundation

/// The plan interchange format: JSON with sorted keys, so files diff cleanly (docs/plan-json.md).
public enum PlanJSON {
    public static func string(_ plan: Plan) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(plan), as: UTF8.self)
    }
}
