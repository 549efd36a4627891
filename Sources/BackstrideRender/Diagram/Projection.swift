import BackstrideCore
import Foundation

/// The camera of one picture: turns the world into flat picture coordinates (x right, y up, in body heights) and
/// a depth (larger is nearer the viewer). Orthographic, so every frame of an exercise shares one scale.
struct Projection {
    let camera: Matrix3
    let mirror: Bool

    init(_ pose: Pose) {
        camera = ViewSetup.camera(pose.view, pose.camera)
        mirror = pose.mirror
    }

    init(camera: Matrix3, mirror: Bool) {
        self.camera = camera
        self.mirror = mirror
    }

    func point(_ p: Vector3) -> Point {
        let c = camera * p
        return Point(mirror ? -c.x : c.x, c.y)
    }

    func depth(_ p: Vector3) -> Double { (camera * p).z }

    /// The outline of an ellipsoid in the picture: an ellipse, sampled evenly.
    func outline(_ e: Ellipsoid, samples: Int = 36) -> [Point] {
        // The picture's ellipse is B Bᵀ, B the first two rows of the camera-turned half-axes.
        let m = camera * e.axes
        let r0 = Vector3(m.c0.x, m.c1.x, m.c2.x), r1 = Vector3(m.c0.y, m.c1.y, m.c2.y)
        let a = r0.dot(r0), b = r0.dot(r1), c = r1.dot(r1)
        let mean = (a + c) / 2, spread = (((a - c) / 2) * ((a - c) / 2) + b * b).squareRoot()
        let big = mean + spread, small = max(0, mean - spread)
        let angle = 0.5 * atan2(2 * b, a - c)
        let u = Point(cos(angle), sin(angle)), v = Point(-sin(angle), cos(angle))
        let centre = point(e.centre)
        let sign = mirror ? -1.0 : 1.0
        return (0..<samples).map { i in
            let t = Double(i) / Double(samples) * 2 * .pi
            let local = u * (big.squareRoot() * cos(t)) + v * (small.squareRoot() * sin(t))
            return Point(centre.x + sign * local.x, centre.y + local.y)
        }
    }

    /// The direction toward the viewer, in the world.
    var towardViewer: Vector3 { camera.transposed * Vector3.unitZ }
}
