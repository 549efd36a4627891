/// A form XObject as cairo 1.16 writes a painted recording surface: its dictionary with the stream's length and the
/// resources as references to other objects, then the compressed stream.
struct CairoFormObject {
    let number: Int
    let lengthObject: Int
    let resourcesObject: Int
    /// The dictionary's lines between the fixed head and `/Resources`: the BBox (and a group, were there one).
    let shape: ArraySlice<UInt8>
    let stream: Range<Int>
    let range: Range<Int>

    private static let head = "   /Filter /FlateDecode\n   /Type /XObject\n   /Subtype /Form\n"
    private static let end = "\nendstream\nendobj\n"

    /// The object read as a form, or nil when it is anything else.
    init?(_ file: CairoPDFFile, _ object: (number: Int, range: Range<Int>)) {
        let bytes = file.bytes
        guard var at = CairoPDFFile.skip("\(object.number) 0 obj\n<< /Length ", in: bytes, at: object.range.lowerBound),
              let length = CairoPDFFile.number(in: bytes, at: &at),
              let afterHead = CairoPDFFile.skip(" 0 R\n" + Self.head, in: bytes, at: at),
              let resourcesAt = CairoPDFFile.find("   /Resources ", in: bytes, from: afterHead, to: object.range.upperBound)
        else { return nil }
        var numberAt = resourcesAt + 14
        guard let resources = CairoPDFFile.number(in: bytes, at: &numberAt),
              let streamStart = CairoPDFFile.skip(" 0 R\n>>\nstream\n", in: bytes, at: numberAt),
              object.range.upperBound - Self.end.utf8.count >= streamStart,
              bytes[(object.range.upperBound - Self.end.utf8.count)..<object.range.upperBound].elementsEqual(Self.end.utf8)
        else { return nil }
        number = object.number
        lengthObject = length
        resourcesObject = resources
        shape = bytes[afterHead..<resourcesAt]
        stream = streamStart..<(object.range.upperBound - Self.end.utf8.count)
        range = object.range
    }

    /// The object with another stream in place of its own.
    func with(stream replacement: [UInt8], in file: CairoPDFFile) -> [UInt8] {
        Array(file.bytes[range.lowerBound..<stream.lowerBound]) + replacement + Array(file.bytes[stream.upperBound..<range.upperBound])
    }

    /// The object holding a stream's length, as cairo writes it.
    static func length(_ number: Int, _ value: Int) -> [UInt8] {
        Array("\(number) 0 obj\n   \(value)\nendobj\n".utf8)
    }
}
