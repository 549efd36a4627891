import Foundation

/// A solid ellipsoid: the building block of the figure's volume. A ball when its three half-axes are equal,
/// a flat oval (a ring across the trunk) when one is nearly zero.
public struct Ellipsoid: Equatable, Sendable {
    public var centre: Vector3
    /// Columns are the three half-axes as vectors.
    public var axes: Matrix3

    public init(centre: Vector3, axes: Matrix3) {
        self.centre = centre
        self.axes = axes
    }

    public static func ball(_ centre: Vector3, _ radius: Double) -> Ellipsoid {
        Ellipsoid(centre: centre, axes: Matrix3(Vector3(radius, 0, 0), Vector3(0, radius, 0), Vector3(0, 0, radius)))
    }

    /// An ellipsoid in a bone's frame: centre and half-axes along the bone's own x, y and z.
    public static func inFrame(_ frame: Skeleton.Segment, at c: Vector3, _ ax: Double, _ ay: Double, _ az: Double) -> Ellipsoid {
        let r = frame.rotation
        return Ellipsoid(centre: frame.origin + r * c, axes: Matrix3(r.c0 * ax, r.c1 * ay, r.c2 * az))
    }

    /// How far the surface reaches from the centre in direction `n` (a unit vector).
    public func reach(_ n: Vector3) -> Double { (axes.transposed * n).length }

    /// The surface point furthest in direction `n`.
    public func extreme(_ n: Vector3) -> Vector3 {
        let m = axes.transposed * n
        let l = m.length
        return l > 0 ? centre + axes * (m * (1 / l)) : centre
    }

    /// The same ellipsoid turned by `rotation` about the origin, then moved by `offset`.
    public func moved(_ rotation: Matrix3, _ offset: Vector3) -> Ellipsoid {
        Ellipsoid(centre: rotation * centre + offset, axes: rotation * axes)
    }
}
