import BackstrideCore
import BackstrideRender
import Foundation
import PropertyBased
import Testing

/// Every text item on every page stays inside its box and never overlaps another: the audit over every fixture and
/// example (A4 and Letter, standard and large print) and over 500 random profiles, plus proof that the audit fails.
@Suite struct LayoutAuditTests {
    static let handoutFixtures = RenderTestSupport.repository.appendingPathComponent("Tests/BackstrideRenderTests/Fixtures/handouts")

    /// Every profile file the tests keep that is valid: the examples, the handout fixtures and the valid ones among
    /// the profile fixtures (those with only warnings).
    static func fixtureFiles() throws -> [URL] {
        let folders = ["Examples", "Tests/BackstrideRenderTests/Fixtures/handouts", "Tests/BackstrideCoreTests/Fixtures/profiles/invalid"]
        return try folders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: RenderTestSupport.repository.appendingPathComponent(folder).path)
                .filter { $0.hasSuffix(".yaml") }.sorted().map { RenderTestSupport.repository.appendingPathComponent(folder).appendingPathComponent($0) }
        }
    }

    static func audit(_ profile: ClientProfile, renderer: Renderer, library: ExerciseLibrary, wording: HandoutWording,
                      paper: Paper? = nil, largePrint: Bool = false) -> [String] {
        let plan = PlanCompiler.compile(profile, library: library, today: RenderTestSupport.today)
        let options = HandoutOptions(for: profile, paper: paper, largePrint: largePrint)
        let pages = renderer.handoutPages(plan: plan, profile: profile, library: library, wording: wording, options: options)
        return LayoutAudit(engine: renderer.engine).problems(pages, margin: options.typography.margin)
    }

    @Test func everyFixtureAndExampleLaysOutCleanlyOnEveryPaperAndPrintSize() throws {
        let renderer = try Renderer()
        let library = try RenderTestSupport.library(), wording = try RenderTestSupport.wording()
        var audited = 0
        for url in try Self.fixtureFiles() {
            let loaded = ProfileLoader.load(bytes: Array(try Data(contentsOf: url)), path: url.lastPathComponent, today: RenderTestSupport.today)
            guard let profile = loaded.profile else { continue }
            for (paper, large) in [(Paper.a4, false), (.letter, false), (.a4, true), (.letter, true)] {
                let problems = Self.audit(profile, renderer: renderer, library: library, wording: wording, paper: paper, largePrint: large)
                #expect(problems.isEmpty, "\(url.lastPathComponent) \(paper) large \(large): \(problems.prefix(5).joined(separator: "\n"))")
                audited += 1
            }
        }
        #expect(audited >= 4 * 10, "too few fixtures audited: \(audited / 4)")
    }

    /// The knobs of a random handout: who, how many signs and which, cleared or not, and the print.
    struct Recipe: Sendable, CustomStringConvertible {
        var nameLength, signMask, weeks, pain, rest, weekly, days, weaknessMask, onset, stiffness: Int
        var clinician, cleared, miles, letter, large, screen: Bool

        static let names = ["Al", "Sam Rivera", "Maximiliana Alexandrovna Wolfeschlegelsteinhausen-Bergerdorff 李小龍 Παππαδοπούλου"]

        var yaml: String {
            // Half the profiles report no sign; the rest one to three, any sign.
            let all = RedFlagSign.allCases
            let signs = signMask % 2 == 0 ? [] : (1...(1 + signMask / 2 % 3)).map { all[(signMask / (2 * $0 * 7)) % all.count].rawValue }
            var y = "client: {name: \"\(Self.names[nameLength % 3])\", birth_year: \(1950 + (weaknessMask % 60))}\n"
            if clinician { y += "clinician: Dr. Bartholomew Featherstonehaugh-Cholmondeley\n" }
            y += "symptoms:\n  pain: \(pain)\n  pain_at_rest: \(rest)\n  weeks_since_onset: \(onset)\n  signs: [\(signs.joined(separator: ", "))]\n"
            if cleared { y += "  cleared_by: Dr. B\n" }
            if screen { y += "  morning_stiffness_minutes: \(stiffness)\n  better_with_exercise: yes\n  wakes_second_half_of_night: \(stiffness % 2 == 0)\n" }
            let weaknesses = Weakness.allCases.enumerated().filter { weaknessMask & (1 << $0.offset) != 0 }.map(\.element.rawValue)
            if !weaknesses.isEmpty { y += "weaknesses: [\(weaknesses.joined(separator: ", "))]\n" }
            y += "running: {weekly_\(miles ? "mi" : "km"): \(weekly), runs_per_week: \(min(3, days))}\n"
            let free = Array(Weekday.allCases.prefix(days)).map(\.rawValue)
            y += "schedule: {start: 2026-11-23, weeks: \(weeks), days: [\(free.joined(separator: ", "))]}\n"
            y += "paper: \(letter ? "letter" : "a4")\n"
            return y
        }

        var description: String { yaml + (large ? "(large print)\n" : "") }
    }

    static let recipes = zip(
        zip(Gen.int(in: 0...2), Gen.int(in: 0...((1 << 26) - 1)), Gen.int(in: 4...8), Gen.int(in: 0...10), Gen.int(in: 0...9), Gen.int(in: 0...60)),
        zip(Gen.int(in: 1...7), Gen.int(in: 0...32767), Gen.int(in: 0...300), Gen.int(in: 0...120), Gen.bool(0.6), Gen.bool(0.6)),
        zip(Gen.bool(0.3), Gen.bool(0.4), Gen.bool(0.3), Gen.bool(0.2))
    ).map { a, b, c in
        Recipe(nameLength: a.0, signMask: a.1, weeks: a.2, pain: a.3, rest: a.4, weekly: a.5, days: b.0, weaknessMask: b.1, onset: b.2,
               stiffness: b.3, clinician: b.4, cleared: b.5, miles: c.0, letter: c.1, large: c.2, screen: c.3)
    }

    @Test func fiveHundredRandomProfilesLayOutCleanly() async throws {
        let renderer = try Renderer()
        let library = try RenderTestSupport.library(), wording = try RenderTestSupport.wording()
        await propertyCheck(count: 500, input: Self.recipes) { recipe in
            let loaded = ProfileLoader.load(text: recipe.yaml, path: "random.yaml", today: RenderTestSupport.today)
            guard let profile = loaded.profile else {
                Issue.record("generated profile is invalid: \(loaded.diagnostics)\n\(recipe.yaml)")
                return
            }
            let problems = Self.audit(profile, renderer: renderer, library: library, wording: wording, largePrint: recipe.large)
            #expect(problems.isEmpty, "\(problems.prefix(5).joined(separator: "\n"))\n\(recipe)")
        }
    }

    /// The bug this audit was written for: in the red-flag box, a reported sign whose line wraps was measured in the
    /// regular font and painted in bold, so "(you told us this)" ran over the next bullet.
    @Test func aReportedSignThatWrapsStaysInsideItsLine() throws {
        let renderer = try Renderer()
        let profile = try RenderTestSupport.profile("""
            client: {name: Lee, birth_year: 1980}
            symptoms: {pain: 4, signs: [both_legs, weakening_leg, thoracic_pain]}
            schedule: {start: 2026-11-23}
            """)
        for large in [false, true] {
            let (_, pages, plan) = try RenderTestSupport.handout(profile, renderer: renderer, largePrint: large)
            #expect(plan.withheld)
            let marked = pages.flatMap(\.items).compactMap { item -> (String, FontSpec, Rect)? in
                if case let .text(s, font, frame, _, _) = item, s.hasSuffix("(you told us this)") { return (s, font, frame) }
                return nil
            }
            #expect(marked.count == 3, "\(marked.map(\.0))")
            for (text, font, frame) in marked {
                #expect(font.bold, "\(text) is not set in bold")
                let measured = renderer.engine.layout(text, font: font, width: frame.width)
                #expect(abs(measured.size.height - frame.height) < 0.5, "\(text): frame \(frame.height), bold text \(measured.size.height)")
                if text.hasPrefix("Both legs") { #expect(measured.lineCount >= 2, "the test needs a line that wraps") }
            }
            let problems = LayoutAudit(engine: renderer.engine).problems(pages, margin: (large ? Typography.largePrint : .standard).margin)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    @Test func theAuditCatchesOverlapsTextLeavingItsBoxAndTextTallerThanItsFrame() throws {
        let renderer = try Renderer()
        let font = Typography.standard.bodyFont
        let long = "Pain shooting down both legs, or legs getting weak fast (you told us this)"
        let oneLine = renderer.engine.layout("x", font: font, width: 200).size.height
        let page = LaidOutPage(size: .a4, items: [
            .box(Rect(x: 50, y: 50, width: 200, height: 40), stroke: Stroke(width: 2), fill: nil, cornerRadius: 4),
            .text(long, font: FontSpec(size: 11, bold: true), frame: Rect(x: 60, y: 60, width: 180, height: oneLine), color: .ink, alignment: .left),
            .text("next bullet", font: font, frame: Rect(x: 60, y: 60 + oneLine - 2, width: 180, height: oneLine), color: .ink, alignment: .left),
            .text("half out of the box", font: font, frame: Rect(x: 60, y: 80, width: 180, height: oneLine), color: .ink, alignment: .left),
            .warningSign(Rect(x: 300, y: 300, width: 30, height: 26)),
            .text("over the sign", font: font, frame: Rect(x: 290, y: 305, width: 100, height: oneLine), color: .ink, alignment: .left),
        ])
        let problems = LayoutAudit(engine: renderer.engine).problems([page], margin: Typography.standard.margin)
        #expect(problems.contains { $0.contains("taller than its box") })
        #expect(problems.contains { $0.contains("overlaps \"next bullet\"") })
        #expect(problems.contains { $0.contains("\"half out of the box\" crosses the edge") })
        #expect(problems.contains { $0.contains("\"over the sign\" lies over a drawing") })
    }
}
