/// Fits exercises into a session's minutes by stepping doses down, never up.
struct SessionDosing {
    let selector: ExerciseSelector

    func prescribe(_ e: Exercise, _ dose: Dosage) -> PrescribedExercise {
        PrescribedExercise(id: e.id, sets: dose.sets, reps: dose.reps, holdSeconds: dose.holdSeconds, perSide: dose.perSide,
                           why: selector.why(e))
    }

    /// Doses for `exercises` at `phase` whose total fits `budget` seconds; exercises that cannot fit
    /// even at their easiest are returned as overflow (the first one always stays).
    func fit(_ exercises: [Exercise], phase: Phase, budget: Int) -> (fitted: [PrescribedExercise], overflow: [Exercise]) {
        var doses = exercises.map { $0.dosage(for: phase) }
        var kept = exercises
        var overflow: [Exercise] = []
        func total() -> Int { doses.reduce(0) { $0 + $1.estimatedSeconds } }
        while total() > budget {
            // Step the longest exercise down a level, then to a single set; drop the last one when nothing is left to trim.
            let longest = doses.indices.max { doses[$0].estimatedSeconds < doses[$1].estimatedSeconds }!
            let e = kept[longest]
            if let level = e.dosage.firstIndex(of: doses[longest]), level > 0 {
                doses[longest] = e.dosage[level - 1]
            } else if doses[longest].sets > 1 {
                doses[longest].sets = 1
            } else if kept.count > 1 {
                overflow.append(kept.removeLast())
                doses.removeLast()
            } else {
                break
            }
        }
        return (zip(kept, doses).map { prescribe($0, $1) }, overflow)
    }
}
