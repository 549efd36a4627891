/// Builds the weeks of a plan in order: the week's running mode, its exercises, which days get what, the runs
/// themselves, the sessions, and what changed from the week before and why.
struct WeekBuilder {
    let profile: ClientProfile
    let baseline: RunnerBaseline
    let phases: [Phase]
    let rules: ExerciseRules
    var running: RunningPlanner
    var program: ExerciseProgram
    var cadence: CadencePlan
    private var lastCadence: Int?

    init(profile: ClientProfile, library: ExerciseLibrary) {
        self.profile = profile
        baseline = RunnerBaseline(profile)
        phases = PhaseSchedule.phases(weeks: profile.schedule.weeks)
        rules = ExerciseRules(profile: profile, phases: phases)
        let goalKilometres = profile.running.goal.flatMap(GoalDistance.kilometres(in:))
        let goal = goalKilometres.map { profile.units == .km ? $0 : $0 / DistanceUnit.kilometresPerMile }
        running = RunningPlanner(profile: profile, baseline: baseline, goalDistance: goal)
        program = ExerciseProgram(profile: profile, library: library, rules: rules)
        cadence = CadencePlan(profile)
    }

    var cutbackEvery: Int {
        profile.has(.trainingLoad) ? ProgressionRules.cutbackEveryWithTrainingLoad : ProgressionRules.cutbackEvery
    }

    func strengthSessions(in phase: Phase) -> Int {
        phase == .build ? ProgressionRules.strengthSessionsPerWeek.upperBound : ProgressionRules.strengthSessionsPerWeek.lowerBound
    }

    var firstMonday: CalendarDate { profile.schedule.firstMonday }

    /// Available days of a week; in week 1, only those on or after the start.
    func availableDays(monday: CalendarDate) -> [Weekday] {
        profile.schedule.days.filter { monday.adding(days: $0.index) >= profile.schedule.start }
    }

    mutating func weeks() -> [PlanWeek] {
        var weeks: [PlanWeek] = []
        for index in phases.indices {
            weeks.append(week(step: index, monday: firstMonday.adding(days: 7 * index), number: index + 1, after: weeks.last))
        }
        return weeks
    }

    /// Builds the plan's `step` (its phase, easier-week rhythm and progression) on the calendar week starting
    /// `monday`, printed as week `number`: the same step on a later week when a follow-up repeats or steps back.
    mutating func week(step index: Int, monday: CalendarDate, number: Int, after previous: PlanWeek?) -> PlanWeek {
        let phase = phases[index]
        let cutback = index > 0 && (index + 1) % cutbackEvery == 0
        let available = availableDays(monday: monday)
        let runningWeek = running.begin(phase: phase, cutback: cutback, wanted: profile.running.runsPerWeek)
        let exerciseWeek = ExerciseWeek(index: index, phase: phase, cutback: cutback, walkRun: runningWeek.mode.isWalkRun)
        var exercises = program.week(exerciseWeek, hasRuns: runningWeek.runs > 0 && !available.isEmpty)
        let hardDrills = exercises.drills.filter { !$0.exercise.flareSafe }
        let sunday = previous?.days.last
        let schedule = WeekSchedule.make(
            available: available, longRunDay: profile.schedule.longRunDay, runs: runningWeek.runs,
            strength: exercises.strength.isEmpty ? 0 : strengthSessions(in: phase),
            crossTrain: phase == .settle && (runningWeek.mode != .continuous || profile.symptoms.pain >= 4),
            strides: !hardDrills.isEmpty, alternate: runningWeek.mode.isWalkRun,
            afterHardSunday: sunday?.isHard ?? false, afterStrengthSunday: sunday?.sessions.contains { $0.kind == .strength } ?? false,
            afterRunSunday: sunday?.sessions.contains { $0.isRun } ?? false)
        func date(_ d: Weekday) -> CalendarDate { monday.adding(days: d.index) }
        let planned = running.sessions(runningWeek, phase: phase, cutback: cutback, monday: monday,
                                       days: schedule.runDays.map(date), longRunDate: schedule.longRunDay.map(date))
        var runs = decorate(planned.sessions, schedule: schedule, monday: monday, exercises: exercises, number: index + 1)
        let strength = strengthWork(exercises.strength, days: schedule.strengthDays.count)
        // Whatever has no session of its own this week joins the daily routine, so every finding is still worked on.
        var routine = exercises.mobility + strength.overflow
        if runs.isEmpty { routine += exercises.drills.compactMap(program.standIn) + exercises.warmUp }
        if schedule.strengthDays.isEmpty { routine += exercises.strength.filter { p in !routine.contains { $0.exercise.id == p.exercise.id } } }
        routine = coverageFirst(routine)

        var days: [PlanDay] = []
        // The routine goes on days without strength, or on every day when the week has no other.
        let openDays = Weekday.allCases.filter { date($0) >= profile.schedule.start && !schedule.strengthDays.contains($0) }
        let routineOnStrengthDays = openDays.isEmpty
        let routineDays = routineOnStrengthDays ? schedule.strengthDays.count : openDays.count
        // Three a day, or more when few days must cover the whole routine (a week 1 that starts on a Sunday).
        let perDay = routine.isEmpty ? 0 : max(min(routine.count, 3), (routine.count + max(1, routineDays) - 1) / max(1, routineDays))
        let budget = routineDays <= 2 ? profile.schedule.minutes * 60 : min(profile.schedule.minutes, ProgressionRules.mobilityMinutes) * 60
        var turn = 0
        for weekday in Weekday.allCases {
            let day = date(weekday)
            guard day >= profile.schedule.start else {
                days.append(PlanDay(date: day, weekday: weekday, sessions: []))
                continue
            }
            var sessions: [Session] = []
            if let run = runs.removeValue(forKey: day) { sessions.append(run) }
            if let i = schedule.strengthDays.firstIndex(of: weekday) { sessions.append(strength.sessions[i]) }
            if schedule.crossTrainDay == weekday {
                sessions.append(Session(kind: .crossTrain, minutes: min(ProgressionRules.crossTrainMinutes, profile.schedule.minutes)))
            }
            if sessions.isEmpty { sessions.append(Session(kind: .rest)) }
            if routineOnStrengthDays || !schedule.strengthDays.contains(weekday), !routine.isEmpty {
                // Rotate through the routine so every exercise in it comes up during the week.
                let todays = (0..<perDay).map { routine[(turn + $0) % routine.count] }
                turn += perDay
                let fitted = SessionDosing.fit(todays, budget: budget).fitted
                sessions.append(Session(kind: .mobility, minutes: minutes(of: fitted), exercises: fitted))
            }
            days.append(PlanDay(date: day, weekday: weekday, sessions: sessions))
        }
        let volume = days.flatMap(\.sessions).filter(\.isRun).compactMap(\.distance).reduce(0, +)
        let focus = runningWeek.mode == .none ? "no_running" : cutback ? "cutback" : runningWeek.mode.isWalkRun ? "walk_run" : phase.rawValue
        var changes: [WeekChange] = []
        if previous == nil {
            switch baseline.start {
            case .continuous:
                // How much of their usual running the client keeps, and whether a run a week goes. The share is the
                // week as built: the per-run caps and the dropped run can take it well below the settling target, and
                // the handout must not promise more running than the calendar holds. A week that starts part-way
                // through has fewer days, so it states the target instead.
                let fullWeek = profile.schedule.start <= monday
                let share = fullWeek && baseline.weekly > 0 ? (volume / baseline.weekly * 20).rounded() * 5 : (baseline.settleKeep * 100).rounded()
                changes.append(WeekChange(.start, from: baseline.settleDropsARun && profile.running.runsPerWeek >= 3 ? "fewer" : nil,
                                          to: "continuous", amount: share))
            case .walkRun: changes.append(WeekChange(.start, to: "walk_run"))
            case .noRunningFirst: changes.append(WeekChange(.start, to: "none"))
            }
        } else if previous?.phase != phase {
            changes.append(WeekChange(.phase, to: phase.rawValue))
        }
        changes += planned.changes
        let target = days.flatMap(\.sessions).compactMap(\.cadence).first
        if let target, target != lastCadence { changes.append(WeekChange(.cadence, amount: Double(target))) }
        if target != nil { lastCadence = target }
        changes += exercises.changes
        exercises.changes = []
        return PlanWeek(number: number, phase: phase, start: monday, cutback: cutback, volume: baseline.roundDown(volume + 1e-9),
                        focus: focus, changes: changes, days: days)
    }

    /// Adds the cadence target, warm-up and drills to the week's runs: the target on easy continuous runs only,
    /// gentle drills before the first easy run, fast drills (strides) on the strides day.
    mutating func decorate(_ runs: [CalendarDate: Session], schedule: WeekSchedule, monday: CalendarDate,
                           exercises: WeekExercises, number: Int) -> [CalendarDate: Session] {
        guard !runs.isEmpty else { return [:] }
        let warmUp = exercises.warmUp.map { SessionDosing.prescribe($0, $0.dosage) }
        let easyDrills = exercises.drills.filter(\.exercise.flareSafe).map { SessionDosing.prescribe($0, $0.dosage) }
        let hardDrills = exercises.drills.filter { !$0.exercise.flareSafe }.map { SessionDosing.prescribe($0, $0.dosage) }
        let easyRuns = runs.filter { $0.value.kind == .run && $0.value.long != true }
        let target = cadence.target(week: number, hasEasyRuns: !easyRuns.isEmpty)
        let firstEasy = schedule.runDays.map { monday.adding(days: $0.index) }.first { easyRuns[$0] != nil }
            ?? runs.keys.min()
        // The strides day, if it kept its run; else the long run's day, else the first run.
        let hardDay = [schedule.stridesDay, schedule.longRunDay].compactMap { $0.map { monday.adding(days: $0.index) } }
            .first { runs[$0]?.kind == .run } ?? runs.keys.min()
        var result: [CalendarDate: Session] = [:]
        for (date, run) in runs {
            var session = run
            if session.kind == .run, session.long != true { session.cadence = target }
            var drills: [PrescribedExercise] = []
            if date == firstEasy { drills += easyDrills }
            if date == hardDay, session.kind == .run { drills += hardDrills }
            session.exercises = warmUp + drills
            if session.long == true || (date == hardDay && !hardDrills.isEmpty && session.kind == .run) { session.hard = true }
            result[date] = session
        }
        return result
    }

    /// The routine's exercises with, first, one for each finding: when a short week must squeeze the routine
    /// into few minutes, fitting drops from the end, so it drops extra work, never a finding's only exercise.
    func coverageFirst(_ pool: [ExercisePick]) -> [ExercisePick] {
        var essential: [ExercisePick] = []
        for finding in program.findings where !essential.contains(where: { $0.why.contains(finding) }) {
            if let e = pool.first(where: { $0.why.contains(finding) }) { essential.append(e) }
        }
        var result = essential
        for p in pool where !result.contains(where: { $0.exercise.id == p.exercise.id }) { result.append(p) }
        return result
    }

    func minutes(of exercises: [PrescribedExercise]) -> Int {
        max(1, Int((Double(exercises.reduce(0) { $0 + $1.dosage.estimatedSeconds }) / 60).rounded(.up)))
    }

    /// Strength sessions for the week: every session holds the week's strength exercises (2-4 of them); with more,
    /// each session keeps the two most important and takes its turn of the rest. Doses fit the client's minutes;
    /// what cannot fit goes to the daily routine rather than being dropped.
    func strengthWork(_ picks: [ExercisePick], days: Int) -> (sessions: [Session], overflow: [ExercisePick]) {
        guard days > 0, !picks.isEmpty else { return ([], picks) }
        let most = ProgressionRules.exercisesPerStrengthSession.upperBound
        var buckets: [[ExercisePick]]
        if picks.count <= most {
            buckets = Array(repeating: picks, count: days)
        } else {
            let core = Array(picks.prefix(2))
            let rest = Array(picks.dropFirst(2))
            let each = most - core.count
            buckets = (0..<days).map { i in core + (0..<each).map { rest[(i * each + $0) % rest.count] }.uniqued() }
        }
        let differ = Set(buckets.map { $0.map(\.exercise.id) }).count > 1
        // With more exercises than one or two sessions hold, those with no session of their own join the routine.
        var overflow = picks.filter { p in !buckets.contains { $0.contains { $0.exercise.id == p.exercise.id } } }
        let labels = ["A", "B", "C"]
        let sessions = buckets.enumerated().map { i, bucket -> Session in
            let (fitted, extra) = SessionDosing.fit(bucket, budget: profile.schedule.minutes * 60)
            for e in extra where !overflow.contains(where: { $0.exercise.id == e.exercise.id }) { overflow.append(e) }
            return Session(kind: .strength, minutes: minutes(of: fitted), label: differ ? labels[min(i, 2)] : nil, exercises: fitted)
        }
        // Overflow that another session still holds is not lost.
        let held = Set(sessions.flatMap(\.exercises).map(\.id))
        return (sessions, overflow.filter { !held.contains($0.exercise.id) })
    }
}

extension Array where Element == ExercisePick {
    /// The picks with later repeats of an exercise removed.
    func uniqued() -> [ExercisePick] {
        var seen: Set<String> = []
        return filter { seen.insert($0.exercise.id).inserted }
    }
}
