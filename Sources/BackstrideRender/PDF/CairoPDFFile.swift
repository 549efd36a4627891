import Foundation

/// Some of a PDF's bytes, addressed by their positions in the file: the whole file in memory, or one object read
/// from a file on disk.
struct PDFWindow {
    let bytes: [UInt8]
    /// The file position of `bytes[0]`.
    let start: Int

    var end: Int { start + bytes.count }

    subscript(_ range: Range<Int>) -> ArraySlice<UInt8> { bytes[(range.lowerBound - start)..<(range.upperBound - start)] }

    /// The position just after `text` when the bytes at `at` are `text`.
    func skip(_ text: String, at: Int) -> Int? {
        let utf8 = text.utf8
        guard at >= start, at + utf8.count <= end, self[at..<at + utf8.count].elementsEqual(utf8) else { return nil }
        return at + utf8.count
    }

    /// The decimal number at `at`, moving `at` past it; leading spaces allowed.
    func number(at: inout Int) -> Int? {
        while at < end, bytes[at - start] == UInt8(ascii: " ") { at += 1 }
        var value = 0, digits = 0
        while at < end, digits < 12, case let byte = bytes[at - start], byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            at += 1
            digits += 1
        }
        return digits > 0 ? value : nil
    }

    func find(_ text: String, from: Int, to limit: Int) -> Int? {
        let needle = Array(text.utf8), limit = min(limit, end)
        guard let first = needle.first, from >= start else { return nil }
        var at = from
        while at + needle.count <= limit {
            if bytes[at - start] == first, self[at..<at + needle.count].elementsEqual(needle) { return at }
            at += 1
        }
        return nil
    }
}

/// Where a PDF's bytes are read from.
protocol PDFSource {
    var count: Int { get }
    /// The bytes at `range`, or nil when they cannot be read.
    func window(_ range: Range<Int>) -> PDFWindow?
}

/// A PDF held in memory: every window is the whole file, so nothing is copied.
struct PDFBytes: PDFSource {
    let all: PDFWindow

    init(_ bytes: [UInt8]) { all = PDFWindow(bytes: bytes, start: 0) }

    var count: Int { all.bytes.count }

    func window(_ range: Range<Int>) -> PDFWindow? { range.upperBound <= count ? all : nil }
}

/// A PDF in an open file, read a piece at a time (the weekly pack, which is never held whole).
struct PDFFileSource: PDFSource {
    let descriptor: Int32
    let count: Int

    func window(_ range: Range<Int>) -> PDFWindow? {
        guard range.lowerBound >= 0, range.upperBound <= count else { return nil }
        var bytes = [UInt8](repeating: 0, count: range.count)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, range.count - done, off_t(range.lowerBound + done)) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return nil }
            done += n
        }
        return PDFWindow(bytes: bytes, start: range.lowerBound)
    }
}

/// The objects of a PDF exactly as cairo 1.16 writes it: a header, objects `N 0 obj` … `endobj` one after another, a
/// classic cross-reference table, a trailer. Not a PDF reader: it knows only cairo's own layout, so that pieces of one
/// cairo file can be swapped for pieces of another, and anything it does not recognise makes it give up (nil) rather
/// than guess.
struct CairoPDFFile {
    let source: any PDFSource
    /// Each object's place, `N 0 obj\n` through `endobj\n`, in file order.
    let objects: [(number: Int, range: Range<Int>)]
    /// Object number to its index in `objects`.
    private let index: [Int: Int]
    /// The cross-reference table's entries, by object number (20 bytes each, as in the file).
    private let entries: [ArraySlice<UInt8>]
    /// From `trailer` up to `startxref`.
    private let trailer: ArraySlice<UInt8>
    private let xref: Int

    init?(_ bytes: [UInt8]) { self.init(PDFBytes(bytes)) }

    init?(_ source: any PDFSource) {
        self.source = source
        let eof = "\n%%EOF\n"
        guard source.count > 64, let last = source.window((source.count - 64)..<source.count),
              last[(source.count - eof.utf8.count)..<source.count].elementsEqual(eof.utf8),
              let startxref = last.find("startxref\n", from: last.start, to: last.end) else { return nil }
        var at = startxref + 10
        guard let xref = last.number(at: &at), xref < source.count, let tail = source.window(xref..<source.count),
              var position = tail.skip("xref\n0 ", at: xref), let count = tail.number(at: &position),
              var row = tail.skip("\n", at: position) else { return nil }
        var entries: [ArraySlice<UInt8>] = []
        var placed: [(number: Int, offset: Int)] = []
        for number in 0..<count {
            guard row + 20 <= tail.end else { return nil }
            let entry = tail[row..<row + 20]
            if entry[entry.startIndex + 17] == UInt8(ascii: "n") {
                var digits = row
                guard let offset = tail.number(at: &digits), offset < xref else { return nil }
                placed.append((number, offset))
            }
            entries.append(entry)
            row += 20
        }
        guard tail.skip("trailer\n", at: row) != nil, let trailerEnd = tail.find("startxref\n", from: row, to: tail.end) else { return nil }
        placed.sort { $0.offset < $1.offset }
        var objects: [(number: Int, range: Range<Int>)] = []
        var index: [Int: Int] = [:]
        for (i, object) in placed.enumerated() {
            let end = i + 1 < placed.count ? placed[i + 1].offset : xref
            guard end > object.offset else { return nil }
            index[object.number] = objects.count
            objects.append((object.number, object.offset..<end))
        }
        self.objects = objects
        self.index = index
        self.entries = entries
        self.trailer = tail[row..<trailerEnd]
        self.xref = xref
    }

    /// An object's bytes, checked to start as object `number`.
    func object(_ number: Int) -> (window: PDFWindow, range: Range<Int>)? {
        guard let i = index[number] else { return nil }
        let range = objects[i].range
        guard let window = source.window(range), window.skip("\(number) 0 obj\n", at: range.lowerBound) != nil else { return nil }
        return (window, range)
    }

    /// An object's bytes between `N 0 obj\n` and `endobj\n`.
    func body(_ number: Int) -> ArraySlice<UInt8>? {
        guard let (window, range) = object(number), let start = window.skip("\(number) 0 obj\n", at: range.lowerBound),
              range.upperBound - 7 >= start, window.skip("endobj\n", at: range.upperBound - 7) != nil else { return nil }
        return window[start..<(range.upperBound - 7)]
    }

    /// Writes the file with some objects' bytes replaced (`replacement` gives a whole object, `N 0 obj\n` …
    /// `endobj\n`, or nil to keep it), and the cross-reference table again for the new offsets. False when a piece
    /// could not be read or `write` refused it.
    func write(replacing replacement: (Int) -> [UInt8]?, to write: (ArraySlice<UInt8>) -> Bool) -> Bool {
        var offset = 0
        func put(_ bytes: ArraySlice<UInt8>) -> Bool {
            offset += bytes.count
            return write(bytes)
        }
        let head = 0..<(objects.first?.range.lowerBound ?? xref)
        guard let start = source.window(head), put(start[head]) else { return false }
        var offsets = [Int](repeating: -1, count: entries.count)
        for object in objects {
            offsets[object.number] = offset
            if let bytes = replacement(object.number) {
                guard put(bytes[...]) else { return false }
            } else {
                guard let window = source.window(object.range), put(window[object.range]) else { return false }
            }
        }
        let table = offset
        var xref = Array("xref\n0 \(entries.count)\n".utf8)
        xref.reserveCapacity(xref.count + 20 * entries.count)
        for (number, entry) in entries.enumerated() {
            if offsets[number] >= 0 {
                let digits = String(offsets[number])
                xref += Array((String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n").utf8)
            } else {
                xref += entry
            }
        }
        return put(xref[...]) && put(trailer) && put(Array("startxref\n\(table)\n%%EOF\n".utf8)[...])
    }

    /// The file with some objects replaced, in memory (see `write(replacing:to:)`).
    func replacing(_ replacements: [Int: [UInt8]]) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(source.count + replacements.values.reduce(0) { $0 + $1.count })
        let done = write(replacing: { replacements[$0] }, to: { out.append(contentsOf: $0); return true })
        return done ? out : nil
    }
}
