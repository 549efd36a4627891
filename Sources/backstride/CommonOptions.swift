import ArgumentParser
import BackstrideCore
import Foundation

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}

/// `--today`: the one place the command line reads the clock. Everything below gets the date as a value.
struct TodayOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Treat this day as today (YYYY-MM-DD); default: the system date.", valueName: "date"))
    var today: CalendarDate?

    var resolved: CalendarDate {
        if let today { return today }
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

/// Writes to standard error without buffering surprises.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func out(_ text: String) {
        print(text)
    }
}
