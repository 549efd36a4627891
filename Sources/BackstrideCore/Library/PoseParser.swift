import Yams

/// Reads the `pose:` block of an exercise file and checks every frame against human joint ranges.
struct PoseParser {
    var reader: NodeReader

    mutating func parse(_ node: Node) -> Pose? {
        guard var m = reader.mapping(node, named: "pose") else { return nil }
        let position = required(&m, "position").flatMap { reader.word($0, "position", as: BodyPosition.self) }
        let facing = m.take("facing").map { reader.word($0, "facing", as: Facing.self) } ?? .right
        let props = m.take("props").map { self.props($0) } ?? []
        let startNode = required(&m, "start")
        let endNode = m.take("end")
        let arrow = m.take("arrow").flatMap { reader.word($0, "arrow", as: Joint.self) }
        m.finish(&reader)
        guard let facing else { return nil }
        let start = startNode.flatMap { frame($0, "start", facing: facing) }
        let end = endNode.map { frame($0, "end", facing: facing) }
        guard let position, let props, let start, end.map({ $0 != nil }) ?? true else { return nil }
        return Pose(position: position, facing: facing, props: props, start: start, end: end ?? nil, arrow: arrow)
    }

    private mutating func required(_ m: inout NodeReader.Mapping, _ key: String) -> Node? {
        if let node = m.take(key) { return node }
        reader.error("missing required key `\(key)` in pose", at: m.node)
        return nil
    }

    private mutating func frame(_ node: Node, _ name: String, facing: Facing) -> PoseFrame? {
        guard var m = reader.mapping(node, named: "pose \(name)") else { return nil }
        func angle(_ key: String, _ reader: inout NodeReader, _ m: inout NodeReader.Mapping) -> Double?? {
            guard let n = m.take(key) else { return .some(nil) }
            return reader.number(n, key, in: -360...720, unit: "degrees").map { .some($0) } ?? nil
        }
        let trunkNode = m.take("trunk")
        let trunk = trunkNode.flatMap { reader.number($0, "trunk", in: -360...720, unit: "degrees") }
        if trunkNode == nil { reader.error("missing required key `trunk` in pose \(name)", at: node) }
        let head = angle("head", &reader, &m)
        var limbs: [String: [Double]] = [:]
        var limbNodes: [String: Node] = [:]
        for key in ["near_arm", "far_arm", "near_leg", "far_leg"] {
            guard let n = m.take(key) else {
                reader.error("missing required key `\(key)` in pose \(name)", at: node,
                             hint: "two directions in degrees: [upper, lower] segment")
                continue
            }
            limbNodes[key] = n
            limbs[key] = reader.numbers(n, key, count: 2)
        }
        let nearFoot = angle("near_foot", &reader, &m)
        let farFoot = angle("far_foot", &reader, &m)
        let spineNode = m.take("spine")
        let spine = spineNode.flatMap { reader.number($0, "spine", in: -40...40, unit: "degrees") }
        let hipNode = m.take("hip")
        let hip = hipNode.flatMap { reader.numbers($0, "hip", count: 2) }
        m.finish(&reader)
        guard let trunk, let head, let nearArm = limbs["near_arm"], let farArm = limbs["far_arm"],
              let nearLeg = limbs["near_leg"], let farLeg = limbs["far_leg"], let nearFoot, let farFoot,
              hipNode == nil || hip != nil, spineNode == nil || spine != nil else { return nil }
        let frame = PoseFrame(trunk: trunk, head: head ?? trunk, nearArm: nearArm, farArm: farArm, nearLeg: nearLeg,
                              farLeg: farLeg, nearFoot: nearFoot, farFoot: farFoot, hip: hip.map { Point($0[0], $0[1]) },
                              spine: spine)
        let problems = JointRanges.problems(in: frame, facing: facing)
        for problem in problems {
            reader.error("pose \(name): \(problem.message)", at: limbNodes[problem.field] ?? m.keyNode(problem.field) ?? node)
        }
        return problems.isEmpty ? frame : nil
    }

    private mutating func props(_ node: Node) -> [Prop]? {
        guard case .sequence(let items) = node else {
            reader.error("props must be a list (found \(NodeReader.describe(node)))", at: node)
            return nil
        }
        var result: [Prop] = []
        var ok = true
        for item in items {
            switch item {
            case .scalar(let s):
                switch VocabularyText.normalise(s.string) {
                case "mat": result.append(.mat)
                case "wall": result.append(.wall)
                case "ball": result.append(.ball)
                case "foam_roller": result.append(.foamRoller)
                case "kettlebell": result.append(.kettlebell)
                case "dumbbell", "dumbbells": result.append(.dumbbell)
                case "band": result.append(.band(.knees))
                case "step": result.append(.step(x: 0.15, height: 0.12, width: 0.3))
                default:
                    let words = ["mat", "wall", "ball", "foam_roller", "kettlebell", "dumbbell", "band", "step"]
                    reader.error("unknown prop `\(s.string)`", at: item,
                                 hint: VocabularyText.nearest(to: VocabularyText.normalise(s.string), in: words).map { "did you mean `\($0)`?" }
                                    ?? "valid props: \(words.joined(separator: ", "))")
                    ok = false
                }
            case .mapping(let pairs) where pairs.count == 1:
                let key = VocabularyText.normalise(pairs[0].key.string ?? "")
                if key == "band" {
                    if let anchor = reader.word(pairs[0].value, "band", as: BandAnchor.self) { result.append(.band(anchor)) } else { ok = false }
                } else if key == "step", var m = reader.mapping(pairs[0].value, named: "step") {
                    let x = m.take("x").map { reader.number($0, "x", in: -1...1, unit: "body units") } ?? 0.15
                    let height = m.take("height").map { reader.number($0, "height", in: 0.02...0.5, unit: "body units") } ?? 0.12
                    let width = m.take("width").map { reader.number($0, "width", in: 0.05...1, unit: "body units") } ?? 0.3
                    m.finish(&reader)
                    if let x, let height, let width { result.append(.step(x: x, height: height, width: width)) } else { ok = false }
                } else {
                    reader.error("only `band:` and `step:` props take settings", at: item)
                    ok = false
                }
            default:
                reader.error("each prop must be a word or `band: knees` / `step: {x, height, width}`", at: item)
                ok = false
            }
        }
        return ok ? result : nil
    }
}
