import BackstrideCore
import CCairo
import Foundation

/// The handout's fonts, isolated from whatever else a machine has installed.
///
/// The files are found through the system's fontconfig by family, weight and slant (so any Linux layout or
/// Homebrew works), then loaded into a fresh configuration that holds only them, so a PDF comes out the same on
/// every machine. DejaVu Sans covers Latin, Greek, Cyrillic and the symbols we print; Noto Sans CJK covers
/// Chinese, Japanese and Korean names.
public final class FontLibrary: @unchecked Sendable {
    public static let family = "DejaVu Sans"

    /// One face the handout needs, and the package that has it on each system.
    public struct Face: Sendable {
        public let family: String
        public let style: String
        let weight: Int32
        let slant: Int32
        public let debian: String
        public let fedora: String
        public let homebrew: String

        public var packages: String { "\(debian) (Debian, Ubuntu), \(fedora) (Fedora), \(homebrew) (Homebrew)" }
    }

    public static let faces: [Face] = {
        let regular = Int32(FC_WEIGHT_REGULAR), bold = Int32(FC_WEIGHT_BOLD), roman = Int32(FC_SLANT_ROMAN), oblique = Int32(FC_SLANT_OBLIQUE)
        func dejavu(_ style: String, _ weight: Int32, _ slant: Int32, _ debian: String) -> Face {
            Face(family: family, style: style, weight: weight, slant: slant, debian: debian, fedora: "dejavu-sans-fonts", homebrew: "font-dejavu")
        }
        func noto(_ style: String, _ weight: Int32) -> Face {
            Face(family: "Noto Sans CJK SC", style: style, weight: weight, slant: roman, debian: "fonts-noto-cjk",
                 fedora: "google-noto-sans-cjk-fonts", homebrew: "font-noto-sans-cjk")
        }
        return [dejavu("Book", regular, roman, "fonts-dejavu-core"), dejavu("Bold", bold, roman, "fonts-dejavu-core"),
                dejavu("Oblique", regular, oblique, "fonts-dejavu-extra"), dejavu("Bold Oblique", bold, oblique, "fonts-dejavu-extra"),
                noto("Regular", regular), noto("Bold", bold)]
    }()

    let config: OpaquePointer
    /// The files in use, for `--verbose` and tests.
    public let files: [String]

    /// The handout's faces, found through the system's fontconfig, read through the cache folder when there is one.
    public convenience init() throws {
        try self.init(files: Self.locate(), cache: CacheFolder.path())
    }

    /// `cache`: a folder where fontconfig may keep its scan of the files. Scanning the two CJK collections took about
    /// 35 ms, most of a cold handout's font set-up; with the scan kept it is read in well under a millisecond.
    /// The fonts and what fontconfig knows of them are the same either way, so the PDF is too.
    public init(files: [String], cache: String? = nil) throws {
        for file in files where !FileManager.default.fileExists(atPath: file) {
            throw RenderError.fontMissing(path: file)
        }
        self.config = try cache.flatMap { Self.cachedConfig(files, cache: $0) } ?? Self.scannedConfig(files)
        self.files = files
    }

    /// A configuration holding exactly `files`, each scanned now.
    private static func scannedConfig(_ files: [String]) throws -> OpaquePointer {
        guard let config = FcConfigCreate() else { throw RenderError.fontConfig("FcConfigCreate failed") }
        for file in files where FcConfigAppFontAddFile(config, file) == 0 {
            FcConfigDestroy(config)
            throw RenderError.fontConfig("cannot load \(file)")
        }
        return config
    }

    /// A configuration holding exactly `files`, added as one folder of links that fontconfig scans once and caches
    /// (it caches folders, not single files). The folder's name changes when a file does (a package upgrade), so a
    /// kept scan is never stale. Nil when the folder cannot be made or does not give every face: then they are scanned.
    private static func cachedConfig(_ files: [String], cache: String) -> OpaquePointer? {
        let identities = files.compactMap(CacheFolder.identity)
        guard identities.count == files.count, let folder = linkFolder(files, named: cache + "/fonts-" + CacheFolder.stamp(identities)),
              let config = FcConfigCreate() else { return nil }
        let escaped = (cache + "/fontconfig").replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        let xml = "<?xml version=\"1.0\"?><fontconfig><cachedir>\(escaped)</cachedir></fontconfig>"
        // Every face must come through (a link to a file that is gone would drop one silently).
        guard FcConfigParseAndLoadFromMemory(config, xml, FcFalse) != 0, FcConfigAppFontAddDir(config, folder) != 0,
              let set = FcConfigGetFonts(config, FcSetApplication), Int(set.pointee.nfont) >= files.count else {
            FcConfigDestroy(config)
            return nil
        }
        return config
    }

    /// The folder of links to `files`, made under a temporary name and renamed so a second process never sees half.
    private static func linkFolder(_ files: [String], named folder: String) -> String? {
        let manager = FileManager.default
        if manager.fileExists(atPath: folder) { return folder }
        let partial = folder + ".\(getpid()).partial"
        do {
            try manager.createDirectory(atPath: partial, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            for (i, file) in files.enumerated() {
                try manager.createSymbolicLink(atPath: partial + "/\(i)-" + (file as NSString).lastPathComponent, withDestinationPath: file)
            }
            if rename(partial, folder) != 0 { try? manager.removeItem(atPath: partial) }
        } catch {
            try? manager.removeItem(atPath: partial)
        }
        return manager.fileExists(atPath: folder) ? folder : nil
    }

    deinit { FcConfigDestroy(config) }

    /// The file of every face in `faces`, or an error naming the first missing face and its package.
    /// Looked up once a process: every worker's renderer uses the same files.
    public static func locate() throws -> [String] { try located.get() }

    private static let located: Result<[String], RenderError> = {
        do throws(RenderError) { return .success(try search()) } catch { return .failure(error) }
    }()

    private static func search() throws(RenderError) -> [String] {
        guard let system = FcInitLoadConfigAndFonts() else { throw RenderError.fontConfig("cannot read the system's font configuration") }
        defer { FcConfigDestroy(system) }
        var files: [String] = []
        for face in faces {
            guard let file = Self.file(of: face, in: system) else {
                throw RenderError.fontNotInstalled(family: face.family, style: face.style, packages: face.packages)
            }
            if !files.contains(file) { files.append(file) }
        }
        return files
    }

    private static func file(of face: Face, in config: OpaquePointer) -> String? {
        guard let pattern = FcPatternCreate() else { return nil }
        defer { FcPatternDestroy(pattern) }
        FcPatternAddString(pattern, FC_FAMILY, face.family)
        FcPatternAddInteger(pattern, FC_WEIGHT, face.weight)
        FcPatternAddInteger(pattern, FC_SLANT, face.slant)
        // Normal width: "DejaVu Sans" is also a family name of DejaVu Sans Condensed.
        FcPatternAddInteger(pattern, FC_WIDTH, Int32(FC_WIDTH_NORMAL))
        guard let objects = FcObjectSetCreate() else { return nil }
        defer { FcObjectSetDestroy(objects) }
        FcObjectSetAdd(objects, FC_FILE)
        guard let set = FcFontList(config, pattern, objects) else { return nil }
        defer { FcFontSetDestroy(set) }
        var found: [String] = []
        for i in 0..<Int(set.pointee.nfont) {
            var value: UnsafeMutablePointer<FcChar8>?
            if let font = set.pointee.fonts[i], FcPatternGetString(font, FC_FILE, 0, &value) == FcResultMatch, let value {
                found.append(String(cString: value))
            }
        }
        // Several copies (a user's and the system's): the same choice on every run.
        return found.sorted().first
    }

    /// A Pango font map at 72 dpi (so 11 means 11 pt) drawing only from this library's fonts.
    /// Font maps are costly: make one per worker and keep it.
    func makeFontMap() throws -> UnsafeMutablePointer<PangoFontMap> {
        guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            throw RenderError.fontConfig("no FreeType font map")
        }
        // Both are GObject casts of the same object; C macros Swift cannot import.
        pango_fc_font_map_set_config(OpaquePointer(map), config)
        pango_cairo_font_map_set_resolution(OpaquePointer(map), 72)
        return map
    }
}
