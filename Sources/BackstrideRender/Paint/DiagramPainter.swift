import BackstrideCore
import CCairo
import Foundation

/// Paints an exercise picture. It decides nothing: `DiagramDrawing` has placed every mark.
enum DiagramPainter {
    static func paint(_ pose: Pose, in frame: Rect, cr: OpaquePointer) {
        paint(DiagramDrawing(pose, in: frame).marks, cr: cr)
    }

    static func paint(_ marks: [DiagramMark], cr: OpaquePointer) {
        cairo_save(cr)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        cairo_set_dash(cr, nil, 0, 0)
        for mark in marks { paint(mark, cr) }
        cairo_restore(cr)
    }

    private static func set(_ color: Color, _ cr: OpaquePointer) {
        cairo_set_source_rgb(cr, color.red, color.green, color.blue)
    }

    /// How far a painted outline may stray from the drawn one, in points: a tenth of a point is under one dot of a
    /// 600 dpi printer (0.12 pt) and leaves curves smooth at 300 dpi, while outlines sampled every half point keep
    /// only a small part of their points. Points are most of an exercise page's bytes, and writing them (number
    /// formatting, compression) most of its time: 0.05 pt gave 156 KB for the example handout, 0.1 pt gives 140 KB.
    static let outlineTolerance = 0.1

    private static func polygon(_ points: [Point], _ cr: OpaquePointer) {
        let points = PlaneGeometry.simplified(points, tolerance: outlineTolerance, closed: true)
        guard let first = points.first else { return }
        cairo_move_to(cr, first.x, first.y)
        for p in points.dropFirst() { cairo_line_to(cr, p.x, p.y) }
        cairo_close_path(cr)
    }

    private static func polyline(_ points: [Point], _ cr: OpaquePointer) {
        let points = PlaneGeometry.simplified(points, tolerance: outlineTolerance)
        guard let first = points.first else { return }
        cairo_move_to(cr, first.x, first.y)
        for p in points.dropFirst() { cairo_line_to(cr, p.x, p.y) }
    }

    private static func paint(_ mark: DiagramMark, _ cr: OpaquePointer) {
        switch mark {
        case let .silhouette(shapes, fill, outline, gap):
            cairo_new_path(cr)
            for shape in shapes { polygon(shape, cr) }
            // Stroking at twice the width and then filling leaves the outline outside the union of the shapes.
            set(DiagramInk.paper, cr)
            cairo_set_line_width(cr, 2 * (outline + gap))
            cairo_stroke_preserve(cr)
            set(DiagramInk.ink, cr)
            cairo_set_line_width(cr, 2 * outline)
            cairo_stroke_preserve(cr)
            set(fill, cr)
            cairo_fill(cr)
        case let .shape(points, fill, stroke, width):
            cairo_new_path(cr)
            polygon(points, cr)
            if let fill {
                set(fill, cr)
                if stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
            }
            if let stroke {
                set(stroke, cr)
                cairo_set_line_width(cr, width)
                cairo_stroke(cr)
            }
        case let .hatched(points, spacing, width):
            cairo_save(cr)
            cairo_new_path(cr)
            polygon(points, cr)
            cairo_clip(cr)
            let xs = points.map(\.x), ys = points.map(\.y)
            guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() else { cairo_restore(cr); return }
            set(DiagramInk.ink, cr)
            cairo_set_line_width(cr, width)
            var x = x0 - (y1 - y0)
            while x < x1 {
                cairo_move_to(cr, x, y1)
                cairo_line_to(cr, x + (y1 - y0), y0)
                x += spacing
            }
            cairo_stroke(cr)
            cairo_restore(cr)
        case let .line(points, color, width):
            cairo_new_path(cr)
            polyline(points, cr)
            set(color, cr)
            cairo_set_line_width(cr, width)
            cairo_stroke(cr)
        case let .arrow(points, width, bothWays):
            arrow(points, width: width, bothWays: bothWays, cr)
        case let .dot(p, radius, color):
            cairo_new_path(cr)
            cairo_arc(cr, p.x, p.y, radius, 0, 2 * .pi)
            set(color, cr)
            cairo_fill(cr)
        case let .ring(p, radius, color, width):
            cairo_new_path(cr)
            cairo_arc(cr, p.x, p.y, radius, 0, 2 * .pi)
            set(color, cr)
            cairo_set_line_width(cr, width)
            cairo_stroke(cr)
        case let .clip(rect):
            cairo_save(cr)
            cairo_new_path(cr)
            cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
            cairo_clip(cr)
            cairo_new_path(cr)
        case .endClip:
            cairo_restore(cr)
        }
    }

    /// An arrow with a solid head (two for back and forth), over a white edge so it stays readable on anything.
    private static func arrow(_ points: [Point], width: Double, bothWays: Bool, _ cr: OpaquePointer) {
        guard points.count >= 2 else { return }
        let headLength = width * 4.2, headWidth = width * 3.4
        func head(at tip: Point, from previous: Point) -> [Point] {
            let d = (tip - previous).normalized
            let base = tip - d * headLength
            let n = d.perpendicular * (headWidth / 2)
            return [tip + d * 0.5, base + n, base - n]
        }
        // The shaft stops inside the head so its round cap does not poke through the point.
        var shaft = points
        shaft[shaft.count - 1] = points[points.count - 1] - (points[points.count - 1] - points[points.count - 2]).normalized * headLength * 0.6
        if bothWays { shaft[0] = points[0] - (points[0] - points[1]).normalized * headLength * 0.6 }
        var heads = [head(at: points[points.count - 1], from: points[points.count - 2])]
        if bothWays { heads.append(head(at: points[0], from: points[1])) }
        for (color, extra) in [(DiagramInk.paper, 2.4), (DiagramInk.ink, 0.0)] {
            set(color, cr)
            cairo_new_path(cr)
            polyline(shaft, cr)
            cairo_set_line_width(cr, width + extra)
            cairo_stroke(cr)
            for h in heads {
                cairo_new_path(cr)
                polygon(h, cr)
                if extra > 0 {
                    cairo_set_line_width(cr, extra)
                    cairo_stroke_preserve(cr)
                }
                cairo_fill(cr)
            }
        }
    }
}
