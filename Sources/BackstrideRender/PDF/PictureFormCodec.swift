import CCairo

/// A kept picture form's file (`PictureFormShelf`): `BSFORM01`, the picture's key, the box as four numbers stored as
/// their exact bits, the four byte strings of the form, then a 64-bit FNV-1a checksum of all before it. Lengths are
/// 32-bit and everything little-endian. A file that does not read back exactly, or is another picture's, is refused.
enum PictureFormCodec {
    static let magic = Array("BSFORM01".utf8)

    static func encode(_ form: PictureForm, key: String) -> [UInt8] {
        var out = magic
        func bytes(_ b: [UInt8]) {
            withUnsafeBytes(of: UInt32(b.count).littleEndian) { out += $0 }
            out += b
        }
        bytes(Array(key.utf8))
        for n in [form.box.x, form.box.y, form.box.width, form.box.height] {
            withUnsafeBytes(of: n.bitPattern.littleEndian) { out += $0 }
        }
        for part in [form.stream, form.standInStream, form.shape, form.resources] { bytes(part) }
        withUnsafeBytes(of: checksum(out[...]).littleEndian) { out += $0 }
        return out
    }

    static func decode(_ file: [UInt8], key: String) -> PictureForm? {
        guard file.count >= magic.count + 8 else { return nil }
        let body = file[..<(file.count - 8)]
        guard little(file[(file.count - 8)...]) == checksum(body) else { return nil }
        var at = magic.count
        func take(_ n: Int) -> ArraySlice<UInt8>? {
            guard n >= 0, at + n <= body.count else { return nil }
            defer { at += n }
            return body[at..<(at + n)]
        }
        func bytes() -> [UInt8]? {
            take(4).flatMap { take(Int(little($0))) }.map(Array.init)
        }
        func number() -> Double? {
            take(8).map { Double(bitPattern: little($0)) }
        }
        guard body.prefix(magic.count).elementsEqual(magic), let stored = bytes(), stored.elementsEqual(key.utf8),
              let x = number(), let y = number(), let width = number(), let height = number(),
              let stream = bytes(), let standIn = bytes(), let shape = bytes(), let resources = bytes(), at == body.count
        else { return nil }
        return PictureForm(box: cairo_rectangle_t(x: x, y: y, width: width, height: height), stream: stream,
                           standInStream: standIn, shape: shape, resources: resources)
    }

    private static func little(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }

    private static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
    }
}
