import Foundation

/// A closed set of words a profile or library file may use.
///
/// Physios type fast, so matching forgives case and treats `_`, `-` and spaces alike;
/// a word that still does not match gets the nearest valid word as a hint.
public protocol Vocabulary: CaseIterable, RawRepresentable, Codable, Hashable, Sendable where RawValue == String {
    /// What the words are called in messages ("weakness", "day").
    static var vocabularyName: String { get }
    /// Extra spellings that mean a word (full day names, for instance), already normalised.
    static var aliases: [String: Self] { get }
}

extension Vocabulary {
    public static var aliases: [String: Self] { [:] }

    public static func match(_ text: String) -> Self? {
        let key = VocabularyText.normalise(text)
        if let word = allCases.first(where: { $0.rawValue == key }) { return word }
        return aliases[key]
    }

    public static var words: [String] { allCases.map(\.rawValue) }

    /// The valid word closest to `text`, if it is close enough to be what was meant.
    public static func suggestion(for text: String) -> String? {
        VocabularyText.nearest(to: VocabularyText.normalise(text), in: words + aliases.keys.sorted())
            .map { aliases[$0]?.rawValue ?? $0 }
    }
}

/// Text helpers shared by every vocabulary and by key matching.
public enum VocabularyText {
    public static func normalise(_ text: String) -> String {
        // Nearly every word in a file is already in normal form; checking that is much cheaper than rebuilding it
        // (every key and word of the library is read on every start).
        isNormal(text) ? text : normaliseInFull(text)
    }

    /// Trims, lower-cases and joins words with single underscores.
    static func normaliseInFull(_ text: String) -> String {
        var out = ""
        var lastWasSeparator = false
        for ch in text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
            if ch == "_" || ch == "-" || ch == " " || ch == "\t" {
                if !lastWasSeparator && !out.isEmpty { out.append("_") }
                lastWasSeparator = true
            } else {
                out.append(ch)
                lastWasSeparator = false
            }
        }
        while out.hasSuffix("_") { out.removeLast() }
        return out
    }

    /// Lower-case ASCII letters and digits, joined by single underscores.
    private static func isNormal(_ text: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: "_")
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: "_") where previous != UInt8(ascii: "_"): break
            default: return false
            }
            previous = byte
        }
        return previous != UInt8(ascii: "_")
    }

    /// Nearest candidate by edit distance, accepted when the distance is small for the word's length
    /// or when one word starts the other ("hip" -> "hip_mobility").
    public static func nearest(to text: String, in candidates: [String]) -> String? {
        guard !text.isEmpty else { return nil }
        var best: (word: String, distance: Int)?
        for candidate in candidates {
            let d = editDistance(text, candidate)
            if best == nil || d < best!.distance { best = (candidate, d) }
        }
        guard let best else { return nil }
        let limit = max(2, text.count / 3)
        if best.distance <= limit { return best.word }
        return candidates.first { $0.hasPrefix(text) && text.count >= 3 }
            ?? candidates.first { text.hasPrefix($0) && $0.count >= 3 }
    }

    /// Optimal string alignment distance: an adjacent swap ("wkees") counts as one edit,
    /// the commonest typing slip.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var twoBack = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], twoBack[j - 2] + 1)
                }
            }
            (twoBack, previous, current) = (previous, current, twoBack)
        }
        return previous[b.count]
    }
}
