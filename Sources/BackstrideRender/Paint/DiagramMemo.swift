import BackstrideCore

/// The marks of the pictures one worker has drawn, by frame and pose. A batch prints the same few dozen exercises in
/// the same few places on thousands of cards, and placing a figure (its outline, props and arrows routed round the
/// body) cost a tenth of a batch's time; painting remembered marks gives the same bytes.
/// Not Sendable: one per painter, like the painter's text engine.
final class DiagramMemo {
    private struct Place: Hashable {
        let x, y, width, height: Double
        init(_ r: Rect) { (x, y, width, height) = (r.x, r.y, r.width, r.height) }
    }

    private var drawn: [Place: [(pose: Pose, marks: [DiagramMark])]] = [:]
    private var count = 0
    /// Far more pictures than one library has places, so a long batch keeps them all; the bound is for a
    /// clinic library of thousands of exercises.
    static let limit = 2_000

    func marks(_ pose: Pose, in frame: Rect) -> [DiagramMark] {
        let place = Place(frame)
        if let known = drawn[place]?.first(where: { $0.pose == pose }) { return known.marks }
        let marks = DiagramDrawing(pose, in: frame).marks
        if count >= Self.limit {
            drawn = [:]
            count = 0
        }
        drawn[place, default: []].append((pose, marks))
        count += 1
        return marks
    }
}
