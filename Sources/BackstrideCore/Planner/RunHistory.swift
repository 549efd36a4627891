/// Every run so far by date, for the single-run rule: no run more than 10% longer than the longest run of the
/// last 30 days (Frandsen et al., BJSM 2025). Walk-run sessions count with their running part only.
struct RunHistory {
    private(set) var runs: [(date: CalendarDate, distance: Double)] = []

    mutating func record(_ distance: Double, on date: CalendarDate) {
        guard distance > 0 else { return }
        runs.append((date, distance))
    }

    /// The longest run in the 30 days before `date`, counting only runs before `cutoff`.
    func longest(before date: CalendarDate, recordedBefore cutoff: CalendarDate) -> Double? {
        let from = date.adding(days: -ProgressionRules.singleRunWindowDays)
        return runs.filter { $0.date >= from && $0.date < date && $0.date < cutoff }.map(\.distance).max()
    }

    /// The longest a run on `date` may be, counting runs recorded before `cutoff` (the week's Monday).
    func singleRunCap(on date: CalendarDate, recordedBefore cutoff: CalendarDate) -> Double? {
        longest(before: date, recordedBefore: cutoff).map { $0 * (1 + ProgressionRules.singleRunIncreaseCap) }
    }
}
