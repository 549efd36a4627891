import Foundation

/// A point on a page or in a flat picture.
public struct Point: Codable, Equatable, Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }

    public static func + (a: Point, b: Point) -> Point { Point(a.x + b.x, a.y + b.y) }
    public static func - (a: Point, b: Point) -> Point { Point(a.x - b.x, a.y - b.y) }
    public static func * (a: Point, k: Double) -> Point { Point(a.x * k, a.y * k) }

    public func distance(to p: Point) -> Double { hypot(p.x - x, p.y - y) }
    public var length: Double { hypot(x, y) }
    public func dot(_ p: Point) -> Double { x * p.x + y * p.y }
    /// Turned a quarter turn counter-clockwise (in a y-up picture).
    public var perpendicular: Point { Point(-y, x) }
    public var normalized: Point { length > 0 ? self * (1 / length) : self }
}
