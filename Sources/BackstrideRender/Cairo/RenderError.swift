import CCairo

/// Everything that can go wrong below the layout: a C status turned into a Swift error.
public enum RenderError: Error, CustomStringConvertible, Equatable, Sendable {
    case cairo(String, operation: String)
    case fontMissing(path: String)
    case fontNotInstalled(family: String, style: String, packages: String)
    case fontConfig(String)
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case let .cairo(message, operation): return "drawing failed in \(operation): \(message)"
        case let .fontMissing(path): return "font file missing: \(path) (run `make setup` to install the fonts)"
        case let .fontNotInstalled(family, style, packages):
            return "the font \(family) \(style) is not installed\n  hint: install the package \(packages), or run `make setup`"
        case let .fontConfig(message): return "font setup failed: \(message)"
        case let .cannotWrite(path, reason): return "cannot write \(path): \(reason)"
        }
    }
}

/// The one place cairo status codes are read.
enum CairoCheck {
    static func status(_ status: cairo_status_t, _ operation: String) throws {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        throw RenderError.cairo(String(cString: cairo_status_to_string(status)), operation: operation)
    }

    static func context(_ cr: OpaquePointer, _ operation: String) throws {
        try status(cairo_status(cr), operation)
    }

    static func surface(_ surface: OpaquePointer, _ operation: String) throws {
        try status(cairo_surface_status(surface), operation)
    }
}
