/// Profiles that would write the same files: two with one client id, or whose ids make the same file name
/// (`C/1042` and `C-1042`, or two long names cut to the same length). Neither may be printed, since the later
/// would silently replace the earlier; `render` and `batch` both refuse them with this reason.
public enum DuplicateClients {
    /// For each index in `ids` that clashes, why, naming the other files.
    public static func find(_ clients: [(path: String, id: String)]) -> [Int: String] {
        var reasons: [Int: String] = [:]
        var byId: [String: [Int]] = [:], byFile: [String: [Int]] = [:]
        for (i, client) in clients.enumerated() {
            byId[client.id, default: []].append(i)
            byFile[SafeName.stem(client.id).lowercased(), default: []].append(i)
        }
        for (id, indices) in byId where indices.count > 1 {
            for i in indices {
                reasons[i] = "duplicate client id \(id) (also in \(others(indices, i, clients)))"
            }
        }
        for (stem, indices) in byFile where indices.count > 1 {
            // Clients already refused for their id write nothing, so they clash with no one.
            let left = indices.filter { reasons[$0] == nil }
            guard left.count > 1 else { continue }
            for i in left {
                reasons[i] = "output file \(stem).pdf would also be written for \(others(left, i, clients)); give each client a distinct id"
            }
        }
        return reasons
    }

    private static func others(_ indices: [Int], _ i: Int, _ clients: [(path: String, id: String)]) -> String {
        indices.filter { $0 != i }.map { clients[$0].path }.joined(separator: ", ")
    }
}
