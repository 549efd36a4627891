@testable import BackstrideRender
import BackstrideCore
import Foundation
import Testing

/// A worker keeps the phrases it has rendered (`PhraseMemo`). A kept phrase must be the one rendering would give:
/// contexts that could render differently never share an entry, and a worker handed another wording starts afresh.
@Suite struct PhraseMemoTests {
    @Test func contextsThatCouldRenderDifferentlyHaveDifferentKeys() {
        let contexts: [[String: Any]] = [
            ["n": 1], ["n": "1"], ["n": true], ["n": [1]], ["n": ["1"]], ["n": ["v": 1]],
            ["n": 1, "m": 2], ["n": 12], ["n1": 2], ["n": "a\u{1}s1:b"], ["n": "a", "s1:b": ""],
            ["list": ["a", "b"]], ["list": ["a,b"]], ["list": [["x": "a"], ["x": "b"]]],
        ]
        let keys = contexts.map { PhraseMemo.key("week.title", $0) }
        #expect(keys.allSatisfy { $0 != nil })
        #expect(Set(keys.compactMap { $0 }).count == contexts.count, "two contexts share a key: \(keys)")
        #expect(PhraseMemo.key("week.title", ["n": 1]) != PhraseMemo.key("week.day", ["n": 1]))
        // The same context made in another order is the same entry.
        var forward: [String: Any] = [:], backward: [String: Any] = [:]
        for name in (0..<40).map({ "k\($0)" }) { forward[name] = name }
        for name in (0..<40).reversed().map({ "k\($0)" }) { backward[name] = name }
        #expect(PhraseMemo.key("p", forward) == PhraseMemo.key("p", backward))
    }

    @Test func otherValuesAreNotKept() {
        #expect(PhraseMemo.key("p", ["n": 1.5]) == nil)
        #expect(PhraseMemo.key("p", ["n": Substring("a")]) == nil)
        #expect(PhraseMemo.key("p", ["n": [1, 2.5] as [Any]]) == nil)
        #expect(PhraseMemo.key("p", ["date": CalendarDate(year: 2026, month: 11, day: 24)!]) == nil)
    }

    @Test func aKeptPhraseIsTheOneRenderingGives() throws {
        let wording = try RenderTestSupport.wording()
        let remembering = wording.remembering(in: PhraseMemo())
        let contexts: [(String, String, [String: Any])] = [
            ("week", "title", ["number": 2, "weeks": 6]), ("week", "title", ["number": 3, "weeks": 6]),
            ("dose", "rounds", ["sets": 3, "reps": 10]), ("dose", "rounds", ["sets": 2, "reps": 10]),
            ("session", "warm_up", ["list": "Leg swings, Hip circles"]), ("session", "jog", ["minutes": 20]),
            ("footer", "page", ["page": 1, "pages": 12]), ("footer", "page", ["page": 2, "pages": 12]),
        ]
        for _ in 0..<2 {
            for (section, key, context) in contexts {
                #expect(remembering.phrase(section, key, context) == wording.phrase(section, key, context), "\(section).\(key) \(context)")
            }
        }
        #expect(remembering.blocks("how-to-use", ["units": "km"]) == wording.blocks("how-to-use", ["units": "km"]))
    }

    @Test func aWorkerHandedAnotherWordingStartsAfresh() throws {
        let memo = PhraseMemo()
        let first = try HandoutWording(templates: Self.templates, phrases: ["week": ["title": "Week {{number}}"]])
        let second = try HandoutWording(templates: Self.templates, phrases: ["week": ["title": "Semaine {{number}}"]])
        #expect(first.remembering(in: memo).phrase("week", "title", ["number": 1]) == "Week 1")
        #expect(second.remembering(in: memo).phrase("week", "title", ["number": 1]) == "Semaine 1")
        #expect(first.remembering(in: memo).phrase("week", "title", ["number": 1]) == "Week 1")
    }

    private static let templates = Dictionary(uniqueKeysWithValues: HandoutWording.templateNames.map { ($0, "{{title}}") })
}
