/// Builds the weeks of a plan: schedule, volume, sessions and exercises for each.
struct WeekBuilder {
    let profile: ClientProfile
    let selector: ExerciseSelector
    let dosing: SessionDosing
    let volume: VolumeProgression
    let cadence: CadencePlan
    let phases: [Phase]

    init(profile: ClientProfile, library: ExerciseLibrary) {
        self.profile = profile
        selector = ExerciseSelector(library: library, profile: profile)
        dosing = SessionDosing(selector: selector)
        volume = VolumeProgression(profile: profile, units: profile.units)
        cadence = CadencePlan(profile)
        phases = PhaseSchedule.phases(weeks: profile.schedule.weeks)
    }

    /// Runs per week grow toward `runs_per_week` as the phases allow: one fewer while settling.
    func runs(in phase: Phase) -> Int {
        let wanted = profile.running.runsPerWeek
        return phase == .settle ? max(1, min(wanted - 1, 3)) : wanted
    }

    func strengthSessions(in phase: Phase) -> Int {
        phase == .build ? ProgressionRules.strengthSessionsPerWeek.upperBound : ProgressionRules.strengthSessionsPerWeek.lowerBound
    }

    mutating func weeks() -> [PlanWeek] {
        let monday = profile.schedule.start.mondayOfWeek
        let runsPerWeek = phases.enumerated().map { index, phase in
            let days = availableDays(week: index, monday: monday)
            return min(runs(in: phase), days.count < 7 ? days.count : 6)
        }
        let withLong = phases.indices.map { availableDays(week: $0, monday: monday).contains(profile.schedule.longRunDay) }
        let targets = volume.targets(weeks: phases.count, runsPerWeek: runsPerWeek, withLong: withLong)
        var weeks: [PlanWeek] = []
        for index in phases.indices {
            let sunday = weeks.last?.days.last
            weeks.append(week(index, monday: monday.adding(days: 7 * index), target: targets[index], runs: runsPerWeek[index],
                              afterHardSunday: sunday?.isHard ?? false,
                              afterStrengthSunday: sunday?.sessions.contains { $0.kind == .strength } ?? false))
        }
        return weeks
    }

    /// Available days of a week; in week 1, only those on or after the start.
    func availableDays(week index: Int, monday: CalendarDate) -> [Weekday] {
        profile.schedule.days.filter { index > 0 || monday.adding(days: $0.index) >= profile.schedule.start }
    }

    func week(_ index: Int, monday: CalendarDate, target: WeeklyTarget, runs: Int, afterHardSunday: Bool,
              afterStrengthSunday: Bool) -> PlanWeek {
        let phase = phases[index]
        let walkRun: Bool = { if case .walkRun = target.mode { return true } else { return false } }()
        let planMonday = profile.schedule.start.mondayOfWeek
        let exercises = selector.choose(phase: phase, walkRun: walkRun)
        let hardDrills = exercises.drills.filter { !$0.flareSafe }
        let crossTrain = phase == .settle && (walkRun || profile.symptoms.pain >= 4)
        let schedule = WeekSchedule.make(available: availableDays(week: index, monday: planMonday), longRunDay: profile.schedule.longRunDay,
                                         runs: runs, strength: exercises.strength.isEmpty ? 0 : strengthSessions(in: phase), crossTrain: crossTrain, strides: !hardDrills.isEmpty,
                                         afterHardSunday: afterHardSunday, afterStrengthSunday: afterStrengthSunday)
        let runSessions = self.runSessions(schedule, target: target, week: index + 1, exercises: exercises, phase: phase)
        let (strength, overflow) = strengthWork(exercises.strength, days: schedule.strengthDays.count, phase: phase)
        // Whatever has no session of its own this week (a week 1 that starts after the last free day)
        // joins the daily routine, so every finding is still worked on.
        var mobilityPool = exercises.mobility + overflow
        if runSessions.isEmpty { mobilityPool += exercises.drills.filter(\.flareSafe) + exercises.warmUp }
        if schedule.strengthDays.isEmpty { mobilityPool += exercises.strength.filter { e in !mobilityPool.contains { $0.id == e.id } } }
        mobilityPool = coverageFirst(mobilityPool)
        let budget = profile.schedule.minutes * 60
        let mobilityBudget = min(budget, ProgressionRules.mobilityMinutes * 60)
        let shortWeekBudget = budget

        var days: [PlanDay] = []
        var mobilityTurn = 0
        let routineDays = Weekday.allCases.filter {
            monday.adding(days: $0.index) >= profile.schedule.start && !schedule.strengthDays.contains($0)
        }.count
        // Three a day, or more when few days must cover the whole routine (a week 1 that starts on a Sunday).
        let perDay = mobilityPool.isEmpty ? 0
            : max(min(mobilityPool.count, 3), (mobilityPool.count + max(1, routineDays) - 1) / max(1, routineDays))
        for weekday in Weekday.allCases {
            let date = monday.adding(days: weekday.index)
            var sessions: [Session] = []
            guard date >= profile.schedule.start else {
                days.append(PlanDay(date: date, weekday: weekday, sessions: []))
                continue
            }
            if let run = runSessions[weekday] { sessions.append(run) }
            if let i = schedule.strengthDays.firstIndex(of: weekday) {
                sessions.append(strength[i])
            }
            if schedule.crossTrainDay == weekday {
                sessions.append(Session(kind: .crossTrain, minutes: min(ProgressionRules.crossTrainMinutes, profile.schedule.minutes)))
            }
            if sessions.isEmpty { sessions.append(Session(kind: .rest)) }
            if !schedule.strengthDays.contains(weekday), !mobilityPool.isEmpty {
                // Rotate through the routine so every mobility exercise comes up during the week.
                let todays = (0..<perDay).map { mobilityPool[(mobilityTurn + $0) % mobilityPool.count] }
                mobilityTurn += perDay
                // A first week of one or two days carries the whole routine, in the client's full minutes.
                let fitted = dosing.fit(todays, phase: phase, budget: routineDays <= 2 ? shortWeekBudget : mobilityBudget).fitted
                sessions.append(Session(kind: .mobility, minutes: minutesOf(fitted), exercises: fitted))
            }
            days.append(PlanDay(date: date, weekday: weekday, sessions: sessions))
        }
        let volumeTotal = runSessions.values.compactMap(\.distance).reduce(0, +)
        let focus = target.cutback ? "cutback" : walkRun ? "walk_run" : phase.rawValue
        return PlanWeek(number: index + 1, phase: phase, start: monday, cutback: target.cutback,
                        volume: volume.roundDown(volumeTotal + 1e-9), focus: focus, days: days)
    }

    /// The routine's exercises with, first, one for each finding: when a short week must squeeze the routine
    /// into few minutes, fitting drops from the end, so it drops extra work, never a finding's only exercise.
    func coverageFirst(_ pool: [Exercise]) -> [Exercise] {
        var essential: [Exercise] = []
        for finding in selector.targets where !essential.contains(where: { $0.targets.contains(finding) }) {
            if let e = pool.first(where: { $0.targets.contains(finding) }) { essential.append(e) }
        }
        return essential + pool.filter { e in !essential.contains { $0.id == e.id } }
    }

    func minutesOf(_ exercises: [PrescribedExercise]) -> Int {
        max(1, Int((Double(exercises.reduce(0) { $0 + $1.dosage.estimatedSeconds }) / 60).rounded(.up)))
    }

    /// Runs for the week's run days: the long run at most a third of the week, the rest shared evenly.
    func runSessions(_ schedule: WeekSchedule, target: WeeklyTarget, week: Int, exercises: WeekExercises,
                     phase: Phase) -> [Weekday: Session] {
        let n = schedule.runDays.count
        guard n > 0 else { return [:] }
        let warmUp = exercises.warmUp.map { dosing.prescribe($0, $0.dosage[0]) }
        let easyDrills = exercises.drills.filter(\.flareSafe).map { dosing.prescribe($0, $0.dosage(for: phase)) }
        let hardDrills = exercises.drills.filter { !$0.flareSafe }.map { dosing.prescribe($0, $0.dosage(for: phase)) }
        let cadenceTarget = cadence.target(week: week)
        var result: [Weekday: Session] = [:]
        let firstEasy = schedule.runDays.first { $0 != schedule.longRunDay } ?? schedule.runDays[0]
        let hardDay = schedule.stridesDay ?? schedule.longRunDay ?? schedule.runDays[0]
        for day in schedule.runDays {
            var drills: [PrescribedExercise] = []
            if day == firstEasy { drills += easyDrills }
            if day == hardDay { drills += hardDrills }
            let isLong = day == schedule.longRunDay && n >= 3
            let hasLong = schedule.longRunDay != nil && n >= 3
            var session: Session
            switch target.mode {
            case .walkRun(let step):
                let ladder = ProgressionRules.walkRunLadder[step]
                let cycles = target.cutback ? ProgressionRules.walkRunCycles - 2 : ProgressionRules.walkRunCycles
                session = Session(kind: .walkRun, minutes: (ladder.walk + ladder.run) * cycles,
                                  intervals: Intervals(walkMinutes: ladder.walk, runMinutes: ladder.run, repeats: cycles))
                session.distance = volume.roundDown(target.volume / Double(n))
            case .continuous:
                let split = RunSplit(volume: target.volume, runs: n, withLong: hasLong, step: volume.step)
                session = Session(kind: .run, distance: isLong ? (split.long ?? split.easy) : split.easy)
            }
            session.cadence = cadenceTarget
            session.long = isLong ? true : nil
            session.exercises = warmUp + drills
            if isLong || (day == hardDay && !hardDrills.isEmpty) { session.hard = true }
            result[day] = session
        }
        return result
    }

    /// Shares strength exercises over the week's strength days, 2-4 a session, each fitting the minutes.
    /// What does not fit goes to the daily routine rather than being dropped.
    func strengthWork(_ exercises: [Exercise], days: Int, phase: Phase) -> (sessions: [Session], overflow: [Exercise]) {
        guard days > 0, !exercises.isEmpty else { return ([], exercises) }
        let perSession = ProgressionRules.exercisesPerStrengthSession
        var buckets = Array(repeating: [Exercise](), count: days)
        var overflow: [Exercise] = []
        for (i, e) in exercises.enumerated() {
            if buckets[i % days].count < perSession.upperBound { buckets[i % days].append(e) } else { overflow.append(e) }
        }
        // Top each session up to three with the week's other strength work (the findings' most
        // important exercises first), so a session is never one lonely exercise.
        let wanted = min(perSession.upperBound, max(perSession.lowerBound, 3))
        for i in buckets.indices {
            for e in exercises where buckets[i].count < wanted && !buckets[i].contains(where: { $0.id == e.id }) {
                buckets[i].append(e)
            }
        }
        let labels = ["A", "B", "C"]
        let sessions = buckets.enumerated().map { i, bucket -> Session in
            let (fitted, extra) = dosing.fit(bucket, phase: phase, budget: profile.schedule.minutes * 60)
            overflow += extra.filter { e in !buckets.enumerated().contains { $0.offset != i && $0.element.contains { $0.id == e.id } } }
            return Session(kind: .strength, minutes: minutesOf(fitted), label: labels[min(i, 2)], exercises: fitted)
        }
        return (sessions, overflow)
    }
}
