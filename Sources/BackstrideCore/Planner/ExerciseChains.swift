/// Moves along the library's exercise chains (each exercise's `regression` and `progression` links): where a
/// client starts, what comes next, and which exercises are steps of one chain.
struct ExerciseChains {
    let library: ExerciseLibrary
    let rules: ExerciseRules

    /// The harder step after `e`: the first progression, in the library's order of preference, that the client can
    /// do this week. A step the client can never do (no equipment, left out for a symptom) is passed over to the one
    /// after it; a step that only this week forbids (phase, flare) holds the chain where it is.
    /// `acceptable` turns down a step for this client's week (another track's exercise, say); the next alternative
    /// is tried instead.
    func next(after e: Exercise, in week: ExerciseWeek, acceptable: (Exercise) -> Bool = { _ in true }) -> Exercise? {
        var seen: Set<String> = [e.id]
        func search(_ from: Exercise) -> Exercise? {
            for id in from.progressions where !seen.contains(id) {
                seen.insert(id)
                guard let step = library[id] else { continue }
                if rules.neverPossible(step) {
                    if let further = search(step) { return further }
                    continue
                }
                if rules.allows(step, in: week), acceptable(step) { return step }
            }
            return nil
        }
        return search(e)
    }

    /// Where a client starts on the chain through `e`: its easiest step they can do this week.
    func entry(of e: Exercise, in week: ExerciseWeek) -> Exercise {
        var current = e
        var seen: Set<String> = [e.id]
        while let id = current.regression, !seen.contains(id), let easier = library[id], rules.allows(easier, in: week),
              !Set(easier.targets).isDisjoint(with: e.targets) {
            seen.insert(id)
            current = easier
        }
        return current
    }

    /// An exercise and an easier version of it (down its `regression` links): never both in one week, which would
    /// be the same work at two levels. Alternatives a chain may lead on to (a hip thrust's Romanian deadlift) are
    /// different work.
    func sameChain(_ a: Exercise, _ b: Exercise) -> Bool {
        a.id == b.id || easierSteps(of: a).contains(b.id) || easierSteps(of: b).contains(a.id)
    }

    /// Every exercise below `e` along its regressions.
    func easierSteps(of e: Exercise) -> Set<String> {
        var found: Set<String> = []
        var current = e
        while let id = current.regression, !found.contains(id), let easier = library[id] {
            found.insert(id)
            current = easier
        }
        return found
    }
}
