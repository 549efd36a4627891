@testable import BackstrideCore
import Testing

/// The chains in the built-in library (docs/rules.md, "Exercises"): the orders the clinical brief gives, choosing
/// equipment honestly, and the words a client needs to move on safely.
@Suite struct ExerciseChainTests {
    static let library = PlanPropertyTests.library

    /// Following the first progression the client can do, from `start`.
    static func chain(from start: String, equipment: [Equipment]) -> [String] {
        var ids = [start]
        var current = library[start]
        while let e = current, let next = e.progressions.compactMap({ library[$0] }).first(where: { $0.isPossible(with: equipment) }) {
            guard !ids.contains(next.id) else { break }
            ids.append(next.id)
            current = next
        }
        return ids
    }

    @Test func theChainsFollowTheBrief() {
        let all: [Equipment] = [.mat, .band, .kettlebell, .dumbbells, .step]
        #expect(Self.chain(from: "clamshell", equipment: all) == ["clamshell", "side_lying_leg_raise", "banded_side_walk", "step_up", "single_leg_romanian_deadlift"])
        #expect(Self.chain(from: "glute_bridge", equipment: all) == ["glute_bridge", "single_leg_bridge", "hip_thrust", "pull_through", "kettlebell_swing"])
        #expect(Self.chain(from: "side_plank_knees", equipment: all) == ["side_plank_knees", "side_plank"])
        #expect(Self.chain(from: "dead_bug", equipment: all) == ["dead_bug", "plank"])
        #expect(Self.chain(from: "ankle_lean_drill", equipment: [.mat]) == ["ankle_lean_drill", "cadence_drill", "strides"])
        // Without a band the glute chain goes on through the dumbbell hinge when there are dumbbells.
        #expect(Self.chain(from: "hip_thrust", equipment: [.mat, .dumbbells]) == ["hip_thrust", "romanian_deadlift", "single_leg_romanian_deadlift"])
    }

    @Test func everyStepHasItsMoveOnTestAndEveryLoadedExerciseSaysHowToChoose() {
        for e in Self.library.exercises {
            if !e.progressions.isEmpty { #expect(e.moveOn != nil, "\(e.id) names a harder step but not when to move on") }
            if e.equipment.contains(where: { [.band, .kettlebell, .dumbbells, .step].contains($0) }) {
                #expect(e.load != nil, "\(e.id) needs equipment but does not say how to choose it")
            }
            for id in e.progressions { #expect(Self.library[id].map { !Set($0.targets).isDisjoint(with: e.targets) } ?? false, "\(e.id) -> \(id) works on something else") }
        }
    }

    @Test func symptomTagsAreOnTheExercisesTheBriefNames() {
        let tagged = { (tag: ExerciseTag) in Set(Self.library.exercises.filter { $0.has(tag) }.map(\.id)) }
        #expect(tagged(.nerveTension) == ["hamstring_stretch"])
        #expect(tagged(.spinalFlexion).isSuperset(of: ["knee_to_chest", "childs_pose"]))
        #expect(tagged(.spinalExtension).contains("cobra"))
        #expect(tagged(.nerveFriendly) == ["nerve_glide"])
        #expect(tagged(.base) == ["curl_up", "side_plank_knees", "bird_dog", "glute_bridge"])
        #expect(Self.library["kettlebell_swing"]?.phases == [.return], "the swing waits for the return phase")
    }
}
