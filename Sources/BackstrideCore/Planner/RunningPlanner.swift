/// How a week's running is done.
enum RunMode: Equatable {
    /// No running: the clinician decides when walk-run starts.
    case none
    /// Walk-run intervals at a ladder step.
    case walkRun(step: Int)
    case continuous

    var isWalkRun: Bool { if case .walkRun = self { return true } else { return false } }
}

/// A week's running before its days are chosen.
struct RunningWeek {
    let mode: RunMode
    /// How many runs the week wants; the schedule may find fewer days.
    let runs: Int
}

/// Plans the running week by week and run by run. Walk-run climbs its ladder (each step at least twice, never in an
/// easier week); continuous running then starts at the last step's running time. Every run is checked against the
/// longest run of the last 30 days (at most 10% more), the week against the highest week so far (at most 10%
/// more), and, while settling, against the client's usual runs and the distance where their pain starts.
struct RunningPlanner {
    let baseline: RunnerBaseline
    /// The most the weekly volume may reach: the client's own volume, or what their goal needs if that is more.
    let ceiling: Double
    /// Runs other than the long run fit the client's minutes.
    let minutesCap: Double
    let minutes: Int
    private(set) var history = RunHistory()
    private var mode: RunMode
    private var sessionsAtStep = 0
    private var highest = 0.0
    private var last: (volume: Double, runs: Int, easy: Double, cutback: Bool, mode: RunMode)?
    private var continuousWeeks = 0
    private var pastPainPoint = false
    /// Running minutes of the last walk-run session: where continuous running starts.
    private var lastWalkRunMinutes = 0
    /// This week's continuous-running target, decided with the number of runs.
    private var target = 0.0

    /// The day the run before the plan is dated: the Sunday before week 1.
    private let dayBeforePlan: CalendarDate

    init(profile: ClientProfile, baseline: RunnerBaseline, goalDistance: Double?) {
        self.baseline = baseline
        dayBeforePlan = profile.schedule.firstMonday.adding(days: -1)
        let goalNeed = goalDistance.map { $0 * ProgressionRules.goalWeeklyMultiple }
        ceiling = baseline.weekly > 0 ? max(baseline.weekly, goalNeed ?? 0) : (goalNeed ?? .infinity)
        minutes = profile.schedule.minutes
        minutesCap = Double(minutes) * baseline.pace
        switch baseline.start {
        case .continuous: mode = .continuous
        case .walkRun(let step): mode = .walkRun(step: step)
        case .noRunningFirst: mode = .none
        }
        if let before = baseline.runBeforePlan {
            // Dated before week 1's Monday, so week 1's runs count it even when the plan starts mid-week.
            history.record(before, on: dayBeforePlan)
        }
    }

    var step: Double { baseline.step }

    /// This week's mode, moving on from last week's when the rules allow.
    mutating func begin(phase: Phase, cutback: Bool, wanted: Int) -> RunningWeek {
        if let last {
            switch mode {
            case .none:
                mode = .walkRun(step: 0)
                sessionsAtStep = 0
            case .walkRun(let s) where last.mode == mode && sessionsAtStep >= ProgressionRules.walkRunRepeatsPerStep && !cutback:
                if s + 1 < ProgressionRules.walkRunLadder.count {
                    mode = .walkRun(step: s + 1)
                    sessionsAtStep = 0
                } else if !(phase == .settle && (baseline.painLimit.map { $0 < baseline.minimumRun } ?? false)) {
                    // Continuous running waits for the end of settling when pain still comes on within a short run.
                    mode = .continuous
                }
            default:
                break
            }
        }
        let runs: Int
        switch mode {
        case .none: runs = 0
        case .walkRun: runs = min(wanted, ProgressionRules.walkRunSessionsPerWeek)
        case .continuous: runs = continuousRuns(phase: phase, cutback: cutback, wanted: wanted)
        }
        return RunningWeek(mode: mode, runs: runs)
    }

    /// The sessions for the days chosen (in date order), recorded for the rules of later weeks, with what changed.
    mutating func sessions(_ week: RunningWeek, phase: Phase, cutback: Bool, monday: CalendarDate, days: [CalendarDate],
                           longRunDate: CalendarDate?) -> (sessions: [CalendarDate: Session], changes: [WeekChange]) {
        var changes: [WeekChange] = []
        var result: [CalendarDate: Session] = [:]
        switch week.mode {
        case .none:
            changes.append(WeekChange(.noRunning))
        case .walkRun(let s):
            let ladder = ProgressionRules.walkRunLadder[s]
            let cycles = cycles(step: s, cutback: cutback)
            let walkPace = baseline.units == .km ? ProgressionRules.walkSpeed / 60 : ProgressionRules.walkSpeed / 60 / DistanceUnit.kilometresPerMile
            let running = Double(ladder.run * cycles) * baseline.pace
            lastWalkRunMinutes = ladder.run * cycles
            let estimate = baseline.roundDown(running + Double(ladder.walk * cycles) * walkPace)
            for date in days {
                result[date] = Session(kind: .walkRun, distance: estimate, minutes: (ladder.walk + ladder.run) * cycles,
                                       intervals: Intervals(walkMinutes: ladder.walk, runMinutes: ladder.run, repeats: cycles))
                history.record(running, on: date)
            }
            if last?.mode == RunMode.none {
                changes.append(WeekChange(.walkRunStep, to: Self.ladderText(s)))
            } else if case .walkRun(let before)? = last?.mode, before != s {
                changes.append(WeekChange(.walkRunStep, from: Self.ladderText(before), to: Self.ladderText(s)))
            } else if last?.mode == week.mode, !cutback {
                changes.append(WeekChange(.walkRunRepeat, to: Self.ladderText(s)))
            }
            if cutback { changes.append(WeekChange(.cutback, amount: Double(cycles * 100 / ProgressionRules.walkRunCycles))) }
            sessionsAtStep += days.count
        case .continuous:
            let planned = continuous(phase: phase, cutback: cutback, monday: monday, days: days, longRunDate: longRunDate)
            result = planned.sessions
            changes = planned.changes
        }
        let volume = result.values.map(exact).orderFreeSum
        if let previousRuns = last?.runs, week.mode == .continuous, last?.mode == .continuous, result.count > previousRuns {
            changes.append(WeekChange(.moreRuns, from: String(previousRuns), to: String(result.count)))
        }
        let easy = result.values.filter { $0.long != true }.map(exact).max() ?? 0
        last = (volume, result.count, easy, cutback, week.mode)
        return (result, changes)
    }

    static func ladderText(_ step: Int) -> String {
        let l = ProgressionRules.walkRunLadder[step]
        return "\(l.walk)/\(l.run)"
    }

    // MARK: Continuous running

    /// Decides the week's target volume and how many runs share it: all of `runs_per_week`, or one fewer while
    /// settling with pain above 2; after walk-run, as many runs as there were walk-run sessions; an easier week keeps
    /// last week's runs; and a run is added (one a week at most) only when the runs stay a sensible length: at least
    /// the shortest run counted in distance and three quarters of last week's easy run.
    private mutating func continuousRuns(phase: Phase, cutback: Bool, wanted: Int) -> Int {
        let planned = phase == .settle && baseline.settleDropsARun && wanted >= 3 ? wanted - 1 : wanted
        let fromLadder = last?.mode.isWalkRun == true && continuousWeeks == 0
        if fromLadder {
            let n = min(planned, max(1, last?.runs ?? planned))
            target = Double(lastWalkRunMinutes) * baseline.pace * Double(n)
            return n
        }
        guard let last, continuousWeeks > 0 else {
            target = baseline.weekly * baseline.settleKeep
            return planned
        }
        if cutback {
            target = last.volume * ProgressionRules.cutbackShare
        } else if last.cutback || phase == .settle {
            target = highest
        } else {
            target = min(highest * (1 + ProgressionRules.weeklyIncreaseCap), max(ceiling, highest))
        }
        var n = min(planned, max(1, last.runs))
        if !cutback, n < planned, target / Double(n + 1) >= max(baseline.minimumRun, last.easy * 0.75) - 1e-9 { n += 1 }
        return n
    }

    /// Cycles of a walk-run session: fewer in an easier week, and never more than the client's minutes hold.
    func cycles(step: Int, cutback: Bool) -> Int {
        let ladder = ProgressionRules.walkRunLadder[step]
        let wanted = cutback ? ProgressionRules.walkRunCutbackCycles : ProgressionRules.walkRunCycles
        return max(1, min(wanted, minutes / (ladder.walk + ladder.run)))
    }


    private mutating func continuous(phase: Phase, cutback: Bool, monday: CalendarDate, days scheduled: [CalendarDate],
                                     longRunDate: CalendarDate?) -> (sessions: [CalendarDate: Session], changes: [WeekChange]) {
        var changes: [WeekChange] = []
        guard !scheduled.isEmpty else { return ([:], changes) }
        let fromLadder = last?.mode.isWalkRun == true && continuousWeeks == 0
        let settling = phase == .settle && !fromLadder && baseline.start == .continuous
        if fromLadder {
            changes.append(WeekChange(.continuousStart, amount: Double(lastWalkRunMinutes)))
        } else if continuousWeeks > 0, cutback {
            changes.append(WeekChange(.cutback, amount: ProgressionRules.cutbackShare * 100))
        } else if continuousWeeks > 0, last?.cutback == true {
            changes.append(WeekChange(.afterCutback))
        }
        func cap(_ date: CalendarDate) -> RunCap {
            var c = RunCap()
            if let single = history.singleRunCap(on: date, recordedBefore: monday) { c.apply(single, .singleRun) }
            // While settling, no run is longer than the same run usually is; the week keeps its share by pain.
            if settling { c.apply(date == longRunDate ? baseline.longestRun : baseline.usualRun, .usualRun) }
            if phase == .settle, let limit = baseline.painLimit { c.apply(limit, .painOnset) }
            // The client's long-run day is the one day a run may take longer than their usual minutes.
            if date != longRunDate { c.apply(minutesCap, .minutes) }
            return c
        }
        func share(_ days: [CalendarDate]) -> (distances: [CalendarDate: Double], limit: RunLimit?) {
            RunDistances.split(target: target, days: days, longRunDate: longRunDate, hasLong: days.count >= 3 && longRunDate.map(days.contains) == true,
                               step: baseline.step, minimumRun: baseline.minimumRun, cap: cap)
        }
        var days = scheduled
        var split = share(days)
        // A run added this week must not leave the week shorter than without it (a long run cut to a third of a
        // week that cannot grow): then the week keeps last week's runs.
        if let last, last.mode == .continuous, days.count > last.runs, let spare = days.last(where: { $0 != longRunDate }) {
            let fewer = days.filter { $0 != spare }
            let without = share(fewer)
            if without.distances.values.orderFreeSum > split.distances.values.orderFreeSum + baseline.step {
                days = fewer
                split = without
            }
        }
        let n = days.count
        let hasLong = n >= 3 && longRunDate.map(days.contains) == true
        let distance = split.distances
        let rounded = distance.mapValues(baseline.roundDown)
        var result: [CalendarDate: Session] = [:]
        let easiest = days.filter { $0 != longRunDate }.compactMap { rounded[$0] }.max() ?? 0
        for date in days {
            guard let exactDistance = distance[date], let d = rounded[date] else { continue }
            // A run whose cap is shorter than the shortest jog is left out rather than run too long.
            guard var session = d < baseline.minimumRun ? jog(exactDistance, cap: cap(date).value) : Session(kind: .run, distance: d)
            else { continue }
            if session.byTime != true, hasLong, date == longRunDate, d > easiest { session.long = true }
            result[date] = session
        }
        // Jogs by the minute can come out shorter than their share: the long run still stays within a third.
        if let longDate = longRunDate, let long = result[longDate], long.long == true, let d = long.distance {
            let others = result.filter { $0.key != longDate }.compactMap(\.value.distance)
            let third = baseline.roundDown(others.orderFreeSum / 2)
            if d > third {
                result[longDate] = third < baseline.minimumRun ? jog(third, cap: third) : Session(kind: .run, distance: third)
                result[longDate]?.exercises = long.exercises
                if third > others.max() ?? 0, third >= baseline.minimumRun { result[longDate]?.long = true }
            }
        }
        for (date, session) in result { history.record(exact(session), on: date) }
        let volume = result.values.map(exact).orderFreeSum
        if let limit = baseline.painLimit, let onset = baseline.painOnset {
            let longest = result.values.compactMap(\.distance).max() ?? 0
            if phase == .settle {
                changes.append(WeekChange(.painLimit, to: Self.format(onset), amount: limit))
            } else if !pastPainPoint, longest > onset {
                pastPainPoint = true
                changes.append(WeekChange(.pastPainPoint, amount: onset))
            }
        }
        if !fromLadder, continuousWeeks > 0, !cutback, last?.cutback != true, let last, last.volume > 0 {
            let percent = ((volume / last.volume - 1) * 100).rounded()
            changes.append(percent >= 1 ? WeekChange(.runsUp, amount: percent) : WeekChange(.runsHeld, to: split.limit?.rawValue))
        }
        continuousWeeks += 1
        highest = max(highest, volume)
        return (result, changes)
    }

    /// A run too short to count in distance: an easy jog by the minute, at least the shortest jog when the run's
    /// cap allows it (an easier week of very short runs), else nil. Its printed distance is an estimate; the rules
    /// count it as its minutes at easy pace.
    func jog(_ distance: Double, cap: Double) -> Session? {
        let step = Double(ProgressionRules.jogRoundingMinutes)
        var minutes = Int((distance / baseline.pace / step + 1e-6).rounded(.down) * step)
        let shortest = ProgressionRules.shortestJogMinutes
        if minutes < shortest, Double(shortest) * baseline.pace <= cap + 1e-9 { minutes = shortest }
        guard minutes >= shortest else { return nil }
        var session = Session(kind: .run, distance: (Double(minutes) * baseline.pace * 100).rounded() / 100, minutes: minutes)
        session.byTime = true
        return session
    }

    /// The single-run rule's history made again from weeks as they were lived or planned: after a follow-up
    /// repeats or steps back a week, later runs count from what the calendar really holds.
    mutating func resetHistory(to weeks: [PlanWeek]) {
        history = RunHistory()
        if let before = baseline.runBeforePlan { history.record(before, on: dayBeforePlan) }
        for day in weeks.flatMap(\.days) {
            for run in day.sessions where run.isRun {
                let counted = run.intervals.map { Double($0.runMinutes * $0.repeats) * baseline.pace } ?? exact(run)
                history.record(counted, on: day.date)
            }
        }
    }

    /// A lived week again on a later calendar week, its continuous runs cut to the single-run rule as the calendar now
    /// stands (call `resetHistory` first): a step tried again after a month of easier weeks ran more than the last 30
    /// days allow. Returns the week and whether a run was cut.
    func withinSingleRunRule(_ week: PlanWeek) -> (week: PlanWeek, cut: Bool) {
        var week = week, cut = false
        for i in week.days.indices {
            let date = week.days[i].date
            for j in week.days[i].sessions.indices {
                let run = week.days[i].sessions[j]
                guard run.isRun, run.intervals == nil, let cap = history.singleRunCap(on: date, recordedBefore: week.start),
                      exact(run) > cap + 1e-9 else { continue }
                let rounded = baseline.roundDown(cap)
                // The shorter run keeps its drills, cadence and hard flag; a cap under the shortest jog leaves none.
                guard let shorter = run.byTime == true || rounded < baseline.minimumRun ? jog(cap, cap: cap) : Session(kind: .run, distance: rounded)
                else { continue }
                var kept = run
                kept.distance = shorter.distance
                kept.minutes = shorter.minutes
                kept.byTime = shorter.byTime
                week.days[i].sessions[j] = kept
                cut = true
            }
        }
        // The long run is only called that while it is still the week's longest.
        let longest = week.runs.filter { $0.long != true }.map(exact).max() ?? 0
        for i in week.days.indices {
            for j in week.days[i].sessions.indices where week.days[i].sessions[j].long == true && exact(week.days[i].sessions[j]) <= longest {
                week.days[i].sessions[j].long = nil
            }
        }
        return (week, cut)
    }

    /// What a run counts as for the rules: a jog by its minutes at easy pace, unrounded, so jogs can grow.
    func exact(_ run: Session) -> Double {
        if run.byTime == true, let minutes = run.minutes { return Double(minutes) * baseline.pace }
        return run.distance ?? 0
    }

    static func format(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }
}
