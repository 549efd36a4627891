import ArgumentParser
import BackstrideBatch
import BackstrideCore
import Foundation

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}

/// `--today`: the one place the command line reads the clock. Everything below gets the date as a value.
struct TodayOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Treat this day as today (YYYY-MM-DD); default: the system date.", valueName: "date"))
    var today: CalendarDate?

    /// Years a plan can be computed in: far enough from 9999 that a plan never runs past the calendar's end.
    static let years = 1900...9000

    func validate() throws {
        if let today, !Self.years.contains(today.year) {
            throw ValidationError("--today must be a day between the years \(Self.years.lowerBound) and \(Self.years.upperBound) (found \(today.iso))")
        }
    }

    var resolved: CalendarDate {
        if let today { return today }
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

/// `-q` and `-v`, the same on every command that has them.
struct Verbosity: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only problems.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print where the data and fonts come from, and every file written.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }
}

/// Data goes to standard output; messages, progress and problems to standard error, so `> file` captures only data.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// How diagnostics look on standard error: source lines always, colour on a terminal unless NO_COLOR is set.
    static var diagnostics: DiagnosticFormat {
        let environment = ProcessInfo.processInfo.environment
        let colour = isatty(STDERR_FILENO) == 1 && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        return DiagnosticFormat(colour: colour, snippets: true)
    }

    static func report(_ diagnostic: Diagnostic, source: [UInt8]?) {
        error(diagnostics.text(diagnostic, source: source))
    }
}
