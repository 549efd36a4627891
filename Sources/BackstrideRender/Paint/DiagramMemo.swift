import BackstrideCore

/// The marks of the pictures one worker has drawn, by pose and picture size. A batch prints the same few dozen
/// exercises on thousands of cards, and placing a figure (its outline, props and arrows routed round the body) cost
/// a tenth of a batch's time. A picture is always placed in a frame of its size at the page's corner and then moved
/// to its card, remembered or not, so what is printed never depends on what the worker drew before.
/// Not Sendable: one per painter, like the painter's text engine.
final class DiagramMemo {
    private struct Size: Hashable {
        let width, height: Double
    }

    private var drawn: [Size: [(pose: Pose, marks: [DiagramMark])]] = [:]
    private var count = 0
    /// Pictures come in a handful of sizes (paper, print size, picture beside or above the cues), so this holds a
    /// whole library several times over; the bound is for a clinic library of thousands of exercises.
    static let limit = 500

    func marks(_ pose: Pose, in frame: Rect) -> [DiagramMark] {
        let size = Size(width: frame.width, height: frame.height)
        let atCorner: [DiagramMark]
        if let known = drawn[size]?.first(where: { $0.pose == pose }) {
            atCorner = known.marks
        } else {
            atCorner = DiagramDrawing(pose, in: Rect(x: 0, y: 0, width: frame.width, height: frame.height)).marks
            if count >= Self.limit {
                drawn = [:]
                count = 0
            }
            drawn[size, default: []].append((pose, atCorner))
            count += 1
        }
        return atCorner.map { $0.moved(by: frame.x, frame.y) }
    }
}
