/// Short plain descriptions of a profile for terminal output.
public enum ProfileSummary {
    public static func oneLine(_ p: ClientProfile) -> String {
        var parts = ["\(p.client.name) (\(p.client.id))", "\(p.schedule.weeks) weeks from \(p.schedule.start)"]
        parts.append(p.clinician.map { "clinician \($0)" } ?? "self-guided")
        if !p.symptoms.signs.isEmpty {
            parts.append("red-flag signs: " + p.symptoms.signs.map(\.rawValue).joined(separator: ", "))
        }
        return parts.joined(separator: ", ")
    }
}
