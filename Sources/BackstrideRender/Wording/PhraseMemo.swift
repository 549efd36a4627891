/// The phrases and template blocks one worker has rendered, by their wording and context. A batch renders the same
/// dates, doses and session lines for client after client, and rendering them through Mustache (its context lookups
/// are dynamic casts) was a twentieth of a handout's time. Only contexts of plain values (text, whole numbers, truths,
/// and lists and tables of them) are kept, each value with its type, so two contexts that could render differently
/// never share an entry. Owned by one worker (`Renderer`); not for sharing between threads.
final class PhraseMemo {
    private var wording: ObjectIdentifier?
    private var phrases: [String: String] = [:]
    private var blocks: [String: [TextBlock]] = [:]
    /// Footers carry the client's name, so entries keep coming; past this many the memo starts again.
    static let limit = 20_000

    func phrase(_ wording: HandoutWording, _ key: String, render: () -> String) -> String {
        use(wording)
        if let known = phrases[key] { return known }
        let text = render()
        if phrases.count >= Self.limit { phrases = [:] }
        phrases[key] = text
        return text
    }

    func blocks(_ wording: HandoutWording, _ key: String, render: () -> [TextBlock]) -> [TextBlock] {
        use(wording)
        if let known = blocks[key] { return known }
        let made = render()
        if blocks.count >= Self.limit { blocks = [:] }
        blocks[key] = made
        return made
    }

    /// A worker may be handed another wording (a clinic's templates, another language): nothing carries over.
    private func use(_ wording: HandoutWording) {
        let identity = ObjectIdentifier(wording.identity)
        guard identity != self.wording else { return }
        self.wording = identity
        phrases = [:]
        blocks = [:]
    }

    /// The entry's key: the phrase's name and its context written out with every value's type; nil when a value is
    /// of any other kind.
    static func key(_ name: String, _ context: [String: Any]) -> String? {
        var out = name
        return write(context, into: &out) ? out : nil
    }

    private static func write(_ value: Any, into out: inout String) -> Bool {
        // Exact types: a truth and a number must not meet as the same entry.
        switch value {
        case let text as String where type(of: value) == String.self:
            out += "\u{1}s\(text.utf8.count):" + text
        case let number as Int where type(of: value) == Int.self:
            out += "\u{1}i\(number)"
        case let truth as Bool where type(of: value) == Bool.self:
            out += truth ? "\u{1}t" : "\u{1}f"
        case let list as [Any]:
            out += "\u{1}[\(list.count)"
            for item in list where !write(item, into: &out) { return false }
        case let table as [String: Any]:
            out += "\u{1}{\(table.count)"
            for (name, item) in table.sorted(by: { $0.key < $1.key }) {
                out += "\u{1}k\(name.utf8.count):" + name
                guard write(item, into: &out) else { return false }
            }
        default:
            return false
        }
        return true
    }
}
