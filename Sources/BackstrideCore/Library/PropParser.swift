import Yams

/// Reads a pose's `props:` list: words (`mat`, `kettlebell`) and one-key mappings with settings (`chair: {x: -0.1}`).
enum PropParser {
    static let words = ["mat", "wall", "chair", "bench", "step", "band", "kettlebell", "dumbbells", "ball", "foam_roller", "metronome"]

    static func parse(_ node: Node, _ reader: inout NodeReader) -> [Prop]? {
        guard case .sequence(let items) = node else {
            reader.error("props must be a list (found \(NodeReader.describe(node)))", at: node)
            return nil
        }
        var result: [Prop] = []
        var ok = true
        for item in items {
            if let prop = parseOne(item, &reader) { result.append(prop) } else { ok = false }
        }
        return ok ? result : nil
    }

    private static func parseOne(_ item: Node, _ reader: inout NodeReader) -> Prop? {
        let key: String, settings: Node?, keyNode: Node
        switch item {
        case .scalar(let s):
            key = VocabularyText.normalise(s.string)
            settings = nil
            keyNode = item
        case .mapping(let pairs) where pairs.count == 1:
            key = VocabularyText.normalise(pairs[0].key.string ?? "")
            settings = pairs[0].value
            keyNode = pairs[0].key
        default:
            reader.error("each prop must be a word or one `name: {settings}`", at: item, hint: "for example `mat` or `chair: {x: -0.1}`")
            return nil
        }
        switch key {
        case "mat", "kettlebell", "dumbbells", "metronome":
            if let settings {
                reader.error("`\(key)` takes no settings", at: settings)
                return nil
            }
            return ["mat": .mat, "kettlebell": .kettlebell, "dumbbells": .dumbbells, "metronome": .metronome][key]
        case "band":
            return band(settings, at: keyNode, &reader)
        case "wall", "chair", "bench", "step", "ball", "foam_roller":
            guard let settings else {
                reader.error("`\(key)` needs settings to place it", at: item, hint: hint(key))
                return nil
            }
            return placed(key, settings, &reader)
        default:
            reader.error("unknown prop `\(key)`", at: keyNode,
                         hint: VocabularyText.nearest(to: key, in: words).map { "did you mean `\($0)`?" } ?? "valid props: \(words.joined(separator: ", "))")
            return nil
        }
    }

    static func hint(_ key: String) -> String {
        switch key {
        case "wall": return "for example `wall: {x: -0.3}` (across the floor) or `wall: {z: -0.2}` (behind the figure)"
        case "chair": return "for example `chair: {x: -0.05, facing: right}`"
        case "bench", "step": return "for example `\(key): {x: 0.3, height: 0.12, length: 0.3}`"
        default: return "for example `\(key): {x: 0.2}`"
        }
    }

    private static func placed(_ key: String, _ node: Node, _ reader: inout NodeReader) -> Prop? {
        guard var m = reader.mapping(node, named: key) else { return nil }
        func number(_ k: String, _ range: ClosedRange<Double>, _ fallback: Double?) -> Double?? {
            guard let n = m.take(k) else { return .some(fallback) }
            return reader.number(n, k, in: range, unit: "body heights").map { .some($0) } ?? nil
        }
        var prop: Prop?
        switch key {
        case "wall":
            let x = number("x", -1.5...1.5, nil), z = number("z", -1...(-0.05), nil)
            if case let (.some(x), .some(z)) = (x, z) {
                if (x == nil) == (z == nil) {
                    reader.error("a wall needs one of `x` or `z`", at: node, hint: hint(key))
                } else {
                    prop = .wall(x: x, z: z)
                }
            }
        case "chair":
            let x = number("x", -1.5...1.5, nil)
            let facing = m.take("facing").map { reader.word($0, "facing", as: Side.self) } ?? .right
            if case let .some(.some(x)) = x, let facing { prop = .chair(x: x, facing: facing) }
            if case .some(.none) = x { reader.error("a chair needs `x`: where the front of its seat is", at: node, hint: hint(key)) }
        case "bench", "step":
            let x = number("x", -1.5...1.5, nil)
            let height = number("height", 0.02...0.6, key == "bench" ? 0.24 : 0.1)
            let length = number("length", 0.05...1.5, key == "bench" ? 0.5 : 0.24)
            if case let (.some(.some(x)), .some(.some(h)), .some(.some(l))) = (x, height, length) {
                prop = key == "bench" ? .bench(x: x, height: h, length: l) : .step(x: x, height: h, length: l)
            }
            if case .some(.none) = x { reader.error("a \(key) needs `x`: where its middle is", at: node, hint: hint(key)) }
        default:
            if case let .some(.some(x)) = number("x", -1.5...1.5, nil) {
                prop = key == "ball" ? .ball(x: x) : .foamRoller(x: x)
            } else {
                reader.error("a \(key) needs `x`", at: node, hint: hint(key))
            }
        }
        m.finish(&reader)
        return prop
    }

    private static func band(_ settings: Node?, at keyNode: Node, _ reader: inout NodeReader) -> Prop? {
        guard let settings else {
            reader.error("a band needs to say where it goes", at: keyNode, hint: "`band: knees`, `band: ankles` or `band: {hands_to: [-0.5, 0.1]}`")
            return nil
        }
        if case .scalar(let s) = settings {
            switch VocabularyText.normalise(s.string) {
            case "knees": return .band(.knees)
            case "ankles": return .band(.ankles)
            default:
                reader.error("unknown band place `\(s.string)`", at: settings, hint: "`knees`, `ankles` or `{hands_to: [x, height]}`")
                return nil
            }
        }
        guard var m = reader.mapping(settings, named: "band") else { return nil }
        let to = m.take("hands_to").flatMap { reader.numbers($0, "hands_to", count: 2) }
        m.finish(&reader)
        guard let to else {
            reader.error("a band tied to something needs `hands_to: [x, height]`", at: settings)
            return nil
        }
        return .band(.handsTo(x: to[0], height: to[1]))
    }
}
