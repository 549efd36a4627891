import Foundation

/// Flat-geometry helpers shared by the balance check and the diagram drawing.
public enum PlaneGeometry {
    /// The convex hull, counter-clockwise in a y-up plane (Andrew's monotone chain).
    public static func hull(_ points: [Point]) -> [Point] {
        let p = points.sorted { $0.x != $1.x ? $0.x < $1.x : $0.y < $1.y }
        guard p.count > 2 else { return p }
        func cross(_ o: Point, _ a: Point, _ b: Point) -> Double { (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x) }
        var lower: [Point] = [], upper: [Point] = []
        for q in p {
            while lower.count >= 2, cross(lower[lower.count - 2], lower[lower.count - 1], q) <= 0 { lower.removeLast() }
            lower.append(q)
        }
        for q in p.reversed() {
            while upper.count >= 2, cross(upper[upper.count - 2], upper[upper.count - 1], q) <= 0 { upper.removeLast() }
            upper.append(q)
        }
        return Array(lower.dropLast() + upper.dropLast())
    }

    /// The largest y at which any of the outlines crosses the vertical line at `x`; nil when none reaches it. On a
    /// page (y down) that is the lowest edge of the shapes there.
    public static func largestY(of shapes: [[Point]], atX x: Double) -> Double? {
        var largest: Double?
        for shape in shapes {
            for (i, a) in shape.enumerated() {
                let b = shape[(i + 1) % shape.count]
                guard (a.x - x) * (b.x - x) <= 0, a.x != b.x else { continue }
                let y = a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x)
                largest = max(largest ?? y, y)
            }
        }
        return largest
    }

    /// Distance from a point to a segment.
    public static func distance(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let ab = b - a
        let l2 = ab.dot(ab)
        let t = l2 > 0 ? max(0, min(1, (p - a).dot(ab) / l2)) : 0
        return p.distance(to: a + ab * t)
    }

    /// Whether a point is inside a polygon (even-odd rule; works for any simple polygon).
    public static func contains(_ polygon: [Point], _ p: Point) -> Bool {
        var inside = false
        var j = polygon.count - 1
        for i in polygon.indices {
            let a = polygon[i], b = polygon[j]
            if (a.y > p.y) != (b.y > p.y), p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x { inside.toggle() }
            j = i
        }
        return inside
    }

    /// How far a point lies outside a convex polygon (0 inside); a polygon of one or two points is a point or a segment.
    public static func outside(_ polygon: [Point], _ p: Point) -> Double {
        switch polygon.count {
        case 0: return .infinity
        case 1: return p.distance(to: polygon[0])
        case 2: return distance(p, polygon[0], polygon[1])
        default:
            if contains(polygon, p) { return 0 }
            // A loop rather than map/min: diagrams ask this thousands of times per arrow.
            var nearest = Double.infinity
            for i in polygon.indices { nearest = min(nearest, distance(p, polygon[i], polygon[i + 1 == polygon.count ? 0 : i + 1])) }
            return nearest
        }
    }

    /// The fewest points that stay within `tolerance` of the line through `points` (Ramer-Douglas-Peucker); a closed
    /// outline is split at its first point and the point farthest from it. The ends are always kept.
    public static func simplified(_ points: [Point], tolerance: Double, closed: Bool = false) -> [Point] {
        guard points.count > 3 else { return points }
        if closed {
            let far = points.indices.max { points[$0].distance(to: points[0]) < points[$1].distance(to: points[0]) } ?? 0
            guard far > 0 else { return points }
            let there = simplified(Array(points[0...far]), tolerance: tolerance)
            let back = simplified(Array(points[far...]) + [points[0]], tolerance: tolerance)
            return there + back.dropFirst().dropLast()
        }
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        var spans = [(0, points.count - 1)]
        while let (a, b) = spans.popLast() {
            guard b > a + 1 else { continue }
            var farthest = a, distanceAway = 0.0
            for i in (a + 1)..<b {
                let d = distance(points[i], points[a], points[b])
                if d > distanceAway { (farthest, distanceAway) = (i, d) }
            }
            if distanceAway > tolerance {
                keep[farthest] = true
                spans += [(a, farthest), (farthest, b)]
            }
        }
        return points.indices.filter { keep[$0] }.map { points[$0] }
    }

    /// Signed area (positive counter-clockwise).
    public static func area(_ polygon: [Point]) -> Double {
        guard polygon.count > 2 else { return 0 }
        var s = 0.0
        for i in polygon.indices {
            let a = polygon[i], b = polygon[(i + 1) % polygon.count]
            s += a.x * b.y - b.x * a.y
        }
        return s / 2
    }

    /// The part of a polygon inside a convex clip polygon (Sutherland-Hodgman); the clip must be counter-clockwise.
    public static func clip(_ subject: [Point], to clip: [Point]) -> [Point] {
        var output = subject
        guard clip.count > 2 else { return [] }
        for i in clip.indices {
            let a = clip[i], b = clip[(i + 1) % clip.count]
            func inside(_ p: Point) -> Bool { (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x) >= 0 }
            func cut(_ p: Point, _ q: Point) -> Point {
                let d1 = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)
                let d2 = (b.x - a.x) * (q.y - a.y) - (b.y - a.y) * (q.x - a.x)
                return p + (q - p) * (d1 / (d1 - d2))
            }
            let input = output
            output = []
            guard !input.isEmpty else { break }
            var prev = input[input.count - 1]
            for cur in input {
                if inside(cur) {
                    if !inside(prev) { output.append(cut(prev, cur)) }
                    output.append(cur)
                } else if inside(prev) {
                    output.append(cut(prev, cur))
                }
                prev = cur
            }
        }
        return output
    }
}
