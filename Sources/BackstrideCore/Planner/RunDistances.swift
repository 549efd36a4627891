/// What holds a run back from its share of the week's target.
enum RunLimit: String {
    /// 10% over the longest run of the last 30 days.
    case singleRun = "single_run"
    /// Not longer than the client's usual runs while settling.
    case usualRun = "usual_run"
    /// Under the distance where pain starts, while settling.
    case painOnset = "pain_onset"
    /// The client's minutes for a session.
    case minutes
    /// The long run within a third of the week.
    case longRunShare = "long_run_share"
}

/// The most one run may be, and the rule that sets it.
struct RunCap {
    var value: Double = .infinity
    var limit: RunLimit?

    mutating func apply(_ v: Double, _ reason: RunLimit) {
        if v < value {
            value = v
            limit = reason
        }
    }
}

/// Shares a week's target among its runs, each under its own cap: the long run first (a third of the week at
/// most, with three or more runs), then the rest shared as evenly as their caps allow, none longer than the long
/// run. Distances come back unrounded (a short run becomes a jog by the minute); the caller rounds them. Also
/// names the rule that held the week furthest below its target.
enum RunDistances {
    static func split(target: Double, days: [CalendarDate], longRunDate: CalendarDate?, hasLong: Bool, step: Double,
                      minimumRun: Double, cap: (CalendarDate) -> RunCap) -> (distances: [CalendarDate: Double], limit: RunLimit?) {
        var distance: [CalendarDate: Double] = [:]
        var binding: [RunLimit: Double] = [:]
        if hasLong, let longDate = longRunDate {
            let longCap = cap(longDate)
            var long = min(target * ProgressionRules.longRunShare, longCap.value)
            // A long run counted in distance is rounded first, so the easy runs share what it really leaves.
            if long >= minimumRun { long = (long / step + 1e-6).rounded(.down) * step }
            if let l = longCap.limit { binding[l, default: 0] += max(0, target * ProgressionRules.longRunShare - longCap.value) }
            let easyDays = days.filter { $0 != longDate }
            let easy = fill(target - long, caps: easyDays.map { ($0, cap($0)) }, ceiling: long, binding: &binding)
            // The long run stays within a third of the week as it is actually run.
            let third = easy.values.orderFreeSum / 2
            if third < long {
                binding[.longRunShare, default: 0] += long - third
                long = third
            }
            distance[longDate] = long
            for (date, d) in easy { distance[date] = min(d, long) }
        } else {
            for (date, d) in fill(target, caps: days.map { ($0, cap($0)) }, ceiling: .infinity, binding: &binding) {
                distance[date] = d
            }
        }
        let shortfall = target - distance.values.orderFreeSum > step * Double(days.count) + 1e-9
        let most = binding.filter { $0.value > 1e-9 }.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }?.key
        return (distance, shortfall ? most : nil)
    }

    /// Water-filling: every run gets an equal share of what is left, or its cap if that is less.
    private static func fill(_ total: Double, caps: [(CalendarDate, RunCap)], ceiling: Double,
                             binding: inout [RunLimit: Double]) -> [CalendarDate: Double] {
        var result: [CalendarDate: Double] = [:]
        var remaining = max(0, total)
        let ordered = caps.sorted { ($0.1.value, $0.0) < ($1.1.value, $1.0) }
        for (i, (date, c)) in ordered.enumerated() {
            let share = remaining / Double(ordered.count - i)
            let d = min(share, c.value, ceiling)
            if let l = c.limit { binding[l, default: 0] += max(0, share - c.value) }
            result[date] = d
            remaining -= d
        }
        return result
    }
}
