import BackstrideBatch
import BackstrideCore
import Testing

/// Diagnostics read like a compiler's: the line, a caret under the column, colour only when asked for, and nothing
/// from the input that can drive the terminal.
@Suite struct DiagnosticFormatTests {
    let error = Diagnostic(.error, "pain must be between 0 and 10 (found 12)", at: SourceLocation(file: "p.yaml", line: 2, column: 9),
                           hint: "0 is no pain")

    @Test func theCaretSitsUnderTheColumn() {
        let text = DiagnosticFormat().text(error, source: Array("client: {name: X}\n  pain: 12\n".utf8))
        #expect(text == "p.yaml:2:9: error: pain must be between 0 and 10 (found 12)\n 2 |   pain: 12\n   |         ^\n  hint: 0 is no pain")
    }

    @Test func wideCharactersAndTabsKeepTheCaretInPlace() {
        let wide = Diagnostic(.error, "x", at: SourceLocation(file: "p.yaml", line: 1, column: 5))
        #expect(DiagnosticFormat().text(wide, source: Array("李小\tab".utf8)).hasSuffix("|     \t ^"), "two columns for each Chinese character, the tab kept")
    }

    @Test func colourOnlyWhenAskedFor() {
        #expect(DiagnosticFormat(colour: true).text(error, source: nil).contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(!DiagnosticFormat(colour: false).text(error, source: nil).contains("\u{1B}"))
    }

    @Test func inputCannotDriveTheTerminal() {
        let hostile = Diagnostic(.error, "unknown key `\u{1B}[2J`", at: SourceLocation(file: "p.yaml", line: 1, column: 1))
        let text = DiagnosticFormat().text(hostile, source: Array("\u{1B}[2J\u{202E}evil: 1\n".utf8))
        #expect(!text.contains("\u{1B}") && !text.contains("\u{202E}"))
    }

    @Test func aLongLineIsShownAroundTheColumn() {
        let far = Diagnostic(.error, "x", at: SourceLocation(file: "p.yaml", line: 1, column: 5000))
        let lines = DiagnosticFormat().text(far, source: Array((String(repeating: "a", count: 4999) + "B" + String(repeating: "c", count: 4000)).utf8))
            .split(separator: "\n")
        #expect(lines[1].count < 120 && lines[1].contains("B"))
        let caret = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
        let b = lines[1].firstIndex(of: "B").map { lines[1].distance(from: lines[1].startIndex, to: $0) }
        #expect(caret == b)
    }
}
