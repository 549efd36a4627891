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

    func mark(_ name: String) {
        let now = MonotonicClock.seconds()
        add(name, now - last)
        last = now
    }

    /// A phase measured elsewhere (inside the renderer); the clock restarts after it.
    func add(_ name: String, _ seconds: Double) {
        if let i = phases.firstIndex(where: { $0.name == name }) { phases[i].seconds += seconds } else { phases.append((name, seconds)) }
    }

    /// Restarts the clock without counting the time since the last mark (it was added by parts).
    func skip() { last = MonotonicClock.seconds() }

    var line: String {
        let total = phases.map(\.seconds).reduce(0, +)
        return "stats: " + phases.map { String(format: "%@=%.1fms", $0.name, $0.seconds * 1000) }.joined(separator: " ")
            + String(format: " total=%.1fms", total * 1000)
    }
}
