import BackstrideCore
import CCairo
import Foundation

/// Draws an exercise's stick figure: start pose faint, end pose solid, an arrow for the movement,
/// the floor and the props. One style for every exercise, legible in black and white at any size.
enum DiagramPainter {
    static func paint(_ pose: Pose, in frame: Rect, cr: OpaquePointer) {
        let start = Skeleton(pose.start, facing: pose.facing)
        let end = pose.end.map { Skeleton($0, facing: pose.facing) }
        let fit = Fit(skeletons: [start] + (end.map { [$0] } ?? []), props: pose.props, frame: frame)
        let line = max(1.2, fit.scale * 0.016)

        cairo_save(cr)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        floor(fit, frame, cr)
        props(pose, fit, end ?? start, line: line, cr: cr, under: true)
        if let end {
            figure(start, fit, cr, line: line * 0.8, near: .gray(0.72), far: .gray(0.84), dashed: true)
            figure(end, fit, cr, line: line, near: .ink, far: .gray(0.5), dashed: false)
            let joint = pose.arrow ?? Skeleton.mostMoved(from: start, to: end)
            // Set the arrow beside the body, not on it: shift it sideways to the movement, away from the
            // figure's centre (or toward the front when the movement runs along the body, as in a calf raise).
            let p0 = start.point(joint), p1 = end.point(joint)
            let length = max(p0.distance(to: p1), 1e-6)
            var n = Point(-(p1.y - p0.y) / length, (p1.x - p0.x) / length)
            let centre = end.centre
            let side = ((p0.x + p1.x) / 2 - centre.x) * n.x + ((p0.y + p1.y) / 2 - centre.y) * n.y
            if side < -0.02 || (abs(side) <= 0.02 && n.x * (pose.facing == .right ? 1 : -1) < 0) { n = Point(-n.x, -n.y) }
            let push = joint == .head ? Skeleton.Length.headRadius * 1.8 : 0.07
            func beside(_ p: Point) -> Point { fit.map(Point(p.x + n.x * push, p.y + n.y * push)) }
            arrow(from: beside(p0), to: beside(p1), line: line, cr: cr)
        } else {
            figure(start, fit, cr, line: line, near: .ink, far: .gray(0.5), dashed: false)
        }
        props(pose, fit, end ?? start, line: line, cr: cr, under: false)
        cairo_restore(cr)
    }

    /// Maps body units (y up) into the frame (y down), keeping proportions and the floor near the bottom.
    struct Fit {
        let scale: Double
        let originX: Double
        let floorY: Double

        init(skeletons: [Skeleton], props: [Prop], frame: Rect) {
            var minX = Double.infinity, maxX = -Double.infinity, maxY = 0.0
            for s in skeletons {
                let b = s.bounds
                minX = min(minX, b.minX)
                maxX = max(maxX, b.maxX)
                maxY = max(maxY, b.maxY)
            }
            for prop in props {
                if case let .step(x, height, width) = prop {
                    minX = min(minX, x - width / 2)
                    maxX = max(maxX, x + width / 2)
                    maxY = max(maxY, height)
                }
                if prop == .wall { minX -= 0.06; maxX += 0.06 }
            }
            let margin = 0.08
            let width = maxX - minX + 2 * margin, height = maxY + 2 * margin
            scale = min(frame.width / width, frame.height / height)
            originX = frame.x + (frame.width - (maxX - minX) * scale) / 2 - minX * scale
            floorY = frame.y + frame.height - (frame.height - maxY * scale) / 2 + margin * scale * 0.3
        }

        func map(_ p: Point) -> Point { Point(originX + p.x * scale, floorY - p.y * scale) }
        func length(_ d: Double) -> Double { d * scale }
    }

    private static func set(_ color: Color, _ cr: OpaquePointer) {
        cairo_set_source_rgb(cr, color.red, color.green, color.blue)
    }

    /// The floor spans the frame, so every figure in a card stands on the same line.
    private static func floor(_ fit: Fit, _ frame: Rect, _ cr: OpaquePointer) {
        set(.gray(0.45), cr)
        cairo_set_line_width(cr, max(0.8, fit.length(0.008)))
        cairo_move_to(cr, frame.x, fit.floorY)
        cairo_line_to(cr, frame.maxX, fit.floorY)
        cairo_stroke(cr)
    }

    private static func figure(_ s: Skeleton, _ fit: Fit, _ cr: OpaquePointer, line: Double, near: Color, far: Color, dashed: Bool) {
        cairo_set_dash(cr, nil, 0, 0)
        if dashed {
            var pattern = [line * 1.6, line * 1.6]
            cairo_set_dash(cr, &pattern, 2, 0)
        }
        func limb(_ l: Skeleton.Limb, _ color: Color, _ width: Double) {
            set(color, cr)
            cairo_set_line_width(cr, width)
            let a = fit.map(l.root), b = fit.map(l.middle), c = fit.map(l.end)
            cairo_move_to(cr, a.x, a.y)
            cairo_line_to(cr, b.x, b.y)
            cairo_line_to(cr, c.x, c.y)
            if let tip = l.tip {
                let t = fit.map(tip)
                cairo_line_to(cr, t.x, t.y)
            }
            cairo_stroke(cr)
        }
        limb(s.farArm, far, line * 0.85)
        limb(s.farLeg, far, line * 0.85)
        // Trunk and neck.
        set(near, cr)
        cairo_set_line_width(cr, line * 1.25)
        let hip = fit.map(s.hip), shoulder = fit.map(s.shoulder), neck = fit.map(s.neck), mid = fit.map(s.midBack)
        // A curve through the middle of the back: straight when the spine is, bowed for cat-cow.
        // With both control points here, the curve's middle passes exactly through the middle of the back.
        let chord = Point((hip.x + shoulder.x) / 2, (hip.y + shoulder.y) / 2)
        let control = Point(chord.x + (mid.x - chord.x) * 4 / 3, chord.y + (mid.y - chord.y) * 4 / 3)
        cairo_move_to(cr, hip.x, hip.y)
        cairo_curve_to(cr, control.x, control.y, control.x, control.y, shoulder.x, shoulder.y)
        cairo_line_to(cr, neck.x, neck.y)
        cairo_stroke(cr)
        let head = fit.map(s.headCentre)
        cairo_new_sub_path(cr)
        cairo_arc(cr, head.x, head.y, fit.length(Skeleton.Length.headRadius), 0, 2 * .pi)
        cairo_set_line_width(cr, line)
        cairo_stroke(cr)
        limb(s.nearLeg, near, line)
        limb(s.nearArm, near, line)
        // Joints as small dots make the bend of a knee or elbow readable at card size.
        set(near, cr)
        for p in [s.hip, s.nearLeg.middle, s.nearArm.middle] {
            let m = fit.map(p)
            cairo_new_sub_path(cr)
            cairo_arc(cr, m.x, m.y, line * 0.75, 0, 2 * .pi)
            cairo_fill(cr)
        }
        cairo_set_dash(cr, nil, 0, 0)
    }

    /// A gently curved arrow from where the joint starts to where it ends.
    private static func arrow(from a: Point, to b: Point, line: Double, cr: OpaquePointer) {
        var a = a, b = b
        var dx = b.x - a.x, dy = b.y - a.y
        var length = hypot(dx, dy)
        guard length > 0.5 else { return }
        // A small movement (a calf raise) still gets an arrow long enough to see, centred on the movement.
        let shortest = line * 9
        if length < shortest {
            let mid = Point((a.x + b.x) / 2, (a.y + b.y) / 2), k = shortest / length / 2
            a = Point(mid.x - dx * k, mid.y - dy * k)
            b = Point(mid.x + dx * k, mid.y + dy * k)
            dx = b.x - a.x
            dy = b.y - a.y
            length = shortest
        }
        // Shorten both ends so the arrow does not sit on the joints.
        let trim = min(length * 0.12, line * 2)
        let ux = dx / length, uy = dy / length
        let p0 = Point(a.x + ux * trim, a.y + uy * trim), p1 = Point(b.x - ux * trim, b.y - uy * trim)
        // Bow outward (up the page) by a fraction of the length.
        let bow = length * 0.25
        let nx = uy, ny = -ux
        let sign: Double = ny <= 0 ? 1 : -1
        let c = Point((p0.x + p1.x) / 2 + nx * bow * sign, (p0.y + p1.y) / 2 + ny * bow * sign)
        set(.black, cr)
        cairo_set_line_width(cr, max(1, line * 0.7))
        cairo_move_to(cr, p0.x, p0.y)
        cairo_curve_to(cr, c.x, c.y, c.x, c.y, p1.x, p1.y)
        cairo_stroke(cr)
        let angle = atan2(p1.y - c.y, p1.x - c.x)
        let head = max(5, min(line * 3.2, length * 0.45))
        cairo_move_to(cr, p1.x + cos(angle) * head * 0.3, p1.y + sin(angle) * head * 0.3)
        cairo_line_to(cr, p1.x - cos(angle - 0.45) * head, p1.y - sin(angle - 0.45) * head)
        cairo_line_to(cr, p1.x - cos(angle + 0.45) * head, p1.y - sin(angle + 0.45) * head)
        cairo_close_path(cr)
        cairo_fill(cr)
    }

    private static func props(_ pose: Pose, _ fit: Fit, _ s: Skeleton, line: Double, cr: OpaquePointer, under: Bool) {
        for prop in pose.props {
            switch (prop, under) {
            case (.mat, true):
                let b = s.bounds
                let left = fit.map(Point(b.minX - 0.05, 0)), right = fit.map(Point(b.maxX + 0.05, 0))
                set(.gray(0.82), cr)
                cairo_rectangle(cr, left.x, fit.floorY - fit.length(0.018), right.x - left.x, fit.length(0.018))
                cairo_fill(cr)
            case (.wall, true):
                let b = s.bounds
                let facingRight = pose.facing == .right
                let x = fit.map(Point(facingRight ? b.minX - 0.04 : b.maxX + 0.04, 0)).x
                set(.gray(0.45), cr)
                cairo_set_line_width(cr, line * 1.2)
                cairo_move_to(cr, x, fit.floorY)
                cairo_line_to(cr, x, fit.floorY - fit.length(1.1))
                cairo_stroke(cr)
            case let (.step(x, height, width), true):
                let corner = fit.map(Point(x - width / 2, height))
                set(.gray(0.88), cr)
                cairo_rectangle(cr, corner.x, corner.y, fit.length(width), fit.length(height))
                cairo_fill_preserve(cr)
                set(.gray(0.4), cr)
                cairo_set_line_width(cr, line * 0.7)
                cairo_stroke(cr)
            case (.ball, true):
                let b = s.bounds
                let centre = fit.map(Point((b.minX + b.maxX) / 2, 0.11))
                set(.gray(0.4), cr)
                cairo_set_line_width(cr, line * 0.7)
                cairo_new_sub_path(cr)
                cairo_arc(cr, centre.x, centre.y, fit.length(0.11), 0, 2 * .pi)
                cairo_stroke(cr)
            case (.foamRoller, true):
                let centre = fit.map(Point(s.hip.x, 0.05))
                set(.gray(0.75), cr)
                cairo_new_sub_path(cr)
                cairo_arc(cr, centre.x, centre.y, fit.length(0.05), 0, 2 * .pi)
                cairo_fill(cr)
            case (.kettlebell, false), (.dumbbell, false):
                let hand = fit.map(s.nearArm.end)
                set(.ink, cr)
                if prop == .kettlebell {
                    let r = fit.length(0.045)
                    cairo_new_sub_path(cr)
                    cairo_arc(cr, hand.x, hand.y + r * 1.3, r, 0, 2 * .pi)
                    cairo_fill(cr)
                    cairo_set_line_width(cr, line * 0.8)
                    cairo_new_sub_path(cr)
                    cairo_arc(cr, hand.x, hand.y + r * 0.5, r * 0.6, .pi, 2 * .pi)
                    cairo_stroke(cr)
                } else {
                    let w = fit.length(0.09), h = fit.length(0.035)
                    cairo_rectangle(cr, hand.x - w / 2, hand.y - h / 2, w, h)
                    cairo_fill(cr)
                }
            case let (.band(anchor), false):
                let (a, b): (Point, Point)
                switch anchor {
                case .knees: (a, b) = (s.nearLeg.middle, s.farLeg.middle)
                case .ankles, .feet: (a, b) = (s.nearLeg.end, s.farLeg.end)
                case .hands: (a, b) = (s.nearArm.end, s.farArm.end)
                }
                let pa = fit.map(a), pb = fit.map(b)
                set(.gray(0.25), cr)
                var pattern = [line * 0.9, line * 0.9]
                cairo_set_dash(cr, &pattern, 2, 0)
                cairo_set_line_width(cr, line * 0.9)
                let gap = max(line * 2.5, 3)
                cairo_move_to(cr, pa.x, pa.y - gap)
                cairo_line_to(cr, pb.x, pb.y - gap)
                cairo_move_to(cr, pa.x, pa.y + gap)
                cairo_line_to(cr, pb.x, pb.y + gap)
                cairo_stroke(cr)
                cairo_set_dash(cr, nil, 0, 0)
            default:
                break
            }
        }
    }
}
