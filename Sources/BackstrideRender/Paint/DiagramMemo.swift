import BackstrideCore

/// The marks of the pictures one worker has drawn, by pose and picture size. A batch prints the same few dozen
/// exercises on thousands of cards, and placing a figure (its outline, props and arrows routed round the body) cost
/// a tenth of a batch's time. A picture is always placed in a frame of its size at the page's corner and then moved
/// to its card, remembered or not, so what is printed never depends on what the worker drew before.
/// Not Sendable: one per painter, like the painter's text engine.
final class DiagramMemo {
    private struct Size: Hashable, Sendable {
        let width, height: Double
    }

    private var drawn: [Size: [(pose: Pose, marks: [DiagramMark])]] = [:]
    private var count = 0
    private var ahead: Ahead?
    /// Pictures come in a handful of sizes (paper, print size, picture beside or above the cues), so this holds a
    /// whole library several times over; the bound is for a clinic library of thousands of exercises.
    static let limit = 500

    func marks(_ pose: Pose, in frame: Rect) -> [DiagramMark] {
        let size = Size(width: frame.width, height: frame.height)
        if known(pose, size) == nil, let ahead {
            self.ahead = nil
            for (picture, marks) in ahead.results() { remember(picture.pose, picture.size, marks) }
        }
        let atCorner: [DiagramMark]
        if let known = known(pose, size) {
            atCorner = known
        } else {
            atCorner = Self.draw(pose, size)
            remember(pose, size, atCorner)
        }
        return atCorner.map { $0.moved(by: frame.x, frame.y) }
    }

    private func known(_ pose: Pose, _ size: Size) -> [DiagramMark]? {
        drawn[size]?.first { $0.pose == pose }?.marks
    }

    /// Starts working out, on other cores, the pictures of these pages that are not remembered yet, while the
    /// pages before them are painted. A single handout's first pages have no pictures, and working its pictures
    /// out one after another was a fifth of its painting time. Each picture is the same whichever thread draws it.
    func prepare(_ pages: [LaidOutPage]) {
        var wanted: [(pose: Pose, size: Size)] = []
        for page in pages {
            for case let .diagram(pose, frame) in page.items {
                let size = Size(width: frame.width, height: frame.height)
                if known(pose, size) != nil || wanted.contains(where: { $0.size == size && $0.pose == pose }) { continue }
                wanted.append((pose, size))
            }
        }
        // One missing picture (a batch's usual case) is drawn when it is reached: no thread is worth starting.
        guard wanted.count > 1, ahead == nil else { return }
        ahead = Ahead(wanted)
    }

    private func remember(_ pose: Pose, _ size: Size, _ marks: [DiagramMark]) {
        if count >= Self.limit {
            drawn = [:]
            count = 0
        }
        drawn[size, default: []].append((pose, marks))
        count += 1
    }

    private static func draw(_ pose: Pose, _ size: Size) -> [DiagramMark] {
        DiagramDrawing(pose, in: Rect(x: 0, y: 0, width: size.width, height: size.height)).marks
    }

    /// Pictures being drawn on other threads, each its own piece of work; `results()` waits for all of them.
    private struct Ahead {
        let pictures: [(pose: Pose, size: Size, marks: StartedEarly<[DiagramMark]>)]

        init(_ wanted: [(pose: Pose, size: Size)]) {
            pictures = wanted.map { pose, size in (pose, size, StartedEarly { DiagramMemo.draw(pose, size) }) }
        }

        func results() -> [((pose: Pose, size: Size), [DiagramMark])] {
            // Drawing a picture does not throw.
            pictures.map { (($0.pose, $0.size), (try? $0.marks.value()) ?? []) }
        }
    }
}
