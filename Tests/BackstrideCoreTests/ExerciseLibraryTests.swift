import BackstrideCore
import Foundation
import Testing

@Suite struct ExerciseLibraryTests {
    static let fixtures = TestPaths.fixtures.appendingPathComponent("library")

    static func layer(_ url: URL, as name: String) throws -> LibraryLayer {
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        return LibraryLayer(folder: name, files: try names.map {
            LibraryFile(path: "\(name)/\($0)", bytes: try TestPaths.bytes(url.appendingPathComponent($0)))
        })
    }

    static func builtIn() throws -> LibraryLayer {
        try layer(TestPaths.repository.appendingPathComponent("Assets/exercises"), as: "Assets/exercises")
    }

    @Test func everyErrorKindIsReportedAtItsPlace() throws {
        let errorsName = "Tests/BackstrideCoreTests/Fixtures/library/errors"
        let errors = try Self.layer(Self.fixtures.appendingPathComponent("errors"), as: errorsName)
        let result = ExerciseLibraryLoader.load([try Self.layer(Self.fixtures.appendingPathComponent("base"), as: "base"), errors])
        #expect(result.library == nil)
        var annotated = 0
        for file in errors.files {
            let expected = DiagnosticAnnotations.parse(String(decoding: file.bytes, as: UTF8.self))
            let actual = result.diagnostics.filter { $0.location.file == file.path }.map(DiagnosticAnnotations.Expected.init)
            #expect(actual == expected, "\(file.path)")
            annotated += expected.count
        }
        #expect(annotated >= 12)
        #expect(result.diagnostics.count == annotated, "diagnostics outside the annotated files: \(result.diagnostics)")
    }

    @Test func aWeaknessWithNoExerciseAtSomePhaseIsAnError() throws {
        let result = ExerciseLibraryLoader.load([try Self.layer(Self.fixtures.appendingPathComponent("gaps"), as: "gaps")])
        #expect(result.library == nil)
        let gaps = result.diagnostics.map(\.description)
        #expect(gaps.count == 11 * 3)
        #expect(gaps.contains("gaps: error: no exercise addresses `glute_medius` in the build phase with only a mat\n  hint: add an exercise with that target and phase, needing no equipment but a mat"))
        #expect(!gaps.contains { $0.contains("core_endurance") })
    }

    @Test func aClinicFolderOverridesByIdAndAdds() throws {
        let base = try Self.layer(Self.fixtures.appendingPathComponent("base"), as: "base")
        var text = String(decoding: base.files[0].bytes, as: UTF8.self)
        text = text.replacingOccurrences(of: "name: All-rounder", with: "name: Clinic all-rounder")
        let clinic = LibraryLayer(folder: "clinic", files: [
            LibraryFile(path: "clinic/all_rounder.yaml", bytes: Array(text.utf8)),
            LibraryFile(path: "clinic/only_core.yaml", bytes: try TestPaths.bytes(Self.fixtures.appendingPathComponent("gaps/only_core.yaml"))),
        ])
        let library = try #require(ExerciseLibraryLoader.load([base, clinic]).library)
        #expect(library.exercises.map(\.id) == ["all_rounder", "only_core"])
        #expect(library["all_rounder"]?.name == "Clinic all-rounder")
        #expect(library["all_rounder"]?.source == "clinic/all_rounder.yaml")
    }

    @Test func theBuiltInLibraryLoadsWithoutProblems() throws {
        let result = ExerciseLibraryLoader.load([try Self.builtIn()])
        #expect(result.diagnostics.map(\.description) == [])
        let library = try #require(result.library)
        #expect(library.exercises.count >= 32)
    }

    @Test func theBuiltInLibraryCoversEveryFindingAtEveryPhase() throws {
        let library = try #require(ExerciseLibraryLoader.load([try Self.builtIn()]).library)
        #expect(library.coverageGaps.isEmpty)
        for weakness in Weakness.allCases where weakness.isHandledByExercise {
            for phase in Phase.allCases {
                #expect(library.exercises.contains { $0.targets.contains(weakness) && $0.phases.contains(phase) && $0.isPossible(with: [.mat]) },
                        "\(weakness) \(phase)")
            }
        }
    }

    /// The exercises the source articles name must all be there.
    @Test func theLibraryHasEveryExerciseTheArticlesName() throws {
        let library = try #require(ExerciseLibraryLoader.load([try Self.builtIn()]).library)
        let named = ["knee_to_chest", "cat_cow", "pelvic_clock", "childs_pose", "cobra", "half_kneeling_hip_flexor_stretch",
                     "hamstring_stretch", "calf_stretch", "piriformis_stretch", "quad_stretch", "lat_stretch", "plank",
                     "side_plank_knees", "side_plank", "bird_dog", "dead_bug", "curl_up", "clamshell", "side_lying_leg_raise",
                     "banded_side_walk", "glute_bridge", "single_leg_bridge", "prone_glute_squeeze", "pull_through",
                     "kettlebell_swing", "squat", "forward_lunge", "reverse_lunge", "lateral_lunge", "romanian_deadlift",
                     "single_leg_romanian_deadlift", "step_up", "cadence_drill", "ankle_lean_drill", "strides"]
        for id in named { #expect(library[id] != nil, "missing \(id)") }
        // McGill: bird dog holds stay at 7-10 seconds at every level.
        #expect(library["bird_dog"]?.dosage.allSatisfy { ($0.holdSeconds ?? 0) <= 10 } == true)
        #expect(library["kettlebell_swing"]?.flareSafe == false)
    }
}
