import BackstrideCore

/// Checks laid-out pages for what a reader would see as broken: text taller than the frame it was measured for,
/// two text frames over each other, a text frame that crosses the edge of a drawn box (half in, half out) or lies
/// over a drawing, and anything outside the printable area. The layout tests run it over every fixture, the
/// examples and random profiles, in standard and large print, on A4 and Letter.
public struct LayoutAudit {
    let engine: TextEngine

    public init(engine: TextEngine) { self.engine = engine }

    public func problems(_ pages: [LaidOutPage], margin: Double) -> [String] {
        var found: [String] = []
        for (index, page) in pages.enumerated() {
            let p = "page \(index + 1)"
            let area = Rect(x: margin - 1, y: margin - 1, width: page.size.width - 2 * margin + 2, height: page.size.height - 2 * margin + 2)
            var texts: [(String, Rect)] = []
            var boxes: [Rect] = []
            var drawings: [Rect] = []
            for item in page.items {
                switch item {
                case let .text(string, font, frame, _, alignment):
                    let size = engine.layout(string, font: font, width: frame.width, alignment: alignment).size
                    if size.height > frame.height + 0.5 { found.append("\(p): \"\(string.prefix(40))\" is taller than its box") }
                    if !area.contains(frame) { found.append("\(p): \"\(string.prefix(40))\" is outside the margins at \(frame)") }
                    texts.append((string, frame))
                case let .box(rect, stroke, _, _) where stroke != nil && rect.height > 8:
                    if !area.contains(rect) { found.append("\(p): a box is outside the margins at \(rect)") }
                    boxes.append(rect)
                case let .diagram(_, frame), let .tickBox(frame), let .warningSign(frame), let .image(_, frame):
                    if !area.contains(frame) { found.append("\(p): a drawing is outside the margins at \(frame)") }
                    drawings.append(frame)
                default:
                    break
                }
            }
            for i in texts.indices {
                for j in texts.indices where j > i && Self.overlaps(texts[i].1, texts[j].1) {
                    found.append("\(p): \"\(texts[i].0.prefix(30))\" overlaps \"\(texts[j].0.prefix(30))\"")
                }
                for box in boxes where Self.overlaps(texts[i].1, box) && !box.contains(texts[i].1) {
                    found.append("\(p): \"\(texts[i].0.prefix(30))\" crosses the edge of the box at \(box)")
                }
                for drawing in drawings where Self.overlaps(texts[i].1, drawing) {
                    found.append("\(p): \"\(texts[i].0.prefix(30))\" lies over a drawing at \(drawing)")
                }
            }
        }
        return found
    }

    static func overlaps(_ a: Rect, _ b: Rect) -> Bool {
        let t = 0.5
        return a.x < b.maxX - t && b.x < a.maxX - t && a.y < b.maxY - t && b.y < a.maxY - t
    }
}
