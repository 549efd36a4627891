/// One block of handout text, as the templates' line format describes it.
public enum TextBlock: Equatable, Sendable {
    case title(String)
    case heading(String)
    case subheading(String)
    case paragraph(String)
    case bullet(String)
    /// A bullet in bold: the line a reader must not miss.
    case strongBullet(String)
    /// A drawing the layout places here: `@traffic-light`, `@red-flag-box`.
    case figure(String)

    /// Parses `# Title`, `## Heading`, `### Small heading`, `- bullet`, `! strong bullet`, `@figure`; other lines join into
    /// paragraphs until a blank line. Lines that continue a bullet (indented) join it.
    public static func parse(_ text: String) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))) }
            paragraph = []
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { flush(); continue }
            if raw.hasPrefix("  "), paragraph.isEmpty, let last = blocks.last {
                switch last {
                case .bullet(let t): blocks[blocks.count - 1] = .bullet(t + " " + line); continue
                case .strongBullet(let t): blocks[blocks.count - 1] = .strongBullet(t + " " + line); continue
                default: break
                }
            }
            if line.hasPrefix("### ") { flush(); blocks.append(.subheading(String(line.dropFirst(4)))) }
            else if line.hasPrefix("## ") { flush(); blocks.append(.heading(String(line.dropFirst(3)))) }
            else if line.hasPrefix("# ") { flush(); blocks.append(.title(String(line.dropFirst(2)))) }
            else if line.hasPrefix("- ") { flush(); blocks.append(.bullet(String(line.dropFirst(2)))) }
            else if line.hasPrefix("! ") { flush(); blocks.append(.strongBullet(String(line.dropFirst(2)))) }
            else if line.hasPrefix("@"), !line.contains(" ") { flush(); blocks.append(.figure(String(line.dropFirst()))) }
            else { paragraph.append(line) }
        }
        flush()
        return blocks
    }
}

import Foundation
