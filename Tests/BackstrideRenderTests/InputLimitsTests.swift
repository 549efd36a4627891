import BackstrideBatch
import BackstrideCore
import BackstrideRender
import Foundation
import Testing

/// Every input besides a profile (templates, phrases, a clinic file and its logo, a library) read with the same
/// care as a profile: guarded YAML, size limits that refuse rather than truncate, regular files inside their folder.
@Suite struct InputLimitsTests {
    let data = RenderTestSupport.repository.path

    func folder(_ files: [String: [UInt8]]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("backstride-inputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: url.appendingPathComponent(name)) }
        return url
    }

    func wording(_ overrides: URL) throws -> HandoutWording {
        var digest = InputDigest()
        return try WordingReader.read(dataFolder: data, overrides: overrides.path, digest: &digest)
    }

    func clinic(_ text: String, files: [String: [UInt8]] = [:]) throws -> ClinicBranding {
        let url = try folder(files.merging(["clinic.yaml": Array(text.utf8)]) { a, _ in a })
        defer { try? FileManager.default.removeItem(at: url) }
        var digest = InputDigest()
        return try ClinicReader.read(url.appendingPathComponent("clinic.yaml").path, digest: &digest)
    }

    func messages(_ body: () throws -> Any) -> String {
        do { _ = try body() } catch let e as InvalidInput { return e.description } catch { return "\(error)" }
        return "no error"
    }

    static let billionLaughs: String = {
        var text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for (i, name) in "bcdefghi".enumerated() {
            let previous = i == 0 ? "a" : String(Array("bcdefghi")[i - 1])
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        return text
    }()

    // Issue 13, item 6: an alias bomb in a clinic's phrases ran to 5.5 GB.
    @Test func anAliasBombInPhrasesIsRefusedCheaply() throws {
        let url = try folder(["phrases.yaml": Array(Self.billionLaughs.utf8)])
        defer { try? FileManager.default.removeItem(at: url) }
        let started = Date()
        let text = messages { try wording(url) }
        #expect(text.contains("phrases.yaml:1:1: error: file has more than 10000 entries once its aliases are expanded"), "\(text)")
        #expect(Date().timeIntervalSince(started) < 5)
    }

    // Issue 13, item 6: a template over the limit was silently truncated into a 3,200-page PDF.
    @Test func aTemplateOverTheLimitIsRefusedNotTruncated() throws {
        let url = try folder(["cover.mustache": Array(repeating: UInt8(ascii: "x"), count: WordingReader.templateLimit.bytes + 1)])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(messages { try wording(url) }.contains("cover.mustache: error: cannot read: the file is larger than the 64 KB limit"))
    }

    // Issue 13, item 6: missing phrases printed `[section.key]` in the handout.
    @Test func phrasesWithMissingOrUnknownKeysAreErrorsNamingThem() throws {
        let full = try String(contentsOf: RenderTestSupport.repository.appendingPathComponent("Templates/en/phrases.yaml"), encoding: .utf8)
        let gappy = full.replacingOccurrences(of: "  referral_title:", with: "  referal_title:")
        let url = try folder(["phrases.yaml": Array(gappy.utf8)])
        defer { try? FileManager.default.removeItem(at: url) }
        let text = messages { try wording(url) }
        #expect(text.contains("1 phrase is missing: metadata.referral_title"), "\(text)")
        #expect(text.contains("unknown phrase `metadata.referal_title`") && text.contains("did you mean `metadata.referral_title`?"))
        let exact = try folder(["phrases.yaml": Array(full.utf8)])
        defer { try? FileManager.default.removeItem(at: exact) }
        #expect(try wording(exact).phrase("metadata", "referral_title", ["clientName": "A"]).contains("A"))
    }

    // Issue 13, item 11: a Mustache mistake is told at its own line and column, in words.
    @Test func aMustacheMistakeIsReportedWhereItIs() throws {
        let url = try folder(["cover.mustache": Array("# Title\n{{#signs}}\nhello {{/sign}}\n".utf8), "referral.mustache": Array("{{name".utf8)])
        defer { try? FileManager.default.removeItem(at: url) }
        let text = messages { try wording(url) }
        #expect(text.contains("cover.mustache:3:10: error: Mustache: this closing tag does not match the section it closes"), "\(text)")
        #expect(!text.contains("ParserError") && !text.contains("context:"), "a Swift value was dumped: \(text)")
    }

    // Issue 13, item 8: a template linked to /etc/shadow printed the password hashes.
    @Test func aTemplateLinkedOutsideItsFolderIsRefused() throws {
        let url = try folder([:])
        defer { try? FileManager.default.removeItem(at: url) }
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("backstride-secret-\(UUID().uuidString)")
        try "root:$6$hash".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        try FileManager.default.createSymbolicLink(at: url.appendingPathComponent("cover.mustache"), withDestinationURL: secret)
        let text = messages { try wording(url) }
        #expect(text.contains("cover.mustache: error: cannot read: it is a link to") && text.contains("outside"), "\(text)")
        // A link to another file in the same folder is fine.
        try FileManager.default.removeItem(at: url.appendingPathComponent("cover.mustache"))
        try "# Ours\n".write(to: url.appendingPathComponent("shared.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent("cover.mustache").path, withDestinationPath: "shared.txt")
        _ = try wording(url)
    }

    // Issue 13, item 8: the library folder too.
    @Test func aLibraryFileLinkedOutsideItsFolderIsRefused() throws {
        let url = try folder([:])
        defer { try? FileManager.default.removeItem(at: url) }
        try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent("x.yaml").path, withDestinationPath: "/etc/passwd")
        var digest = InputDigest()
        #expect(messages { try LibraryReader.load(dataFolder: data, clinicFolder: url.path, digest: &digest) }.contains("it is a link to /etc/passwd"))
    }

    // Issue 13, item 6: logos are checked before they are decoded, and made small once.
    @Test func logosAreCheckedAndMadeSmall() throws {
        // Only the header says 20000 x 20000: a reader that decoded it before checking would need 1.6 GB.
        let huge = Self.png(width: 20000, height: 20000, pixels: false)
        #expect(messages { try clinic("name: C\nlogo: big.png\n", files: ["big.png": huge]) }
            .contains("clinic.yaml:2:7: error: logo big.png: the image is 20000 x 20000 pixels"))
        #expect(messages { try clinic("name: C\nlogo: fake.png\n", files: ["fake.png": Array("\u{89}PNG not really".utf8)]) }
            .contains("logo fake.png: it is not a PNG image"))
        let real = Array(try Data(contentsOf: RenderTestSupport.repository.appendingPathComponent("Assets/clinics/harbour-physio-logo.png")))
        #expect(messages { try clinic("name: C\nlogo: cut.png\n", files: ["cut.png": Array(real.prefix(real.count / 2))]) }
            .contains("logo cut.png: it is a damaged or unsupported PNG image"))
        let big = Self.png(width: 3000, height: 1500)
        let logo = try #require(try clinic("name: C\nlogo: wide.png\n", files: ["wide.png": big]).logo)
        let size = try LogoImage.dimensions(logo)
        #expect(size.width == LogoImage.printSize.width && size.height == LogoImage.printSize.height, "\(size)")
    }

    // Issue 13, item 6: accents are `#RRGGBB` only.
    @Test func accentsMustBeHashAndSixHexDigits() throws {
        for bad in ["-FFFFF", "123456", "#12345G", "#1234567", "#+12345"] {
            #expect(messages { try clinic("name: C\naccent: \"\(bad)\"\n") }.contains("accent must be a colour like #1F5FAD (found \(bad))"), "\(bad)")
        }
        #expect(try clinic("name: C\naccent: \"#1f5fad\"\n").accent != nil)
    }

    @Test func clinicTextHasLengthLimits() throws {
        let text = messages { try clinic("name: \(String(repeating: "N", count: 500))\n") }
        #expect(text.contains("name is 500 characters long; at most 120 fit on the cover"))
    }

    /// A black one-bit PNG; without `pixels`, only its header (the image data is left empty).
    static func png(width: Int, height: Int, pixels: Bool = true) -> [UInt8] {
        func be32(_ v: Int) -> [UInt8] { [24, 16, 8, 0].map { UInt8((v >> $0) & 0xFF) } }
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let body = Array(type.utf8) + data
            return be32(data.count) + body + be32(Int(CRC32.of(body)))
        }
        let row = [UInt8](repeating: 0, count: 1 + (width + 7) / 8)
        let raw = pixels ? (0..<height).flatMap { _ in row } : []
        let ihdr = be32(width) + be32(height) + [1, 0, 0, 0, 0]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", ihdr) + chunk("IDAT", Deflate.stored(raw)) + chunk("IEND", [])
    }
}

/// The checksums a PNG needs, for building test images without an image library.
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n in
        (0..<8).reduce(UInt32(n)) { c, _ in c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    }

    static func of(_ bytes: [UInt8]) -> UInt32 {
        ~bytes.reduce(~UInt32(0)) { table[Int(($0 ^ UInt32($1)) & 0xFF)] ^ ($0 >> 8) }
    }
}

/// zlib data in stored (uncompressed) blocks: valid for any decoder, no compressor needed.
enum Deflate {
    static func stored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let n = min(65_535, data.count - offset)
            let last: UInt8 = offset + n == data.count ? 1 : 0
            out += [last, UInt8(n & 0xFF), UInt8(n >> 8), UInt8(~n & 0xFF), UInt8((~n >> 8) & 0xFF)]
            out += data[offset..<(offset + n)]
            offset += n
        } while offset < data.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return out + [24, 16, 8, 0].map { UInt8(((b << 16 | a) >> $0) & 0xFF) }
    }
}
