import Yams

/// Reads one frame of a pose (`start:` or `end:`): joint angles for both sides (`hips`) or one (`right_hip`), the
/// spine, `tilt` and `contacts`. Values not given are inherited: from the position's defaults for the start frame,
/// from the start frame for the end frame.
struct FrameReader {
    var reader: NodeReader
    let name: String

    /// The angles so far, with the key and node that set each one, for messages.
    struct Values {
        var angles: BodyAngles
        var tilt = 0.0
        /// Joints left to the solver.
        var free: Set<FreeJoint> = []
        /// Key written (`right_hip` or `hips`) for each joint and side, and its node.
        var keys: [String: String] = [:]
        var nodes: [String: Node] = [:]

        func keyName(_ joint: String, _ side: Side?) -> String {
            let id = side.map { "\($0.rawValue)_\(joint)" } ?? joint
            return keys[id] ?? id
        }
    }

    /// Joint angles a position starts from, so a frame lists only what differs.
    static func defaults(_ position: BodyPosition) -> Values {
        var a = BodyAngles()
        switch position {
        case .standing, .supine, .prone, .sideLying:
            break
        case .sitting:
            a.hip = Sided(both: JointTurn(flex: 90))
            a.knee = Sided(both: 90)
        case .kneeling:
            a.knee = Sided(both: 90)
            a.ankle = Sided(both: -80)
        case .quadruped:
            // Hands are further from the shoulders than knees from the hips, so the back slopes about 10 degrees:
            // hips at 80 keep the thighs upright, knees under hips.
            a.hip = Sided(both: JointTurn(flex: 80))
            a.knee = Sided(both: 90)
            a.ankle = Sided(both: -80)
            a.shoulder = Sided(both: JointTurn(flex: 90))
            a.wrist = Sided(both: 90)
        }
        return Values(angles: a)
    }

    static let spineKeys = ["lumbar", "thoracic", "neck"]
    /// Both-sides key and the joint it sets.
    static let pairs = ["hips": "hip", "knees": "knee", "ankles": "ankle", "shoulders": "shoulder", "elbows": "elbow", "wrists": "wrist"]
    static let turnJoints: Set<String> = ["hip", "shoulder"]

    /// Applies the frame to `values`; returns its tilt (nil when not given) and contacts (nil when not given).
    mutating func read(_ node: Node, over values: inout Values) -> (tilt: Double?, contacts: [Contact]?)? {
        guard var m = reader.mapping(node, named: "pose \(name)") else { return nil }
        var ok = true
        let tilt = m.take("tilt").map { reader.number($0, "tilt", in: -180...180, unit: "degrees") }
        if case .some(.none) = tilt { ok = false }
        let contacts = m.take("contacts").map { self.contacts($0) }
        if case .some(.none) = contacts { ok = false }
        for key in Self.spineKeys {
            guard let n = m.take(key) else { continue }
            let joint = FreeJoint(FreeJoint.Name(rawValue: key) ?? .neck)
            switch free(n, key) {
            case .invalid:
                ok = false
                continue
            case let .free(start):
                values.free.insert(joint)
                if let start { values.angles[joint] = start }
                continue
            case .fixed:
                break
            }
            guard let (turn, freeParts) = jointTurn(n, key, words: ("flex", "side", "rot")) else { ok = false; continue }
            for component in FreeJoint.Component.allCases {
                let free = FreeJoint(joint.name, nil, component)
                if freeParts.contains(component) { values.free.insert(free) } else { values.free.remove(free) }
            }
            switch key {
            case "lumbar": values.angles.lumbar = turn
            case "thoracic": values.angles.thoracic = turn
            default: values.angles.neck = turn
            }
            values.keys[key] = key
            values.nodes[key] = n
        }
        // Both-sides keys first, so `right_hip` in the same frame wins over `hips`.
        for (pair, joint) in Self.pairs.sorted(by: { $0.key < $1.key }) {
            guard let n = m.take(pair) else { continue }
            ok = set(joint, Side.allCases, n, key: pair, &values) && ok
        }
        for joint in Self.pairs.values.sorted() {
            for side in Side.allCases {
                let key = "\(side.rawValue)_\(joint)"
                guard let n = m.take(key) else { continue }
                ok = set(joint, [side], n, key: key, &values) && ok
            }
        }
        m.finish(&reader)
        guard ok else { return nil }
        if let t = tilt { values.tilt = t ?? 0 }
        return (tilt ?? nil, contacts ?? nil)
    }

    private mutating func set(_ joint: String, _ sides: [Side], _ node: Node, key: String, _ values: inout Values) -> Bool {
        let name = FreeJoint.Name(rawValue: joint) ?? .knee
        switch free(node, key) {
        case .invalid:
            return false
        case let .free(start):
            values.free.formUnion(sides.map { FreeJoint(name, $0) })
            if let start { for side in sides { values.angles[FreeJoint(name, side)] = start } }
        case .fixed:
            guard setFixed(joint, sides, node, key: key, &values) else { return false }
        }
        for side in sides {
            values.keys["\(side.rawValue)_\(joint)"] = key
            values.nodes[key] = node
        }
        return true
    }

    private mutating func setFixed(_ joint: String, _ sides: [Side], _ node: Node, key: String, _ values: inout Values) -> Bool {
        let name = FreeJoint.Name(rawValue: joint) ?? .knee
        if Self.turnJoints.contains(joint) {
            guard let (turn, freeParts) = jointTurn(node, key, words: ("flex", "abd", "rot")) else { return false }
            for side in sides {
                if joint == "hip" { values.angles.hip[side] = turn } else { values.angles.shoulder[side] = turn }
                for component in FreeJoint.Component.allCases {
                    let free = FreeJoint(name, side, component)
                    if freeParts.contains(component) { values.free.insert(free) } else { values.free.remove(free) }
                }
            }
        } else {
            guard let angle = reader.number(node, key, in: -180...180, unit: "degrees") else { return false }
            for side in sides {
                switch joint {
                case "knee": values.angles.knee[side] = angle
                case "ankle": values.angles.ankle[side] = angle
                case "elbow": values.angles.elbow[side] = angle
                default: values.angles.wrist[side] = angle
                }
            }
            values.free.subtract(sides.map { FreeJoint(name, $0) })
        }
        return true
    }

    /// Whether a joint's value leaves its bend to the solver: `free`, or `{free: 60}` to start it (and keep it near) 60.
    enum FreeValue { case fixed, free(start: Double?), invalid }

    private mutating func free(_ node: Node, _ key: String) -> FreeValue {
        if case .scalar(let scalar) = node, VocabularyText.normalise(scalar.string) == "free" { return .free(start: nil) }
        guard case .mapping(let pairs) = node, pairs.count == 1, pairs[0].key.string == "free" else { return .fixed }
        guard let start = reader.number(pairs[0].value, "\(key) free", in: -180...180, unit: "degrees") else { return .invalid }
        return .free(start: start)
    }

    /// A number (the first angle alone) or a mapping of the three angles, any of which may be `free`.
    private mutating func jointTurn(_ node: Node, _ key: String, words: (String, String, String))
        -> (JointTurn, Set<FreeJoint.Component>)? {
        if case .scalar = node {
            return reader.number(node, key, in: -180...180, unit: "degrees").map { (JointTurn(flex: $0), []) }
        }
        guard var m = reader.mapping(node, named: key) else { return nil }
        var turn = JointTurn(), free: Set<FreeJoint.Component> = [], ok = true
        for (word, component) in zip([words.0, words.1, words.2], FreeJoint.Component.allCases) {
            guard let n = m.take(word) else { continue }
            switch self.free(n, word) {
            case .invalid: ok = false
            case let .free(start):
                free.insert(component)
                turn[component] = start ?? 0
            case .fixed:
                if let v = reader.number(n, word, in: -180...180, unit: "degrees") { turn[component] = v } else { ok = false }
            }
        }
        m.finish(&reader)
        return ok ? (turn, free) : nil
    }

    private mutating func contacts(_ node: Node) -> [Contact]? {
        guard var m = reader.mapping(node, named: "contacts") else { return nil }
        var result: [Contact] = []
        var ok = true
        for entry in m.entries {
            _ = m.take(entry.key)
            guard let (part, side) = ContactWords.part(entry.key) else {
                reader.error("unknown body part `\(entry.written)` in contacts", at: entry.keyNode,
                             hint: VocabularyText.nearest(to: entry.key, in: ContactWords.all).map { "did you mean `\($0)`?" }
                                ?? "valid parts: \(ContactWords.all.joined(separator: ", "))")
                ok = false
                continue
            }
            guard let surface = reader.word(entry.value, entry.key, as: Surface.self) else { ok = false; continue }
            result.append(Contact(part, side: side, on: surface))
        }
        m.finish(&reader)
        return ok ? result : nil
    }
}

/// The words for body parts in `contacts`.
enum ContactWords {
    static var all: [String] {
        ContactPart.allCases.flatMap { part -> [String] in
            ContactNames.sided.contains(part) ? [ContactNames.plural(part)] + Side.allCases.map { "\($0.rawValue)_\(part.rawValue)" }
                                              : [part.rawValue]
        }
    }

    static func part(_ word: String) -> (ContactPart, Side?)? {
        for part in ContactPart.allCases {
            if ContactNames.sided.contains(part) {
                if word == ContactNames.plural(part) { return (part, nil) }
                for side in Side.allCases where word == "\(side.rawValue)_\(part.rawValue)" { return (part, side) }
            } else if word == part.rawValue {
                return (part, nil)
            }
        }
        return nil
    }
}
