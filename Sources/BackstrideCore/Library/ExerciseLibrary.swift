import Foundation
/// The exercises a plan may choose from: the built-in set with any clinic's own folder merged over it.
public struct ExerciseLibrary: Equatable, Sendable {
    /// Sorted by id, so every choice made from the library is deterministic.
    public let exercises: [Exercise]
    private let index: [String: Int]

    public init(_ exercises: [Exercise]) {
        self.exercises = exercises.sorted { $0.id < $1.id }
        index = Dictionary(uniqueKeysWithValues: self.exercises.enumerated().map { ($1.id, $0) })
    }

    public subscript(id: String) -> Exercise? { index[id].map { exercises[$0] } }

    public static func == (a: ExerciseLibrary, b: ExerciseLibrary) -> Bool { a.exercises == b.exercises }

    /// Weakness-phase pairs no exercise addresses (with only a mat): gaps the plan could not fill.
    public var coverageGaps: [(Weakness, Phase)] {
        var gaps: [(Weakness, Phase)] = []
        for weakness in Weakness.allCases where weakness.isHandledByExercise {
            for phase in Phase.allCases where !exercises.contains(where: {
                $0.targets.contains(weakness) && $0.phases.contains(phase) && $0.isPossible(with: [.mat])
            }) {
                gaps.append((weakness, phase))
            }
        }
        return gaps
    }
}

/// One exercise file's bytes, read by the caller (the core never touches the disk).
public struct LibraryFile: Sendable {
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// A folder of exercise files: the built-in library or a clinic's `--library DIR`.
public struct LibraryLayer: Sendable {
    public let folder: String
    public let files: [LibraryFile]

    public init(folder: String, files: [LibraryFile]) {
        self.folder = folder
        self.files = files.sorted { $0.path < $1.path }
    }
}

/// Loads and checks layers of exercise files; later layers override earlier ones id by id.
public enum ExerciseLibraryLoader {
    public struct Result: Sendable {
        public let library: ExerciseLibrary?
        public let diagnostics: [Diagnostic]
    }

    public static func load(_ layers: [LibraryLayer]) -> Result {
        var diagnostics: [Diagnostic] = []
        var merged: [String: (exercise: Exercise, marks: ExerciseParser.Marks)] = [:]
        for layer in layers {
            var seen: [String: String] = [:]
            for (file, read) in zip(layer.files, readAll(layer.files)) {
                guard var parser = read.parser else {
                    diagnostics += read.log.sorted
                    continue
                }
                let exercise = read.exercise
                if let exercise, let other = seen[exercise.id], let node = parser.marks.id {
                    parser.reader.error("duplicate id `\(exercise.id)`", at: node, hint: "\(other) already uses it")
                }
                diagnostics += parser.reader.log.sorted
                guard let exercise, !parser.reader.log.hasErrors else { continue }
                seen[exercise.id] = file.path
                merged[exercise.id] = (exercise, parser.marks)
            }
        }
        diagnostics += references(merged)
        let library = ExerciseLibrary(merged.values.map(\.exercise))
        for (weakness, phase) in library.coverageGaps {
            diagnostics.append(Diagnostic(.error, "no exercise addresses `\(weakness.rawValue)` in the \(phase.rawValue) phase with only a mat",
                                          at: SourceLocation(file: layers.last?.folder ?? "library", line: 0, column: 0),
                                          hint: "add an exercise with that target and phase, needing no equipment but a mat"))
        }
        let failed = diagnostics.contains { $0.severity == .error }
        return Result(library: failed ? nil : library, diagnostics: diagnostics)
    }

    /// Each file read and parsed (the slow part of loading, solving its pose when no cache has it) on every core,
    /// in the files' order, so the messages and the result are the same as one by one.
    private static func readAll(_ files: [LibraryFile]) -> [(exercise: Exercise?, parser: ExerciseParser?, log: DiagnosticLog)] {
        final class Results: @unchecked Sendable {
            var items: [(exercise: Exercise?, parser: ExerciseParser?, log: DiagnosticLog)?]
            init(_ count: Int) { items = Array(repeating: nil, count: count) }
        }
        let results = Results(files.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            let file = files[i]
            var log = DiagnosticLog(file: file.path)
            var item: (exercise: Exercise?, parser: ExerciseParser?, log: DiagnosticLog) = (nil, nil, log)
            if let root = YAMLInput.compose(bytes: file.bytes, log: &log) {
                var parser = ExerciseParser(path: file.path)
                item = (parser.parse(root), parser, log)
            } else {
                item.log = log
            }
            lock.withLock { results.items[i] = item }
        }
        return results.items.map { $0! }
    }

    /// Regression and progression ids must name exercises that exist after merging.
    private static func references(_ merged: [String: (exercise: Exercise, marks: ExerciseParser.Marks)]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let ids = merged.keys.sorted()
        for (exercise, marks) in merged.values.sorted(by: { $0.exercise.id < $1.exercise.id }) {
            let links = [("regression", exercise.regression, marks.regression)]
                + exercise.progressions.map { ("progression", Optional($0), marks.progression) }
            for (field, target, node) in links {
                if target == exercise.id {
                    let position = node.map(NodeReader.position(of:)) ?? (1, 1)
                    diagnostics.append(Diagnostic(.error, "\(field) `\(exercise.id)` names the exercise itself",
                                                  at: SourceLocation(file: exercise.source, line: position.0, column: position.1),
                                                  hint: "name an easier or harder exercise"))
                    continue
                }
                guard let target, merged[target] == nil else { continue }
                let position = node.map(NodeReader.position(of:)) ?? (1, 1)
                diagnostics.append(Diagnostic(.error, "\(field) `\(target)` is not an exercise in the library",
                                              at: SourceLocation(file: exercise.source, line: position.0, column: position.1),
                                              hint: VocabularyText.nearest(to: target, in: ids).map { "did you mean `\($0)`?" }))
            }
        }
        return diagnostics
    }
}
