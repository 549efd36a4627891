import CCairo
import Foundation

/// The handout's fonts, isolated from whatever else a machine has installed.
///
/// A fresh fontconfig configuration holds only these files, so a PDF comes out the same on every
/// machine. DejaVu Sans covers Latin, Greek, Cyrillic and the symbols we print; Noto Sans CJK
/// covers Chinese, Japanese and Korean names. All come from Debian packages that `make setup` installs.
public final class FontLibrary: @unchecked Sendable {
    public static let family = "DejaVu Sans"

    public static let defaultFiles: [String] = [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    ]

    let config: OpaquePointer

    public init(files: [String] = FontLibrary.defaultFiles) throws {
        for file in files where !FileManager.default.fileExists(atPath: file) {
            throw RenderError.fontMissing(path: file)
        }
        guard let config = FcConfigCreate() else { throw RenderError.fontConfig("FcConfigCreate failed") }
        for file in files where FcConfigAppFontAddFile(config, file) == 0 {
            FcConfigDestroy(config)
            throw RenderError.fontConfig("cannot load \(file)")
        }
        self.config = config
    }

    deinit { FcConfigDestroy(config) }

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
