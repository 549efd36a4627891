import Yams

/// Reads the `pose:` block of an exercise file: position, view, props, the start and end frames as joint angles
/// with their contacts, and the arrows. Angles outside human ranges are errors at their key; then the solver places
/// the figure and a frame that floats, sinks into something or tips over is an error at that frame.
struct PoseParser {
    var reader: NodeReader

    mutating func parse(_ node: Node) -> Pose? {
        guard var m = reader.mapping(node, named: "pose") else { return nil }
        let position = required(&m, "position").flatMap { reader.word($0, "position", as: BodyPosition.self) }
        let viewNode = m.take("view")
        let view = viewNode.map { reader.word($0, "view", as: DiagramView.self) } ?? .side
        let cameraNode = m.take("camera")
        let mirror = m.take("mirror").map { reader.boolean($0, "mirror") } ?? false
        let props = m.take("props").map { PropParser.parse($0, &reader) } ?? []
        let startNode = required(&m, "start")
        let endNode = m.take("end")
        let arrowsNode = m.take("arrows")
        let arrows = arrowsNode.map { self.arrows($0) } ?? []
        let holdNode = m.take("hold")
        let hold = holdNode.map { reader.boolean($0, "hold") }
        let clock = m.take("clock").map { reader.boolean($0, "clock") } ?? false
        let closeUpNode = m.take("close_up")
        let closeUp = closeUpNode.map { reader.word($0, "close_up", as: CloseUp.self) }
        let balance = m.take("balance").map { reader.boolean($0, "balance") } ?? true
        let anchor = m.take("anchor").map { self.anchor($0) }
        m.finish(&reader)
        guard let position, let view else { return nil }
        let bodyTurn = ViewSetup.bodyTurn(position, view)
        if bodyTurn == nil {
            reader.error("a \(position.rawValue) body has no \(view.rawValue) view", at: viewNode ?? node,
                         hint: position == .sideLying ? "use `front` to see the body's front, or `top` to look down on it"
                                                      : "use `side`, `three_quarter` or `top`")
        }
        if case .lowBack?? = closeUp, position != .supine, let closeUpNode {
            // The close-up shows the back lifting off the floor under it; in any other position there is no such gap.
            reader.error("close_up: low_back needs a body lying on its back", at: closeUpNode,
                         hint: "use it with `position: supine`, or leave it out")
        }
        let camera = cameraNode.map { self.camera($0) } ?? ViewSetup.defaultCamera(view)
        // Both frames are read even after an error, so one pass reports every mistake.
        var inherited = FrameReader.defaults(position)
        let start = startNode.flatMap { frame($0, "start", from: &inherited, contacts: []) }
        let end = endNode.map { frame($0, "end", from: &inherited, contacts: start?.contacts ?? []) }
        guard let bodyTurn, let camera, let mirror, let props, let arrows, let clock, let balance, hold.map({ $0 != nil }) ?? true,
              closeUp.map({ $0 != nil }) ?? true,
              anchor.map({ $0 != nil }) ?? true, let startNode, let start, end.map({ $0 != nil }) ?? true else { return nil }
        let endFrame = end ?? nil
        let setup = PoseMotion.Setup(position: position, bodyTurn: bodyTurn, props: props, balance: balance, anchor: anchor ?? nil)
        let (solved, problems) = PoseSolutions.shared.solve(setup, start: start, end: endFrame)
        for problem in problems {
            let at = problem.frame == "start" ? startNode : (endNode ?? startNode)
            reader.error("pose \(problem.frame): \(problem.message)", at: at, hint: problem.hint)
        }
        guard problems.isEmpty else { return nil }
        // With no arrows named, the point that travels furthest gets one; `arrows: []` means none.
        let movementArrows = arrowsNode == nil && endFrame != nil ? [MovementArrow(PoseMotion.mostMoved(setup, solved))] : arrows
        return Pose(position: position, view: view, camera: camera, mirror: mirror, props: props, start: start, end: endFrame,
                    arrows: movementArrows, hold: (hold ?? nil) ?? (endFrame == nil), clock: clock, closeUp: closeUp ?? nil, balance: balance,
                    anchor: anchor ?? nil, solved: solved)
    }

    private mutating func required(_ m: inout NodeReader.Mapping, _ key: String) -> Node? {
        if let node = m.take(key) { return node }
        reader.error("missing required key `\(key)` in pose", at: m.node)
        return nil
    }

    /// The part named by `anchor:`; nil after reporting a word that names none.
    private mutating func anchor(_ node: Node) -> Contact? {
        guard case .scalar(let s) = node, let (part, side) = ContactWords.part(VocabularyText.normalise(s.string)) else {
            let text = node.scalar?.string ?? ""
            reader.error("unknown body part `\(text)` in anchor", at: node,
                         hint: VocabularyText.nearest(to: VocabularyText.normalise(text), in: ContactWords.all).map { "did you mean `\($0)`?" }
                            ?? "valid parts: \(ContactWords.all.joined(separator: ", "))")
            return nil
        }
        return Contact(part, side: side, on: .floor)
    }

    private mutating func camera(_ node: Node) -> CameraTurn? {
        guard var m = reader.mapping(node, named: "camera") else { return nil }
        let above = m.take("above").map { reader.number($0, "above", in: 0...60, unit: "degrees") } ?? 0
        let turn = m.take("turn").map { reader.number($0, "turn", in: -60...60, unit: "degrees") } ?? 0
        m.finish(&reader)
        guard let above, let turn else { return nil }
        return CameraTurn(above: above, turn: turn)
    }

    /// Reads a frame over the values inherited from the position's defaults and the start frame.
    private mutating func frame(_ node: Node, _ name: String, from inherited: inout FrameReader.Values, contacts: [Contact]) -> PoseFrame? {
        var frameReader = FrameReader(reader: reader, name: name)
        let before = inherited.nodes
        let result = frameReader.read(node, over: &inherited)
        reader = frameReader.reader
        // Angles are checked in the frame that writes them (an inherited angle was checked in the start frame), even
        // when something else in the frame is wrong.
        let angles = inherited.angles
        let written = inherited.nodes.filter { before[$0.key] != $0.value }
        let problems = JointRanges.problems(in: angles) { joint, side in inherited.keyName(joint, side) }
        for problem in problems {
            guard let at = written[problem.key] else { continue }
            reader.error("pose \(name): \(problem.message)", at: at)
        }
        guard let (tilt, frameContacts) = result, problems.isEmpty else { return nil }
        let finalContacts = frameContacts ?? contacts
        if finalContacts.isEmpty {
            reader.error("pose \(name) needs `contacts`: what rests on the floor or a prop", at: node,
                         hint: "for example `contacts: {feet: floor}`")
            return nil
        }
        return PoseFrame(angles: angles, tilt: tilt ?? inherited.tilt, contacts: finalContacts,
                         free: inherited.free.sorted(by: FreeJoint.solverOrder))
    }

    private mutating func arrows(_ node: Node) -> [MovementArrow]? {
        guard case .sequence(let items) = node else {
            reader.error("arrows must be a list (found \(NodeReader.describe(node)))", at: node, hint: "for example `arrows: [pelvis]`")
            return nil
        }
        var result: [MovementArrow] = []
        for item in items {
            var siteNode = item, bothWays = false
            if case .mapping = item, var m = reader.mapping(item, named: "an arrow") {
                guard let s = m.take("site") else {
                    reader.error("an arrow needs `site`", at: item, hint: "for example `{site: right_foot, both_ways: true}`")
                    return nil
                }
                siteNode = s
                bothWays = m.take("both_ways").map { reader.boolean($0, "both_ways") ?? false } ?? false
                m.finish(&reader)
            }
            guard case .scalar(let scalar) = siteNode, let site = ArrowSiteWords.site(VocabularyText.normalise(scalar.string)) else {
                let text = siteNode.scalar?.string ?? ""
                reader.error("unknown arrow site `\(text)`", at: siteNode,
                             hint: VocabularyText.nearest(to: VocabularyText.normalise(text), in: ArrowSiteWords.all).map { "did you mean `\($0)`?" }
                                ?? "valid sites: \(ArrowSiteWords.all.joined(separator: ", "))")
                return nil
            }
            result.append(MovementArrow(site, bothWays: bothWays))
        }
        return result
    }
}

/// The words for arrow sites.
enum ArrowSiteWords {
    static let all = ["head", "chest", "back", "pelvis", "hands", "ahead", "above_head"] + Side.allCases.flatMap { s in
        ["hand", "elbow", "knee", "foot"].map { "\(s.rawValue)_\($0)" }
    }

    static func site(_ word: String) -> ArrowSite? {
        switch word {
        case "head": return .head
        case "chest": return .chest
        case "back": return .back
        case "pelvis": return .pelvis
        case "hands": return .hands
        case "ahead": return .ahead
        case "above_head": return .aboveHead
        default:
            for side in Side.allCases where word.hasPrefix("\(side.rawValue)_") {
                switch word.dropFirst(side.rawValue.count + 1) {
                case "hand": return .hand(side)
                case "elbow": return .elbow(side)
                case "knee": return .knee(side)
                case "foot": return .foot(side)
                default: return nil
                }
            }
            return nil
        }
    }
}
