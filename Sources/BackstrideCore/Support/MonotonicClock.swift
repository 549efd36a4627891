import Foundation

/// Seconds on a clock that only moves forward, for timing phases (`--stats`); never printed into a document.
public enum MonotonicClock {
    public static func seconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// Seconds since this process was started (exec), from /proc; nil where /proc has no such entry.
    /// Resolution is the kernel's clock tick (usually 10 ms): enough to show the cost of loading the program.
    public static func sinceProcessStart() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
              let uptime = try? String(contentsOfFile: "/proc/uptime", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        // Field 22 (starttime, in clock ticks since boot); the fields after the command name start at field 3.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 19, let ticks = Double(fields[19]), let up = uptime.split(separator: " ").first.flatMap({ Double($0) })
        else { return nil }
        return max(0, up - ticks / Double(sysconf(Int32(_SC_CLK_TCK))))
    }
}
