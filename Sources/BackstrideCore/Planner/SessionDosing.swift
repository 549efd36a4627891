/// Fits exercises into a session's minutes by stepping doses down from where the plan has them, never up.
enum SessionDosing {
    static func prescribe(_ p: ExercisePick, _ dose: Dosage) -> PrescribedExercise {
        PrescribedExercise(id: p.exercise.id, sets: dose.sets, reps: dose.reps, holdSeconds: dose.holdSeconds, perSide: dose.perSide,
                           why: p.why, purpose: p.purpose)
    }

    /// Doses whose total fits `budget` seconds; picks that cannot fit even at their easiest are returned as overflow
    /// (the first one always stays).
    static func fit(_ picks: [ExercisePick], budget: Int) -> (fitted: [PrescribedExercise], overflow: [ExercisePick]) {
        var doses = picks.map(\.dosage)
        var kept = picks
        var overflow: [ExercisePick] = []
        func total() -> Int { doses.reduce(0) { $0 + $1.estimatedSeconds } }
        while total() > budget {
            // Step the longest exercise down a level, then to a single set; drop the last one when nothing is left to trim.
            guard let longest = doses.indices.max(by: { doses[$0].estimatedSeconds < doses[$1].estimatedSeconds }) else { break }
            let levels = kept[longest].exercise.dosage
            if let level = levels.firstIndex(of: doses[longest]), level > 0 {
                doses[longest] = levels[level - 1]
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
