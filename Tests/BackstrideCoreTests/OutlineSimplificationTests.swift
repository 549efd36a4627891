import BackstrideCore
import Foundation
import Testing

/// Outlines are painted with fewer points (PlaneGeometry.simplified): no point of the drawn outline may move further
/// than the tolerance, and the ends of an open line stay where they were.
struct OutlineSimplificationTests {
    @Test func aSampledCircleKeepsItsShapeWithAQuarterOfItsPoints() {
        let circle = (0..<126).map { i -> Point in
            let t = Double(i) / 126 * 2 * .pi
            return Point(100 + 10 * cos(t), 100 + 10 * sin(t))
        }
        let fewer = PlaneGeometry.simplified(circle, tolerance: 0.05, closed: true)
        #expect(fewer.count < circle.count / 3 && fewer.count > 12, "\(fewer.count) points")
        #expect(fewer.first == circle.first)
        for p in circle {
            let nearest = fewer.indices.map { PlaneGeometry.distance(p, fewer[$0], fewer[($0 + 1) % fewer.count]) }.min() ?? .infinity
            #expect(nearest <= 0.05 + 1e-12, "\(p) is \(nearest) from the simplified outline")
        }
    }

    @Test func anOpenLineKeepsItsEndsAndCorners() {
        let line = (0...20).map { Point(Double($0), 0) } + (1...20).map { Point(20, Double($0)) }
        #expect(PlaneGeometry.simplified(line, tolerance: 0.05) == [Point(0, 0), Point(20, 0), Point(20, 20)])
        let short = [Point(0, 0), Point(1, 1), Point(2, 0)]
        #expect(PlaneGeometry.simplified(short, tolerance: 5) == short, "three points or fewer are left alone")
    }
}
