import Yams

/// Reads one exercise file into an `Exercise`, logging every problem with its position.
struct ExerciseParser {
    /// Where the fields that point at other exercises are, for the library-wide checks.
    struct Marks {
        var id: Node?
        var regression: Node?
        var progression: Node?
    }

    var reader: NodeReader
    var marks = Marks()
    let path: String

    init(path: String) {
        self.path = path
        reader = NodeReader(file: path)
    }

    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.split(separator: ".").first.map(String.init) ?? name
    }

    mutating func parse(_ root: Node) -> Exercise? {
        guard var m = reader.mapping(root, named: "the exercise") else { return nil }
        let id = required(&m, "id").flatMap { node -> String? in
            marks.id = node
            guard let id = reader.string(node, "id") else { return nil }
            guard id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) else {
                reader.error("id must use lowercase letters, digits and _ (found \(id))", at: node)
                return nil
            }
            let stem = Self.fileStem(path)
            guard id == stem else {
                reader.error("id `\(id)` must match the file name (\(stem).yaml)", at: node, hint: "rename the file or the id")
                return nil
            }
            return id
        }
        let name = required(&m, "name").flatMap { reader.string($0, "name") }
        let category = required(&m, "category").flatMap { reader.word($0, "category", as: ExerciseCategory.self) }
        let targets = required(&m, "targets").flatMap { self.targets($0) }
        let phases = required(&m, "phases").flatMap { nonEmpty(reader.words($0, "phases", as: Phase.self), $0, "phases") }
        let equipment = m.take("equipment").map { reader.words($0, "equipment", as: Equipment.self) } ?? [Equipment.none]
        let flareSafe = m.take("flare_safe").map { reader.boolean($0, "flare_safe") } ?? false
        let tags = m.take("tags").map { reader.words($0, "tags", as: ExerciseTag.self) } ?? []
        let dosage = required(&m, "dosage").flatMap { self.dosages($0) }
        let cues = required(&m, "cues").flatMap { self.cues($0) }
        let mistake = required(&m, "mistake").flatMap { reader.string($0, "mistake") }
        let regression = m.take("regression").flatMap { node -> String? in marks.regression = node; return reader.string(node, "regression") }
        // One harder step, or several in order of preference (the first the client has the equipment for).
        let progressions = m.take("progression").map { node -> [String]? in marks.progression = node; return reader.strings(node, "progression") } ?? []
        let moveOn = m.take("move_on").flatMap { reader.string($0, "move_on") }
        let load = m.take("load").flatMap { reader.string($0, "load") }
        let avoid = required(&m, "avoid").flatMap { reader.string($0, "avoid") }
        let pose = required(&m, "pose").flatMap { node -> Pose? in
            var poseReader = PoseParser(reader: reader)
            let pose = poseReader.parse(node)
            reader = poseReader.reader
            return pose
        }
        m.finish(&reader)
        if moveOn != nil, progressions?.isEmpty ?? true, let node = m.keyNode("move_on") {
            reader.warning("move_on has no effect without a progression", at: node, hint: "name the harder exercise in `progression`")
        }
        guard let id, let name, let category, let targets, let phases, let equipment, let flareSafe, let tags, let dosage,
              let cues, let mistake, let progressions, let avoid, let pose else { return nil }
        return Exercise(id: id, name: name, category: category, targets: targets, phases: phases.sorted(),
                        equipment: equipment, flareSafe: flareSafe, tags: tags, dosage: dosage, cues: cues, mistake: mistake,
                        regression: regression, progressions: progressions, moveOn: moveOn, load: load, avoid: avoid,
                        pose: pose, source: path)
    }

    private mutating func required(_ m: inout NodeReader.Mapping, _ key: String) -> Node? {
        if let node = m.take(key) { return node }
        reader.error("missing required key `\(key)` in the exercise", at: m.node)
        return nil
    }

    private mutating func nonEmpty<T>(_ list: [T]?, _ node: Node, _ field: String) -> [T]? {
        guard let list else { return nil }
        if list.isEmpty {
            reader.error("\(field) must not be empty", at: node)
            return nil
        }
        return list
    }

    private mutating func targets(_ node: Node) -> [Weakness]? {
        guard let words = nonEmpty(reader.words(node, "targets", as: Weakness.self), node, "targets") else { return nil }
        let loadOnly = words.filter { !$0.isHandledByExercise }
        if !loadOnly.isEmpty {
            reader.error("targets cannot include \(loadOnly.map(\.rawValue).joined(separator: ", "))", at: node,
                         hint: "the plan's load rules and notes handle those findings, not exercises")
            return nil
        }
        return words
    }

    private mutating func cues(_ node: Node) -> [String]? {
        guard let cues = reader.strings(node, "cues") else { return nil }
        guard cues.count == 3 else {
            reader.error("cues must be exactly 3 short sentences (found \(cues.count))", at: node)
            return nil
        }
        for cue in cues where cue.count > 90 {
            reader.warning("cue is \(cue.count) characters; keep cues short enough to read at a glance (90 at most)", at: node)
        }
        return cues
    }

    private mutating func dosages(_ node: Node) -> [Dosage]? {
        guard case .sequence(let items) = node, (1...3).contains(items.count) else {
            reader.error("dosage must be a list of 1 to 3 levels, easiest first (found \(NodeReader.describe(node)))", at: node,
                         hint: "for example `- {sets: 2, reps: 10}`")
            return nil
        }
        let levels = items.map { dosage($0) }
        return levels.contains { $0 == nil } ? nil : levels.compactMap { $0 }
    }

    private mutating func dosage(_ node: Node) -> Dosage? {
        guard var m = reader.mapping(node, named: "a dosage level") else { return nil }
        let sets = m.take("sets").map { reader.integer($0, "sets", in: 1...10) } ?? nil
        let reps = m.take("reps").flatMap { reader.integer($0, "reps", in: 1...50) }
        let hold = m.take("hold_seconds").flatMap { reader.integer($0, "hold_seconds", in: 1...1800) }
        let perSide = m.take("per_side").map { reader.boolean($0, "per_side") } ?? false
        m.finish(&reader)
        if !m.has("sets") { reader.error("a dosage level needs `sets`", at: node) }
        if reps == nil, hold == nil, !m.has("reps"), !m.has("hold_seconds") {
            reader.error("a dosage level needs `reps`, `hold_seconds` or both", at: node)
            return nil
        }
        guard let sets, let perSide else { return nil }
        return Dosage(sets: sets, reps: reps, holdSeconds: hold, perSide: perSide)
    }
}
