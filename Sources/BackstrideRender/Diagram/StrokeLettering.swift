import BackstrideCore
import Foundation

/// The few words and numbers a picture carries (HOLD, the clock's hours), drawn in strokes like the rest of the
/// picture so that a picture needs no font and looks the same at every size.
enum StrokeLettering {
    /// A word or number in capitals `height` points high, its right edge at `right`.
    static func word(_ text: String, right: Double, midY: Double, height: Double) -> [DiagramMark] {
        centred(text, at: Point(right - width(text, height: height) / 2, midY), height: height)
    }

    /// Text centred on a point, `height` points high.
    static func centred(_ text: String, at c: Point, height: Double) -> [DiagramMark] {
        var left = c.x - width(text, height: height) / 2
        var marks: [DiagramMark] = []
        for ch in text {
            let box = Rect(x: left, y: c.y - height / 2, width: height * letterWidth, height: height)
            marks += strokes(ch, box).map { .line($0, color: DiagramInk.ink, width: height * 1.2 / 7) }
            left += height * (letterWidth + letterGap)
        }
        return marks
    }

    /// A letter's width and the gap after it, as shares of the height (HOLD at 7 points: 4.6 wide, 1.8 apart).
    static let letterWidth = 0.66, letterGap = 0.26

    static func width(_ text: String, height: Double) -> Double {
        let count = Double(text.count)
        return height * (count * letterWidth + (count - 1) * letterGap)
    }

    /// The strokes of one character within its box (y grows downward).
    static func strokes(_ ch: Character, _ b: Rect) -> [[Point]] {
        let l = b.x, r = b.maxX, t = b.y, m = b.y + b.height / 2, bottom = b.maxY
        let cx = b.x + b.width / 2
        /// An arc of the ellipse filling `box`, from angle `from` to `to` (radians, 0 = right, growing clockwise on the page).
        func arc(_ box: Rect, _ from: Double, _ to: Double, _ n: Int = 16) -> [Point] {
            (0...n).map { i in
                let a = from + (to - from) * Double(i) / Double(n)
                return Point(box.x + box.width / 2 * (1 + cos(a)), box.y + box.height / 2 * (1 + sin(a)))
            }
        }
        let upper = Rect(x: l, y: t, width: b.width, height: b.height / 2)
        let lower = Rect(x: l, y: m, width: b.width, height: b.height / 2)
        switch ch {
        case "H": return [[Point(l, t), Point(l, bottom)], [Point(r, t), Point(r, bottom)], [Point(l, m), Point(r, m)]]
        case "O": return [arc(b, 0, 2 * .pi, 24)]
        case "L": return [[Point(l, t), Point(l, bottom), Point(r, bottom)]]
        case "D":
            let bowl = Rect(x: l - b.width * 0.4, y: t, width: b.width * 1.4, height: b.height)
            return [[Point(l, t)] + arc(bowl, -.pi / 2, .pi / 2, 12) + [Point(l, bottom), Point(l, t)]]
        case "A": return [[Point(l, bottom), Point(cx, t), Point(r, bottom)], [Point(l + b.width * 0.2, t + b.height * 0.62), Point(r - b.width * 0.2, t + b.height * 0.62)]]
        case "B":
            let top = Rect(x: l - b.width * 0.3, y: t, width: b.width * 1.2, height: b.height / 2)
            let low = Rect(x: l - b.width * 0.4, y: m, width: b.width * 1.4, height: b.height / 2)
            return [[Point(l, bottom), Point(l, t)] + arc(top, -.pi / 2, .pi / 2, 10) + arc(low, -.pi / 2, .pi / 2, 10) + [Point(l, bottom)]]
        case "C": return [arc(b, -.pi * 0.25, -.pi * 1.75, 20)]
        case "E": return [[Point(r, t), Point(l, t), Point(l, bottom), Point(r, bottom)], [Point(l, m), Point(r - b.width * 0.2, m)]]
        case "F": return [[Point(r, t), Point(l, t), Point(l, bottom)], [Point(l, m), Point(r - b.width * 0.2, m)]]
        case "K": return [[Point(l, t), Point(l, bottom)], [Point(r, t), Point(l, m + b.height * 0.1)], [Point(l + b.width * 0.3, m - b.height * 0.05), Point(r, bottom)]]
        case "R":
            let bowl = Rect(x: l - b.width * 0.3, y: t, width: b.width * 1.3, height: b.height * 0.55)
            return [[Point(l, bottom), Point(l, t)] + arc(bowl, -.pi / 2, .pi / 2, 10) + [Point(l, t + b.height * 0.55)], [Point(l + b.width * 0.35, t + b.height * 0.55), Point(r, bottom)]]
        case "T": return [[Point(l, t), Point(r, t)], [Point(cx, t), Point(cx, bottom)]]
        case ":": return [[Point(cx, t + b.height * 0.3), Point(cx, t + b.height * 0.38)], [Point(cx, bottom - b.height * 0.08), Point(cx, bottom)]]
        case "1": return [[Point(cx - b.width * 0.3, t + b.height * 0.22), Point(cx + b.width * 0.1, t), Point(cx + b.width * 0.1, bottom)]]
        case "2": return [arc(upper, -.pi * 0.95, .pi * 0.3, 12) + [Point(l, bottom), Point(r, bottom)]]
        case "6": return [arc(upper, -.pi * 0.15, -.pi, 8) + [Point(l, m + b.height / 4)], arc(lower, 0, 2 * .pi, 20)]
        default: return []
        }
    }
}
