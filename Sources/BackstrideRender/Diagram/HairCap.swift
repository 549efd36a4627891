import BackstrideCore
import Foundation

/// The hair on the skull, as the part of it the camera sees. Readers could not tell a face-down figure from a face-up
/// one by a dot of an eye; a dark cap over the crown and the back of the head says at once which way the face is, in
/// any view, as it does in printed exercise sheets.
enum HairCap {
    /// The cap on the unit sphere of the skull: the points within about 75° of a direction tipped 30° back from the
    /// crown, so the hairline runs high over the forehead and just above the nape.
    static let direction = Vector3(-0.5, 0.866, 0)
    static let edge = 0.25

    /// The visible hair as a closed outline in picture units, or nothing when the cap is turned away.
    static func outline(_ skull: Ellipsoid, _ projection: Projection, samples: Int = 48) -> [Point] {
        let a = skull.axes
        // Work on the unit sphere the skull is stretched from: s ↦ centre + A s. A point shows when its surface
        // normal faces the viewer, that is when s · w > 0 for w = A⁻¹ t (the columns of A are orthogonal).
        let t = projection.towardViewer
        let w = Vector3(a.c0.dot(t) / a.c0.dot(a.c0), a.c1.dot(t) / a.c1.dot(a.c1), a.c2.dot(t) / a.c2.dot(a.c2)).normalized
        let h = direction.normalized
        let ring = sqrt(1 - edge * edge)
        let e1 = Vector3(h.y, -h.x, 0).normalized, e2 = h.cross(e1).normalized

        // The hairline where it faces the viewer, then the skull's rim where it lies inside the cap.
        let hairline = (0..<samples).map { i -> Vector3 in
            let u = Double(i) / Double(samples) * 2 * .pi
            return h * edge + (e1 * cos(u) + e2 * sin(u)) * ring
        }
        let g1 = abs(w.x) < 0.9 ? w.cross(.unitX).normalized : w.cross(.unitY).normalized, g2 = w.cross(g1).normalized
        let rim = (0..<samples).map { i -> Vector3 in
            let u = Double(i) / Double(samples) * 2 * .pi
            return g1 * cos(u) + g2 * sin(u)
        }
        let front = arc(hairline) { $0.dot(w) >= 0 }
        let crown = arc(rim) { $0.dot(h) >= edge }
        let sphere: [Vector3]
        switch (front.isEmpty, crown.isEmpty) {
        case (true, true): return []
        case (false, true): sphere = front
        case (true, false): sphere = crown
        case (false, false):
            // Join the rim to the hairline's end it starts nearest.
            let rimOn = (crown.first! - front.last!).length <= (crown.last! - front.last!).length ? crown : crown.reversed()
            sphere = front + rimOn
        }
        return sphere.map { projection.point(skull.centre + a * $0) }
    }

    /// The points of a closed loop that pass `keep`, as one run in loop order (the loop's start may fall inside it).
    /// Empty when none pass; the whole loop when all do.
    static func arc(_ loop: [Vector3], keep: (Vector3) -> Bool) -> [Vector3] {
        let kept = loop.map(keep)
        guard kept.contains(true) else { return [] }
        guard let gap = kept.firstIndex(of: false) else { return loop }
        // Start just after a point that fails, so the run is not split across the loop's end.
        let n = loop.count
        return (1...n).map { (gap + $0) % n }.filter { kept[$0] }.map { loop[$0] }
    }
}
