import Foundation

/// A point or direction in the figure's 3D world: x along the floor across the picture, y up, z toward the viewer
/// of a side view. Units are body heights (a standing figure is 1 tall).
public struct Vector3: Equatable, Hashable, Sendable, Codable {
    public var x, y, z: Double

    public init(_ x: Double, _ y: Double, _ z: Double) {
        self.x = x
        self.y = y
        self.z = z
    }

    public static let zero = Vector3(0, 0, 0)
    public static let unitX = Vector3(1, 0, 0)
    public static let unitY = Vector3(0, 1, 0)
    public static let unitZ = Vector3(0, 0, 1)

    public static func + (a: Vector3, b: Vector3) -> Vector3 { Vector3(a.x + b.x, a.y + b.y, a.z + b.z) }
    public static func - (a: Vector3, b: Vector3) -> Vector3 { Vector3(a.x - b.x, a.y - b.y, a.z - b.z) }
    public static func * (a: Vector3, k: Double) -> Vector3 { Vector3(a.x * k, a.y * k, a.z * k) }
    public static prefix func - (a: Vector3) -> Vector3 { Vector3(-a.x, -a.y, -a.z) }

    public func dot(_ b: Vector3) -> Double { x * b.x + y * b.y + z * b.z }
    public func cross(_ b: Vector3) -> Vector3 { Vector3(y * b.z - z * b.y, z * b.x - x * b.z, x * b.y - y * b.x) }
    public var length: Double { dot(self).squareRoot() }
    public var normalized: Vector3 { length > 0 ? self * (1 / length) : self }
    public func distance(to b: Vector3) -> Double { (self - b).length }

    /// The point a fraction `t` of the way to `b`.
    public func lerp(_ b: Vector3, _ t: Double) -> Vector3 { self + (b - self) * t }
}

/// A rotation (or any linear map) as a 3x3 matrix, stored by columns: where it sends x, y and z.
public struct Matrix3: Equatable, Sendable, Codable {
    public var c0, c1, c2: Vector3

    public init(_ c0: Vector3, _ c1: Vector3, _ c2: Vector3) {
        self.c0 = c0
        self.c1 = c1
        self.c2 = c2
    }

    public static let identity = Matrix3(.unitX, .unitY, .unitZ)

    public static func * (m: Matrix3, v: Vector3) -> Vector3 { m.c0 * v.x + m.c1 * v.y + m.c2 * v.z }
    public static func * (a: Matrix3, b: Matrix3) -> Matrix3 { Matrix3(a * b.c0, a * b.c1, a * b.c2) }

    public var transposed: Matrix3 {
        Matrix3(Vector3(c0.x, c1.x, c2.x), Vector3(c0.y, c1.y, c2.y), Vector3(c0.z, c1.z, c2.z))
    }

    /// Turning about the x axis by `degrees`, counter-clockwise looking down the axis toward the origin.
    public static func aboutX(_ degrees: Double) -> Matrix3 {
        let r = degrees * .pi / 180, c = cos(r), s = sin(r)
        return Matrix3(.unitX, Vector3(0, c, s), Vector3(0, -s, c))
    }

    public static func aboutY(_ degrees: Double) -> Matrix3 {
        let r = degrees * .pi / 180, c = cos(r), s = sin(r)
        return Matrix3(Vector3(c, 0, -s), .unitY, Vector3(s, 0, c))
    }

    public static func aboutZ(_ degrees: Double) -> Matrix3 {
        let r = degrees * .pi / 180, c = cos(r), s = sin(r)
        return Matrix3(Vector3(c, s, 0), Vector3(-s, c, 0), .unitZ)
    }
}
