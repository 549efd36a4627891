/// A form XObject as cairo 1.16 writes a painted recording surface: its dictionary with the stream's length and the
/// resources as references to other objects, then the compressed stream.
struct CairoFormObject {
    let number: Int
    let lengthObject: Int
    let resourcesObject: Int
    /// The dictionary's lines between the fixed head and `/Resources`: the box (and a group, were there one).
    let shape: ArraySlice<UInt8>
    /// The object up to its stream, the stream, and what follows it.
    let head: ArraySlice<UInt8>
    let stream: ArraySlice<UInt8>
    let tail: ArraySlice<UInt8>

    private static let fixed = "   /Filter /FlateDecode\n   /Type /XObject\n   /Subtype /Form\n"
    private static let end = "\nendstream\nendobj\n"
    /// Enough of an object to tell a form from anything else.
    static let headLength = 160

    /// Whether the object can be a form, from a window holding at least its first `headLength` bytes.
    static func mayBe(_ object: (number: Int, range: Range<Int>), in window: PDFWindow) -> Bool {
        guard var at = window.skip("\(object.number) 0 obj\n<< /Length ", at: object.range.lowerBound),
              window.number(at: &at) != nil else { return false }
        return window.skip(" 0 R\n" + fixed, at: at) != nil
    }

    /// The object read as a form, or nil when it is anything else.
    init?(_ window: PDFWindow, _ object: (number: Int, range: Range<Int>)) {
        let range = object.range
        guard var at = window.skip("\(object.number) 0 obj\n<< /Length ", at: range.lowerBound),
              let length = window.number(at: &at),
              let afterFixed = window.skip(" 0 R\n" + Self.fixed, at: at),
              let resourcesAt = window.find("   /Resources ", from: afterFixed, to: range.upperBound)
        else { return nil }
        var numberAt = resourcesAt + 14
        let endAt = range.upperBound - Self.end.utf8.count
        guard let resources = window.number(at: &numberAt),
              let streamStart = window.skip(" 0 R\n>>\nstream\n", at: numberAt),
              endAt >= streamStart, window.skip(Self.end, at: endAt) != nil
        else { return nil }
        number = object.number
        lengthObject = length
        resourcesObject = resources
        shape = window[afterFixed..<resourcesAt]
        head = window[range.lowerBound..<streamStart]
        stream = window[streamStart..<endAt]
        tail = window[endAt..<range.upperBound]
    }

    /// The object with another stream in place of its own.
    func with(stream replacement: [UInt8]) -> [UInt8] {
        Array(head) + replacement + Array(tail)
    }

    /// The object holding a stream's length, as cairo writes it.
    static func length(_ number: Int, _ value: Int) -> [UInt8] {
        Array("\(number) 0 obj\n   \(value)\nendobj\n".utf8)
    }
}
