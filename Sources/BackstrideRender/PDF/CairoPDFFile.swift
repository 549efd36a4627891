/// The objects of a PDF exactly as cairo 1.16 writes it: a header, objects `N 0 obj` … `endobj` one after another, a
/// classic cross-reference table, a trailer. Not a PDF reader: it knows only cairo's own layout, so that pieces of one
/// cairo file can be swapped for pieces of another, and anything it does not recognise makes it give up (nil) rather
/// than guess.
struct CairoPDFFile {
    let bytes: [UInt8]
    /// Each object's bytes, `N 0 obj\n` through `endobj\n`, in file order.
    let objects: [(number: Int, range: Range<Int>)]
    /// The cross-reference table's entries, indexed by object number (20 bytes each, as in the file).
    private let entries: [ArraySlice<UInt8>]
    /// From `trailer` up to `startxref`.
    private let trailer: ArraySlice<UInt8>
    private let xref: Int

    init?(_ bytes: [UInt8]) {
        self.bytes = bytes
        guard let xref = Self.startxref(bytes), xref < bytes.count,
              var at = Self.skip("xref\n0 ", in: bytes, at: xref),
              let count = Self.number(in: bytes, at: &at), Self.skip("\n", in: bytes, at: at) != nil else { return nil }
        at += 1
        var entries: [ArraySlice<UInt8>] = []
        var placed: [(number: Int, offset: Int)] = []
        for number in 0..<count {
            guard at + 20 <= bytes.count else { return nil }
            let entry = bytes[at..<at + 20]
            if entry[at + 17] == UInt8(ascii: "n") {
                var digits = at
                guard let offset = Self.number(in: bytes, at: &digits), offset < xref else { return nil }
                placed.append((number, offset))
            }
            entries.append(entry)
            at += 20
        }
        guard let trailerEnd = Self.find("startxref\n", in: bytes, from: at), Self.skip("trailer\n", in: bytes, at: at) != nil
        else { return nil }
        placed.sort { $0.offset < $1.offset }
        var objects: [(number: Int, range: Range<Int>)] = []
        for (index, object) in placed.enumerated() {
            let end = index + 1 < placed.count ? placed[index + 1].offset : xref
            guard Self.skip("\(object.number) 0 obj\n", in: bytes, at: object.offset) != nil, end > object.offset else { return nil }
            objects.append((object.number, object.offset..<end))
        }
        self.objects = objects
        self.entries = entries
        self.trailer = bytes[at..<trailerEnd]
        self.xref = xref
    }

    /// The file with some objects' bytes replaced (keyed by object number, each `N 0 obj\n` … `endobj\n`), and the
    /// cross-reference table written again for the new offsets.
    func replacing(_ replacements: [Int: [UInt8]]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + replacements.values.reduce(0) { $0 + $1.count })
        out.append(contentsOf: bytes[0..<(objects.first?.range.lowerBound ?? xref)])
        var offsets: [Int: Int] = [:]
        for object in objects {
            offsets[object.number] = out.count
            if let replacement = replacements[object.number] {
                out.append(contentsOf: replacement)
            } else {
                out.append(contentsOf: bytes[object.range])
            }
        }
        let xrefAt = out.count
        out.append(contentsOf: Array("xref\n0 \(entries.count)\n".utf8))
        for (number, entry) in entries.enumerated() {
            if let offset = offsets[number] {
                let digits = String(offset)
                out.append(contentsOf: Array((String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n").utf8))
            } else {
                out.append(contentsOf: entry)
            }
        }
        out.append(contentsOf: trailer)
        out.append(contentsOf: Array("startxref\n\(xrefAt)\n%%EOF\n".utf8))
        return out
    }

    // MARK: reading cairo's fixed layout

    /// The offset after `startxref`, read from the file's last line but one.
    private static func startxref(_ bytes: [UInt8]) -> Int? {
        let tail = "\n%%EOF\n"
        guard bytes.count > 64, bytes.suffix(tail.utf8.count).elementsEqual(tail.utf8) else { return nil }
        var start = bytes.count - tail.utf8.count
        while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        guard start >= 10, bytes[(start - 10)..<start].elementsEqual("startxref\n".utf8) else { return nil }
        var at = start
        return number(in: bytes, at: &at)
    }

    /// The decimal number at `at`, moving `at` past it; leading zeros and spaces allowed.
    static func number(in bytes: [UInt8], at: inout Int) -> Int? {
        while at < bytes.count, bytes[at] == UInt8(ascii: " ") { at += 1 }
        var value = 0, digits = 0
        while at < bytes.count, bytes[at] >= UInt8(ascii: "0"), bytes[at] <= UInt8(ascii: "9"), digits < 12 {
            value = value * 10 + Int(bytes[at] - UInt8(ascii: "0"))
            at += 1
            digits += 1
        }
        return digits > 0 ? value : nil
    }

    /// The offset just after `text` when the bytes at `at` are `text`.
    static func skip(_ text: String, in bytes: [UInt8], at: Int) -> Int? {
        let utf8 = text.utf8
        guard at >= 0, at + utf8.count <= bytes.count, bytes[at..<at + utf8.count].elementsEqual(utf8) else { return nil }
        return at + utf8.count
    }

    static func find(_ text: String, in bytes: [UInt8], from: Int, to end: Int? = nil) -> Int? {
        let needle = Array(text.utf8), end = min(end ?? bytes.count, bytes.count)
        guard let first = needle.first, end - needle.count >= from else { return nil }
        var at = from
        while at <= end - needle.count {
            if bytes[at] == first, bytes[at..<at + needle.count].elementsEqual(needle) { return at }
            at += 1
        }
        return nil
    }
}
