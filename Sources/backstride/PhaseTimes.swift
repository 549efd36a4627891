import BackstrideCore
import Foundation

/// Where one command's time went, phase by phase from the process's start, for `render --stats`: the measure that
/// tells which set-up step a cold handout waits for.
final class PhaseTimes {
    private var phases: [(name: String, seconds: Double)] = []
    private var last = MonotonicClock.seconds()

    init() {
        if let sinceStart = MonotonicClock.sinceProcessStart() { phases.append(("start", sinceStart)) }
    }

    func mark(_ name: String) { split(name, measured: []) }

    /// Ends a step whose parts were timed inside it: each part is counted under its own name, the remainder as `name`.
    func split(_ name: String, measured parts: [(String, Double)]) {
        let now = MonotonicClock.seconds()
        for (part, seconds) in parts { add(part, seconds) }
        add(name, now - last - parts.map(\.1).reduce(0, +))
        last = now
    }

    private func add(_ name: String, _ seconds: Double) {
        if let i = phases.firstIndex(where: { $0.name == name }) { phases[i].seconds += seconds } else { phases.append((name, seconds)) }
    }

    var line: String {
        let total = phases.map(\.seconds).reduce(0, +)
        return "stats: " + phases.map { String(format: "%@=%.1fms", $0.name, $0.seconds * 1000) }.joined(separator: " ")
            + String(format: " total=%.1fms", total * 1000)
    }
}
