import Foundation

/// The fields of a submitted HTML form (`application/x-www-form-urlencoded`), in the order sent. A name may come
/// more than once (a group of checkboxes).
public struct FormBody: Sendable, Equatable {
    public private(set) var pairs: [(name: String, value: String)]

    public init(_ pairs: [(name: String, value: String)] = []) { self.pairs = pairs }

    public static func == (a: FormBody, b: FormBody) -> Bool {
        a.pairs.map(\.name) == b.pairs.map(\.name) && a.pairs.map(\.value) == b.pairs.map(\.value)
    }

    /// Parses the encoded body. Broken escapes are kept as written rather than refused: the value is then checked
    /// like any other and its message shown beside its field.
    public init(encoded text: String) {
        pairs = text.split(separator: "&", omittingEmptySubsequences: true).map { part in
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (Self.decode(pieces[0]), pieces.count > 1 ? Self.decode(pieces[1]) : "")
        }
    }

    /// The first value sent under `name`, trimmed; nil when absent.
    public subscript(_ name: String) -> String? {
        pairs.first { $0.name == name }.map { $0.value.trimmingWhitespaceAndNewlines }
    }

    /// Every value sent under `name` (checkboxes), empty ones left out.
    public func all(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map { $0.value.trimmingWhitespaceAndNewlines }.filter { !$0.isEmpty }
    }

    public mutating func set(_ name: String, _ value: String) {
        pairs.removeAll { $0.name == name }
        pairs.append((name, value))
    }

    /// The body encoded again (for tests and for carrying answers forward).
    public var encoded: String {
        pairs.map { Self.encode($0.name) + "=" + Self.encode($0.value) }.joined(separator: "&")
    }

    static func decode(_ part: Substring) -> String {
        let plus = part.replacingOccurrences(of: "+", with: " ")
        return plus.removingPercentEncoding ?? plus
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}

extension StringProtocol {
    var trimmingWhitespaceAndNewlines: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
