/// Which days of one week get runs, strength and cross-training.
///
/// Training only on available days; at least one full rest day; the long run on its day; no strength
/// the day after the long run or on back-to-back days; runs spread as evenly as the days allow.
struct WeekSchedule: Equatable {
    var runDays: [Weekday]
    var longRunDay: Weekday?
    var strengthDays: [Weekday]
    var crossTrainDay: Weekday?
    /// The day the strides go on, when the week has them: an easy run not next to the long run.
    var stridesDay: Weekday?

    /// Circular distance between weekdays: Sunday and next Monday are neighbours too.
    static func gap(_ a: Weekday, _ b: Weekday) -> Int {
        let d = abs(a.index - b.index)
        return min(d, 7 - d)
    }

    static func dayAfter(_ d: Weekday) -> Weekday { Weekday.allCases[(d.index + 1) % 7] }

    /// - Parameter alternate: runs never on two days in a row (walk-run), nor on a Monday after a Sunday run.
    /// - Parameter afterHardSunday / afterStrengthSunday / afterRunSunday: what last week's Sunday held, so nothing
    ///   hard, no strength, or (with `alternate`) no run lands on the Monday after it.
    static func make(available: [Weekday], longRunDay: Weekday, runs: Int, strength: Int, crossTrain: Bool,
                     strides: Bool, alternate: Bool = false, afterHardSunday: Bool = false, afterStrengthSunday: Bool = false,
                     afterRunSunday: Bool = false) -> WeekSchedule {
        var usable = available.sorted()
        // A week open every day still needs a full rest day: the one after the long run.
        if usable.count == 7 { usable.removeAll { $0 == dayAfter(longRunDay) } }
        guard let lastUsable = usable.last else {
            return WeekSchedule(runDays: [], longRunDay: nil, strengthDays: [], crossTrainDay: nil, stridesDay: nil)
        }
        let long = usable.contains(longRunDay) ? longRunDay : lastUsable
        var runDays = runs == 0 ? [] : alternate ? spaced(usable.filter { !(afterRunSunday && $0 == .mon) }, count: runs) : [long]
        while !alternate, !runDays.isEmpty, runDays.count < min(runs, usable.count) {
            let candidates = usable.filter { !runDays.contains($0) }
            // Spread runs out; prefer not the day after the long run, then the earlier day.
            let best = candidates.max { a, b in
                let ka = (runDays.map { gap(a, $0) }.min()!, a != dayAfter(long) ? 1 : 0, -a.index)
                let kb = (runDays.map { gap(b, $0) }.min()!, b != dayAfter(long) ? 1 : 0, -b.index)
                return ka < kb
            }!
            runDays.append(best)
        }
        // Walk-run has no long run; its spacing decided the days.
        let longDay: Weekday? = alternate || runDays.isEmpty ? nil : long
        var strengthDays: [Weekday] = []
        // No strength on the long run's day or the day after, when the week has a real long run (three runs or more).
        let realLong = runDays.count >= 3 ? longDay : nil
        let strengthCandidates = usable.filter { day in realLong.map { day != $0 && day != dayAfter($0) } ?? true }
            .sorted { (runDays.contains($0) ? 1 : 0, $0.index) < (runDays.contains($1) ? 1 : 0, $1.index) }
        for day in strengthCandidates where strengthDays.count < strength && !(afterStrengthSunday && day == .mon) {
            if strengthDays.allSatisfy({ gap($0, day) > 1 }) { strengthDays.append(day) }
        }
        var crossTrainDay: Weekday?
        if crossTrain {
            crossTrainDay = usable.first { !runDays.contains($0) && !strengthDays.contains($0) }
        }
        var stridesDay: Weekday?
        if strides {
            stridesDay = runDays.filter { day in
                day != longDay && (longDay.map { gap(day, $0) > 1 } ?? true) && !(afterHardSunday && day == .mon)
            }.sorted().first
        }
        // Only the client's own long-run day holds a long run: a first week that starts after it has none.
        return WeekSchedule(runDays: runDays.sorted(), longRunDay: longDay == longRunDay ? longDay : nil,
                            strengthDays: strengthDays.sorted(), crossTrainDay: crossTrainDay, stridesDay: stridesDay)
    }

    /// Up to `count` days with no two in a row, as evenly spread as the days allow (the widest smallest gap, counting
    /// round to next week's first day so a Sunday does not crowd next Monday; then the earliest days).
    static func spaced(_ days: [Weekday], count: Int) -> [Weekday] {
        func key(_ c: [Weekday]) -> (Int, Int) {
            let gaps = zip(c, c.dropFirst()).map { $1.index - $0.index } + (c.count > 1 ? [7 - c[c.count - 1].index + c[0].index] : [])
            return (c.count, gaps.min() ?? 7)
        }
        var best: [Weekday] = []
        for mask in 0..<(1 << days.count) {
            let chosen = days.indices.filter { mask & (1 << $0) != 0 }.map { days[$0] }
            guard chosen.count <= count, zip(chosen, chosen.dropFirst()).allSatisfy({ $1.index - $0.index > 1 }) else { continue }
            let (k, b) = (key(chosen), key(best))
            if k > b || (k == b && chosen.map(\.index).lexicographicallyPrecedes(best.map(\.index))) { best = chosen }
        }
        return best
    }
}
