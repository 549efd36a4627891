import BackstrideCore
import Foundation

/// A low-back close-up: the whole figure drawn larger than its kind's scale, frames one above the other, with the
/// low spine drawn inside the trunk and an arrow up into the gap under an arched back. At the lying scale a pelvic
/// tilt lifts the back under a millimetre; readers of the pelvic clock drawn that way said the body looked the same in
/// both frames, and of a magnified window under a small figure that the window was abstract. Drawn whole and large,
/// the body shows the tilt itself.
enum LowBackCloseUp {
    /// At most this many times the kind's scale. The frames' room decides first: the pelvic clock's figure, knees
    /// bent, fills two stacked frames at about 1.8 times the lying scale.
    static let largest = 3.0

    /// The low spine drawn inside the trunk as a column of short blocks, from the tailbone up past the ribs: how it
    /// curves is the movement (straight when the back is flat, bent when it arches), and an angle shows where a
    /// gap of a few points does not. Returns the marks and the line they follow, for the checks.
    static func spine(_ figure: Figure, _ projection: Projection, _ page: (Point) -> Point) -> (marks: [DiagramMark], line: [Point]) {
        let s = figure.skeleton
        // Behind the middle of the trunk, where the spine runs near the back.
        let back = -0.032
        let joints = [s.pelvis.point(back, -0.035, 0), s.pelvis.point(back, 0, 0)] + s.spine.map { $0.point(back, 0, 0) }
            + [s.chestTop.point(back, 0, 0)]
        // Rounded at the joints, like a spine rather than a chain of rods.
        let line = smoothed(joints.map { page(projection.point(figure.world($0))) }, passes: 3)
        // Blocks of equal length with a white gap between, like vertebrae. Lines end in round caps half their width
        // long, so the gap seen is the gap here less the width.
        return (DiagramMark.dashed(line, dash: 2.2, gap: 4.4, color: DiagramInk.ink, width: 3), line)
    }

    /// A short arrow up into the gap under the arched back, where the back is highest over the floor between the
    /// chest and the hips; nil when the back lies on the floor.
    static func gapArrow(_ figure: Figure, _ projection: Projection, _ page: (Point) -> Point, bodies: [[Point]], floorY: Double) -> [Point]? {
        let xs = [figure.point(.chest), figure.origin].map { page(projection.point($0)).x }
        guard let lo = xs.min(), let hi = xs.max(), hi - lo > 4 else { return nil }
        let highest = stride(from: lo, through: hi, by: 1).compactMap { x -> (x: Double, gap: Double)? in
            PlaneGeometry.largestY(of: bodies, atX: x).map { (x, floorY - $0) }
        }.max { $0.gap < $1.gap }
        guard let highest, highest.gap > 4 else { return nil }
        return [Point(highest.x, floorY - 0.8), Point(highest.x, floorY - highest.gap + 1.2)]
    }

    /// An open line with its corners cut (Chaikin's method): each pass replaces every edge by its middle half, and
    /// the two ends stay.
    static func smoothed(_ points: [Point], passes: Int) -> [Point] {
        var line = points
        for _ in 0..<passes where line.count > 2 {
            var cut = [line[0]]
            for i in 0..<(line.count - 1) {
                let a = line[i], b = line[i + 1]
                cut.append(a * 0.75 + b * 0.25)
                cut.append(a * 0.25 + b * 0.75)
            }
            line = cut + [line[line.count - 1]]
        }
        return line
    }
}
