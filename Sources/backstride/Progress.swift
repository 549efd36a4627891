import BackstrideBatch
import Foundation

/// Progress on standard error: a bar that redraws in place on a terminal, one line per file otherwise.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let quiet: Bool
    private let started: Date
    private let terminal: Bool

    /// `verbose` prints one line per file even on a terminal.
    init(quiet: Bool, verbose: Bool = false, started: Date) {
        self.quiet = quiet
        self.started = started
        terminal = isatty(STDERR_FILENO) == 1 && !verbose
    }

    func update(done: Int, total: Int, entry: ManifestEntry) {
        guard !quiet else { return }
        lock.withLock {
            if terminal {
                let elapsed = Date().timeIntervalSince(started)
                let rate = Double(done) / max(elapsed, 0.001)
                let left = Double(total - done) / max(rate, 0.001)
                let width = 30
                let filled = total > 0 ? width * done / total : width
                let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
                FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total)  \(String(format: "%.1f", rate))/s  \(Int(left.rounded())) s left ".utf8))
            } else {
                let name = entry.source
                FileHandle.standardError.write(Data("\(done)/\(total) \(name): \(entry.statusText)\n".utf8))
            }
        }
    }

    func clearLine() {
        guard terminal, !quiet else { return }
        lock.withLock { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    func finish() {
        guard terminal, !quiet else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}

/// The `--stats` line: what the benchmark reads.
enum Statistics {
    static func line(outcome: BatchOutcome, started: Date, jobs: Int) -> String {
        let seconds = Date().timeIntervalSince(started)
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peakMB = Double(usage.ru_maxrss) / 1024
        return String(format: "stats: jobs=%d rendered=%d pages=%d seconds=%.3f handouts_per_s=%.1f pages_per_s=%.1f mb_written=%.2f peak_rss_mb=%.1f",
                      jobs, outcome.rendered, outcome.pages, seconds, Double(outcome.rendered) / seconds, Double(outcome.pages) / seconds,
                      Double(outcome.bytesWritten) / 1_048_576, peakMB)
    }
}
