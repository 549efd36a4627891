/// One exercise in a week of the plan: its dose level and why it is there.
struct ExercisePick: Equatable {
    let exercise: Exercise
    let level: Int
    let why: [Weakness]
    let purpose: ExercisePurpose?

    var dosage: Dosage { exercise.dosage[min(level, exercise.dosage.count - 1)] }
}

/// The exercises of one week, by where they go, and what changed from the week before.
struct WeekExercises {
    var strength: [ExercisePick] = []
    var mobility: [ExercisePick] = []
    var drills: [ExercisePick] = []
    var warmUp: [ExercisePick] = []
    var changes: [WeekChange] = []
}

/// The exercise side of a plan. Each finding gets a track: an exercise that moves along its chain (clamshell, then
/// side-lying leg raise, then banded side walk...) every two weeks when pain is green, with its dose stepping up
/// in between. A week holds 3-5 different exercises (more only when needed to work on every finding), and at most
/// two new ones after the first week.
struct ExerciseProgram {
    /// A chain being worked along.
    struct Track {
        var exercise: Exercise
        var level: Int
        var weeksAtStep: Int
        /// The finding the track was opened for; nil for the general strength base.
        let finding: Weakness?
        let purpose: ExercisePurpose?
    }

    enum Role { case strength, mobility, drill }

    static let gluteFindings: Set<Weakness> = [.gluteMedius, .gluteMax, .firingPattern]

    let library: ExerciseLibrary
    let rules: ExerciseRules
    let chains: ExerciseChains
    /// The client's findings that exercise works on, most marked first.
    let findings: [Weakness]
    let severity: [Weakness: FindingSeverity]

    init(profile: ClientProfile, library: ExerciseLibrary, rules: ExerciseRules) {
        self.library = library
        self.rules = rules
        chains = ExerciseChains(library: library, rules: rules)
        let rank: [FindingSeverity: Int] = [.marked: 0, .moderate: 1, .mild: 2]
        findings = profile.weaknesses.enumerated()
            .filter { $0.element.weakness.isHandledByExercise }
            .sorted { (rank[$0.element.severity] ?? 1, $0.offset) < (rank[$1.element.severity] ?? 1, $1.offset) }
            .map(\.element.weakness)
        severity = Dictionary(profile.weaknesses.map { ($0.weakness, $0.severity) }, uniquingKeysWith: { a, _ in a })
    }

    static func role(of e: Exercise) -> Role {
        if e.category == .runningForm { return .drill }
        return e.isStrengthWork ? .strength : .mobility
    }

    /// The client's findings an exercise addresses, in the exercise's order.
    func why(_ e: Exercise) -> [Weakness] { e.targets.filter(findings.contains) }

    func weight(_ w: Weakness) -> Double {
        switch severity[w] {
        case .marked: return 3
        case .mild: return 1
        default: return 2
        }
    }

    /// How much an exercise does for the findings still open: its main target counts most, marked findings more.
    func score(_ e: Exercise, for open: [Weakness]) -> Double {
        let cover = open.reduce(0.0) { sum, w in
            guard let i = e.targets.firstIndex(of: w) else { return sum }
            return sum + (i == 0 ? 3 : 1) * weight(w)
        }
        return cover > 0 ? cover + rules.preference(e) : 0
    }

    // MARK: The weeks

    /// Tracks being worked along, every exercise used so far, and last week's warm-up.
    private var tracks: [Track] = []
    private var used: Set<String> = []
    private var warmUp: Exercise?

    /// The exercises of the next week; weeks are asked for in order.
    mutating func week(_ week: ExerciseWeek, hasRuns: Bool) -> WeekExercises {
        var changes: [WeekChange] = []
        var fresh = 0
        if week.index > 0 {
            changes += advance(&tracks, in: week, used: used, fresh: &fresh)
        }
        let limit = week.index == 0 ? ProgressionRules.exercisesInFirstWeek : ProgressionRules.exercisesPerWeek
        // A glute warm-up that is not one of the week's own exercises takes a place too.
        let wantsWarmUp = hasRuns && !Self.gluteFindings.isDisjoint(with: findings)
        let cap = limit - (wantsWarmUp && chooseWarmUp(tracks, previous: warmUp, in: week, room: true).map { w in
            !tracks.contains { $0.exercise.id == w.id } && !used.contains(w.id)
        } == true ? 1 : 0)
        let newLimit = week.index == 0 ? Int.max : ProgressionRules.newExercisesPerWeek
        // An easier week adds nothing new unless a finding would otherwise go without work.
        for opened in open(&tracks, in: week, cap: cap, newLimit: week.cutback ? fresh : newLimit, fresh: &fresh, used: used)
        where week.index > 0 {
            changes.append(WeekChange(.exerciseNew, to: opened))
        }
        var picks = WeekExercises()
        for track in tracks {
            let reasons = why(track.exercise)
            let pick = ExercisePick(exercise: track.exercise, level: track.level, why: reasons, purpose: reasons.isEmpty ? track.purpose : nil)
            switch Self.role(of: track.exercise) {
            case .strength: picks.strength.append(pick)
            case .mobility: picks.mobility.append(pick)
            case .drill: picks.drills.append(pick)
            }
        }
        warmUp = wantsWarmUp ? chooseWarmUp(tracks, previous: warmUp, in: week, room: tracks.count < limit) : nil
        if let warmUp {
            picks.warmUp = [ExercisePick(exercise: warmUp, level: 0, why: why(warmUp), purpose: nil)]
            if week.index > 0, !used.contains(warmUp.id), !tracks.contains(where: { $0.exercise.id == warmUp.id }) {
                changes.append(WeekChange(.exerciseNew, to: warmUp.id))
            }
            if let step = changes.firstIndex(where: { $0.kind == .exerciseStep && $0.from == warmUp.id }) {
                changes.insert(WeekChange(.warmUpKept, to: warmUp.id), at: step + 1)
            }
        }
        used.formUnion(tracks.map(\.exercise.id) + (warmUp.map { [$0.id] } ?? []))
        picks.changes = changes
        return picks
    }

    /// Moves every track on by one step at most: a harder exercise once the current one has been done for two
    /// weeks, otherwise a higher dose. An easier week holds everything where it is. Tracks whose exercise this week
    /// does not allow (the phase moved on) go first, so the tracks that merely may move on share what is left of
    /// the week's new exercises.
    private func advance(_ tracks: inout [Track], in week: ExerciseWeek, used: Set<String>, fresh: inout Int) -> [WeekChange] {
        var changes: [WeekChange] = []
        var doseUps: [String] = []
        var result = tracks.map { Optional($0) }
        func others(than i: Int) -> [Exercise] { result.enumerated().filter { $0.offset != i }.compactMap { $0.element?.exercise } }
        // A step must still work on the track's finding (a hinge chain may lead to single-leg work for another),
        // and never moves into the direction that brings the client's pain on (the couch stretch arches the back).
        func unrelated(_ e: Exercise, _ i: Int) -> Bool {
            // A base track keeps to what its exercise worked on (the side plank after the side plank on knees).
            guard let track = result[i], track.finding.map(e.targets.contains) ?? !Set(e.targets).isDisjoint(with: track.exercise.targets),
                  Set(e.tags).isDisjoint(with: rules.excludedWhileSettling) else { return false }
            return !others(than: i).contains { chains.sameChain($0, e) }
        }
        func moveOn(_ i: Int, to next: Exercise, _ kind: WeekChange.Kind) {
            guard let track = result[i] else { return }
            changes.append(WeekChange(kind, from: track.exercise.id, to: next.id))
            if !used.contains(next.id) { fresh += 1 }
            result[i] = Track(exercise: next, level: 0, weeksAtStep: 1, finding: track.finding, purpose: track.purpose)
        }
        for i in result.indices {
            guard let track = result[i], !rules.allows(track.exercise, in: week) else { continue }
            // One step up, else a fresh start on another chain for the same finding, else the track rests.
            if let next = chains.next(after: track.exercise, in: week, acceptable: { unrelated($0, i) }) {
                moveOn(i, to: next, .exerciseStep)
            } else if let other = replacement(for: track, in: week, avoiding: others(than: i)) {
                moveOn(i, to: other, .exerciseSwap)
            } else {
                result[i] = nil
            }
        }
        for i in result.indices {
            guard var track = result[i], track.weeksAtStep > 0, rules.allows(track.exercise, in: week) else { continue }
            if changes.contains(where: { $0.to == track.exercise.id }) { continue }
            if week.cutback {
                track.weeksAtStep += 1
            } else if track.weeksAtStep >= ProgressionRules.weeksBeforeHarderStep,
                      let next = chains.next(after: track.exercise, in: week, acceptable: { e in
                          unrelated(e, i) && (used.contains(e.id) || fresh < ProgressionRules.newExercisesPerWeek)
                      }) {
                moveOn(i, to: next, .exerciseStep)
                continue
            } else {
                if track.level < track.exercise.dosage.count - 1 {
                    track.level += 1
                    doseUps.append(track.exercise.id)
                }
                track.weeksAtStep += 1
            }
            result[i] = track
        }
        tracks = result.compactMap { $0 }
        if week.cutback { changes.append(WeekChange(.exercisesHeld)) }
        if !doseUps.isEmpty { changes.append(WeekChange(.doseUp, exercises: doseUps)) }
        return changes
    }

    /// A drill for a week without runs: the drill itself when it can be done standing (flare-safe), else the nearest
    /// easier step of its chain that can, so the finding is still worked on.
    func standIn(for pick: ExercisePick) -> ExercisePick? {
        var current = pick.exercise
        var seen: Set<String> = [current.id]
        while !current.flareSafe {
            guard let id = current.regression, !seen.contains(id), let easier = library[id], !rules.neverPossible(easier) else { return nil }
            seen.insert(id)
            current = easier
        }
        return current.id == pick.exercise.id ? pick : ExercisePick(exercise: current, level: 0, why: why(current), purpose: nil)
    }

    /// Another start for a track's finding when its chain cannot go on this week.
    private func replacement(for track: Track, in week: ExerciseWeek, avoiding others: [Exercise]) -> Exercise? {
        let targets = track.finding.map { [$0] } ?? why(track.exercise)
        return best(in: week, avoiding: others, for: targets) { e in
            Self.role(of: e) == Self.role(of: track.exercise) && (track.finding == nil ? e.has(.base) : true)
        }
    }

    /// The best chain start this week for `open` findings among exercises that pass `filter`.
    private func best(in week: ExerciseWeek, avoiding others: [Exercise], for open: [Weakness],
                      where filter: (Exercise) -> Bool) -> Exercise? {
        var starts: [String: Exercise] = [:]
        for e in library.exercises where rules.allows(e, in: week) && filter(e) {
            // Start at the chain's easiest step, unless that step is not what is asked for (the base's bridge, say),
            // and never an easier step of an exercise the client has already moved on to (sit to stand beside a lunge).
            let easiest = chains.entry(of: e, in: week)
            let start = filter(easiest) ? easiest : e
            if !others.contains(where: { chains.sameChain($0, start) }) {
                starts[start.id] = start
            }
        }
        let scored = starts.values.map { ($0, score($0, for: open)) }.filter { $0.1 > 0 }
        return scored.max { ($0.1, $1.0.id) < ($1.1, $0.0.id) }?.0
    }

    /// Opens tracks: first one per finding on its own chain (as the weekly limits allow), then whatever every
    /// finding needs to be worked on this week (whatever the limits), then enough strength work for sessions of
    /// several exercises, from the findings or the general strength base. Returns the ids opened.
    private func open(_ tracks: inout [Track], in week: ExerciseWeek, cap: Int, newLimit: Int, fresh: inout Int,
                      used: Set<String>) -> [String] {
        var opened: [String] = []
        func add(_ e: Exercise, finding: Weakness?, purpose: ExercisePurpose? = nil) {
            tracks.append(Track(exercise: e, level: 0, weeksAtStep: 1, finding: finding, purpose: purpose))
            opened.append(e.id)
            if !used.contains(e.id) { fresh += 1 }
        }
        var room: Bool { tracks.count < cap && fresh < newLimit }
        func covered(_ w: Weakness) -> Bool { tracks.contains { $0.exercise.targets.contains(w) } }
        func current() -> [Exercise] { tracks.map(\.exercise) }

        for finding in findings where room && !tracks.contains(where: { $0.finding == finding }) {
            let own = best(in: week, avoiding: current(), for: [finding]) { $0.targets.first == finding }
            if let e = own ?? (covered(finding) ? nil : best(in: week, avoiding: current(), for: [finding]) { _ in true }) {
                add(e, finding: finding)
            }
        }
        for finding in findings where !covered(finding) {
            if let e = best(in: week, avoiding: current(), for: findings.filter { !covered($0) }, where: { $0.targets.contains(finding) }) {
                add(e, finding: finding)
            }
        }
        // Sessions of at least two exercises, three when there is room; without findings, the whole strength base
        // (McGill's three and a bridge) as the week allows.
        let least = ProgressionRules.exercisesPerStrengthSession.lowerBound
        let wanted = findings.isEmpty ? cap : least + 1
        var strengthCount: Int { tracks.filter { Self.role(of: $0.exercise) == .strength }.count }
        while strengthCount < wanted, room || strengthCount < least {
            let isStrength = { (e: Exercise) in Self.role(of: e) == .strength }
            if let e = best(in: week, avoiding: current(), for: findings, where: isStrength) {
                add(e, finding: why(e).first)
            } else if let e = best(in: week, avoiding: current(), for: Weakness.allCases, where: { isStrength($0) && $0.has(.base) }) {
                add(e, finding: nil, purpose: .base)
            } else {
                break
            }
        }
        return opened
    }

    /// Glute activation before each run when the glutes are weak: the activation exercise the client is already
    /// doing, else last week's, else (when the week has `room` for one more exercise) the easiest start.
    private func chooseWarmUp(_ tracks: [Track], previous: Exercise?, in week: ExerciseWeek, room: Bool) -> Exercise? {
        let glutes = Self.gluteFindings.intersection(findings)
        guard !glutes.isEmpty else { return nil }
        func fits(_ e: Exercise) -> Bool {
            e.category == .activation && !Set(e.targets).isDisjoint(with: glutes) && !rules.neverPossible(e)
                && (!rules.flareSafeWeeks.contains(week.index) || e.flareSafe)
        }
        if let current = tracks.map(\.exercise).first(where: fits) { return current }
        // Last week's warm-up is already learned: it needs no place among the week's exercises to learn.
        if let previous, fits(previous) { return previous }
        guard room else { return nil }
        let starts = library.exercises.filter { fits($0) && $0.regression.flatMap { library[$0] }.map { !fits($0) } ?? true }
        return starts.max { (score($0, for: Array(glutes)), $1.id) < (score($1, for: Array(glutes)), $0.id) }
    }
}
