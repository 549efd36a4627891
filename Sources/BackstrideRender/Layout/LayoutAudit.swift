import BackstrideCore

/// Checks laid-out pages for what a reader would see as broken: text running out of its box or over other
/// text, and anything outside the printable area. Used by the layout tests on long names, large print and Letter.
public struct LayoutAudit {
    let engine: TextEngine

    public init(engine: TextEngine) { self.engine = engine }

    public func problems(_ pages: [LaidOutPage], margin: Double) -> [String] {
        var found: [String] = []
        for (index, page) in pages.enumerated() {
            let p = "page \(index + 1)"
            let area = Rect(x: margin - 1, y: margin - 1, width: page.size.width - 2 * margin + 2, height: page.size.height - 2 * margin + 2)
            var texts: [(String, Rect)] = []
            for item in page.items {
                switch item {
                case let .text(string, font, frame, _, alignment):
                    let size = engine.layout(string, font: font, width: frame.width, alignment: alignment).size
                    if size.height > frame.height + 0.5 { found.append("\(p): \"\(string.prefix(40))\" is taller than its box") }
                    if !area.contains(frame) { found.append("\(p): \"\(string.prefix(40))\" is outside the margins at \(frame)") }
                    texts.append((string, frame))
                case let .box(rect, stroke, _, _) where stroke != nil && rect.height > 8:
                    if !area.contains(rect) { found.append("\(p): a box is outside the margins at \(rect)") }
                case let .diagram(_, frame), let .tickBox(frame), let .warningSign(frame), let .image(_, frame):
                    if !area.contains(frame) { found.append("\(p): a drawing is outside the margins at \(frame)") }
                default:
                    break
                }
            }
            for i in texts.indices {
                for j in texts.indices where j > i && overlaps(texts[i].1, texts[j].1) {
                    found.append("\(p): \"\(texts[i].0.prefix(30))\" overlaps \"\(texts[j].0.prefix(30))\"")
                }
            }
        }
        return found
    }

    private func overlaps(_ a: Rect, _ b: Rect) -> Bool {
        let t = 0.5
        return a.x < b.maxX - t && b.x < a.maxX - t && a.y < b.maxY - t && b.y < a.maxY - t
    }
}
