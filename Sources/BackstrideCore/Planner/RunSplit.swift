/// Splits a week's running volume into runs: the long run at most a third of the week (with three
/// or more runs), the others equal, every distance rounded down to the plan's step.
struct RunSplit: Equatable {
    var long: Double?
    var easy: Double
    var runs: Int

    var total: Double { (long ?? easy) + easy * Double(max(0, runs - 1)) }

    init(volume: Double, runs: Int, withLong: Bool, step: Double) {
        func down(_ v: Double) -> Double { max(0, (v / step + 1e-9).rounded(.down) * step) }
        self.runs = runs
        guard runs > 0 else {
            long = nil
            easy = 0
            return
        }
        guard withLong, runs >= 3 else {
            long = nil
            easy = down(volume / Double(runs))
            return
        }
        var long = down(volume * ProgressionRules.longRunShare)
        let easy = down((volume - long) / Double(runs - 1))
        // Rounding the easy runs down can leave the long run just over a third of what remains.
        while long > step, long > (long + easy * Double(runs - 1)) * ProgressionRules.longRunShare + 1e-9 {
            long -= step
        }
        self.long = long
        self.easy = easy
    }
}
