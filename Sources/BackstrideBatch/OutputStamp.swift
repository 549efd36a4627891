import BackstrideCore

/// Who an output was made for and from what, carried inside the file itself (a PDF's Keywords, a calendar's
/// X- property) so it travels with the file and can never disagree with it.
///
/// A later run reads it to decide two things: whether the file belongs to this client (a copied profile with a
/// new name but the old id must not replace the first client's handout), and whether it was made from exactly
/// today's inputs (only then may a batch keep it instead of rendering again).
public struct OutputStamp: Equatable, Sendable {
    /// Digest of the client's id and name.
    public var client: String
    /// Digest of everything the file was made from: profile bytes, library, templates, clinic, options, version.
    public var inputs: String

    public init(client: String, inputs: String) {
        self.client = client
        self.inputs = inputs
    }

    public init(profile: ClientProfile, inputs: String) {
        self.init(client: Self.client(id: profile.client.id, name: profile.client.name), inputs: inputs)
    }

    public static func client(id: String, name: String) -> String {
        var d = InputDigest()
        d.add(id)
        d.add(name)
        return d.hex
    }

    static let clientTag = "backstride-client:"
    static let inputsTag = "backstride-inputs:"

    /// ASCII only, so it is written into a PDF as plain bytes that `read` can find again.
    public var text: String { tokens.joined(separator: " ") }

    /// The two parts, each short enough for one unfolded calendar line.
    public var tokens: [String] { [Self.clientTag + client, Self.inputsTag + inputs] }

    /// The stamp in a file's bytes, or nil when the file has none (not made by this version of Backstride).
    public static func read(_ bytes: [UInt8]) -> OutputStamp? {
        guard let client = value(after: clientTag, in: bytes), let inputs = value(after: inputsTag, in: bytes) else { return nil }
        return OutputStamp(client: client, inputs: inputs)
    }

    /// The 16 hex digits after the last occurrence of `tag` (the PDF's document information comes last).
    private static func value(after tag: String, in bytes: [UInt8]) -> String? {
        let needle = Array(tag.utf8)
        let length = needle.count + 16
        guard bytes.count >= length else { return nil }
        var start = bytes.count - length
        while start >= 0 {
            if bytes[start] == needle[0], bytes[start..<(start + needle.count)].elementsEqual(needle) {
                let digits = bytes[(start + needle.count)..<(start + length)]
                guard digits.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else { return nil }
                return String(decoding: digits, as: UTF8.self)
            }
            start -= 1
        }
        return nil
    }
}
