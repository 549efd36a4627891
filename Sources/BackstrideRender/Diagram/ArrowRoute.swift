import BackstrideCore
import Foundation

/// Finds where to draw a movement arrow in the end frame: along the path the body point really took, moved sideways
/// just enough to clear the body and stay above the floor, and cut short where it would run into the moved part.
struct ArrowRoute {
    /// The end frame's body outlines, in page points.
    let obstacles: [[Point]]
    /// The floor's page y (larger is lower), if the picture has one.
    let floorY: Double?
    let panel: Rect
    static let clearance = 2.5
    static let shortest = 24.0
    /// Each outline's box grown by the clearance: a point outside it is clear of that outline without the exact test,
    /// which would otherwise run for every outline at every point of every candidate path.
    private let reach: [Rect]

    init(obstacles: [[Point]], floorY: Double?, panel: Rect) {
        self.obstacles = obstacles
        self.floorY = floorY
        self.panel = panel
        reach = obstacles.map { shape in
            let xs = shape.map(\.x), ys = shape.map(\.y)
            guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else { return Rect(x: 0, y: 0, width: -1, height: -1) }
            let c = Self.clearance + 1  // a point more than a clearance away, with room for rounding
            return Rect(x: minX - c, y: minY - c, width: maxX - minX + 2 * c, height: maxY - minY + 2 * c)
        }
    }

    /// The arrow's points, or nil when no clear path was found.
    func route(_ path: [Point]) -> [Point]? {
        var path = Self.smooth(path)
        if Self.length(path) < Self.shortest { path = Self.lengthened(path) }
        let centre = obstacles.flatMap { $0 }.reduce(Point(0, 0), +) * (1 / Double(max(1, obstacles.flatMap { $0 }.count)))
        let chord = path[path.count - 1] - path[0]
        let normal = chord.length > 0 ? chord.normalized.perpendicular : Point(0, -1)
        // Try the side away from the body first.
        let away: Double = (path[path.count / 2] - centre).dot(normal) >= 0 ? 1 : -1
        let full = Self.length(path)
        let ahead = chord.length > 0 ? chord.normalized : Point(0, -1)
        // Candidates: the path moved beside itself, or just past the moved part (or just behind where it started),
        // pointing the way it went. The best shows most of the movement while staying close to where it happened.
        var best: (score: Double, points: [Point])?
        for push in [0.0, 5, -5, 10, -10, 15, -15, 20, -20, 25, -25, 30, 35, 40] {
            for step in 0...(push == 0 ? 16 : 4) {
                let offset = Double((step + 1) / 2) * 5 * (step % 2 == 1 ? away : -away)
                let moved = path.map { $0 + normal * offset + ahead * push }
                guard let run = clearRun(moved) else { continue }
                let length = Self.length(run)
                guard length >= min(Self.shortest, full * 0.55) else { continue }
                let score = min(length, full) - 0.6 * abs(offset) - 0.3 * abs(push) + (offset * away >= 0 ? 1 : 0)
                if best == nil || score > best!.score { best = (score, run) }
            }
        }
        return best?.points
    }

    /// A point inside or too close to the body, below the floor or outside the panel.
    func blocked(_ p: Point) -> Bool {
        if let floorY, p.y > floorY - Self.clearance { return true }
        if p.x < panel.x + 2 || p.x > panel.maxX - 2 || p.y < panel.y + 2 || p.y > panel.maxY - 2 { return true }
        for (shape, box) in zip(obstacles, reach) where p.x >= box.x && p.x <= box.maxX && p.y >= box.y && p.y <= box.maxY {
            if PlaneGeometry.contains(shape, p) || PlaneGeometry.outside(shape, p) < Self.clearance { return true }
        }
        return false
    }

    /// The longest stretch of the path that is clear all along (usually the path less its ends, which lie on the body
    /// where the movement starts and stops); nil when no stretch has two points.
    func clearRun(_ path: [Point]) -> [Point]? {
        var best: ArraySlice<Point> = [], start: Int?
        for i in 0...path.count {
            if i < path.count, !blocked(path[i]) {
                if start == nil { start = i }
            } else if let s = start {
                let run = path[s..<i]
                if Self.length(Array(run)) > Self.length(Array(best)) { best = run }
                start = nil
            }
        }
        return best.count >= 2 ? Array(best) : nil
    }

    static func length(_ p: [Point]) -> Double { zip(p, p.dropFirst()).map { $0.distance(to: $1) }.reduce(0, +) }

    /// A Catmull-Rom curve through the points, four steps between each pair.
    static func smooth(_ p: [Point]) -> [Point] {
        guard p.count > 2 else { return p }
        var out: [Point] = []
        for i in 0..<(p.count - 1) {
            let p0 = p[max(0, i - 1)], p1 = p[i], p2 = p[i + 1], p3 = p[min(p.count - 1, i + 2)]
            for s in 0..<4 {
                let t = Double(s) / 4, t2 = t * t, t3 = t2 * t
                let a = p1 * 2, b = (p2 - p0) * t, c = (p0 * 2 - p1 * 5 + p2 * 4 - p3) * t2, d = (p1 * 3 - p0 - p2 * 3 + p3) * t3
                out.append((a + b + c + d) * 0.5)
            }
        }
        out.append(p[p.count - 1])
        return out
    }

    /// A short movement (a calf raise) drawn as a straight arrow long enough to see, centred on it.
    static func lengthened(_ p: [Point]) -> [Point] {
        let a = p[0], b = p[p.count - 1]
        let d = b - a
        let dir = d.length > 1e-6 ? d.normalized : Point(0, -1)
        let mid = (a + b) * 0.5
        let half = shortest * 0.6
        return (0...8).map { mid + dir * (-half + 2 * half * Double($0) / 8) }
    }
}
