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

    /// - Parameter afterHardSunday / afterStrengthSunday: what last week's Sunday held, so nothing hard or
    ///   no strength lands on the Monday after it.
    static func make(available: [Weekday], longRunDay: Weekday, runs: Int, strength: Int, crossTrain: Bool,
                     strides: Bool, afterHardSunday: Bool = false, afterStrengthSunday: Bool = false) -> WeekSchedule {
        var usable = available.sorted()
        // A week open every day still needs a full rest day: the one after the long run.
        if usable.count == 7 { usable.removeAll { $0 == dayAfter(longRunDay) } }
        guard !usable.isEmpty else {
            return WeekSchedule(runDays: [], longRunDay: nil, strengthDays: [], crossTrainDay: nil, stridesDay: nil)
        }
        let long = usable.contains(longRunDay) ? longRunDay : usable.last!
        var runDays = [long]
        while runDays.count < min(runs, usable.count) {
            let candidates = usable.filter { !runDays.contains($0) }
            // Spread runs out; prefer not the day after the long run, then the earlier day.
            let best = candidates.max { a, b in
                let ka = (runDays.map { gap(a, $0) }.min()!, a != dayAfter(long) ? 1 : 0, -a.index)
                let kb = (runDays.map { gap(b, $0) }.min()!, b != dayAfter(long) ? 1 : 0, -b.index)
                return ka < kb
            }!
            runDays.append(best)
        }
        var strengthDays: [Weekday] = []
        let afterLong = dayAfter(long)
        let strengthCandidates = usable.filter { $0 != long && $0 != afterLong }
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
            stridesDay = runDays.filter { $0 != long && gap($0, long) > 1 && !(afterHardSunday && $0 == .mon) }.sorted().first
        }
        // Only the client's own long-run day holds a long run: a first week that starts after it has none.
        return WeekSchedule(runDays: runDays.sorted(), longRunDay: long == longRunDay ? long : nil, strengthDays: strengthDays.sorted(),
                            crossTrainDay: crossTrainDay, stridesDay: stridesDay)
    }
}
