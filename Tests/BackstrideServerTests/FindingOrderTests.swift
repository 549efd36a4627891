import BackstrideBatch
import BackstrideCore
@testable import BackstrideServer
import Foundation
import Testing

/// The planner weighs findings in the order the clinician wrote them, so saving through the page must keep it:
/// a save with no clinical change must print the same plan.
@Suite struct FindingOrderTests {
    @Test func savingEveryExampleThroughThePageKeepsTheProfileAndThePlan() async throws {
        let fixture = try ServerFixture()
        var digest = InputDigest()
        let library = try LibraryReader.load(dataFolder: ServerFixture.repository, clinicFolder: nil, digest: &digest, warn: { _, _ in })
        try await fixture.test { browser in
            for name in fixture.names() where name.hasSuffix(".yaml") {
                let text = try #require(fixture.file(name))
                let before = try #require(ProfileLoader.load(text: text, path: name, today: ServerFixture.today).profile)
                let page = try await browser.get("/clients/" + name)
                let form = ProfileForm(FormBody(ClientPagesTests.formFields(page.text).map { (name: $0.0, value: $0.1) }))
                let after = ProfileLoader.load(text: ProfileYAML(form).text, path: name, today: ServerFixture.today)
                let profile = try #require(after.profile, "\(name): \(after.diagnostics)")
                #expect(profile == before, "\(name)")
                let plan = { (p: ClientProfile) in try PlanJSON.string(PlanCompiler.compile(p, library: library, today: ServerFixture.today)) }
                #expect(try plan(profile) == plan(before), "\(name)")
            }
        }
    }

    @Test func aListWrittenAsOneLineOfWordsOpensWithItsBoxesTicked() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { browser in
            let page = try await browser.get("/clients/jordan-self-guided.yaml")
            let form = ProfileForm(FormBody(ClientPagesTests.formFields(page.text).map { (name: $0.0, value: $0.1) }))
            #expect(form.words("schedule.days") == ["mon", "tue", "thu", "sat", "sun"])
            #expect(form.words("symptoms.pattern") == ["after_run", "morning_stiffness"])
            #expect(form.words("equipment") == ["mat", "band", "step"])
        }
        let odd = ProfileFormReader.form(bytes: Array("schedule:\n  days: Monday, someday\n".utf8))
        #expect(odd.words("schedule.days") == ["mon"])
        #expect(odd.notes.contains { $0.contains("`someday`") })
    }

    @Test func findingsOutOfVocabularyOrderKeepTheirPlacesAndANewOneGoesLast() async throws {
        let fixture = try ServerFixture()
        let text = try #require(fixture.file("sam-rivera.yaml"))
        let before = try #require(ProfileLoader.load(text: text, path: "sam-rivera.yaml", today: ServerFixture.today).profile)
        #expect(before.weaknesses.count >= 2)
        let reversed = Array(before.weaknesses.reversed())
        try await fixture.test { browser in
            let page = try await browser.get("/clients/sam-rivera.yaml")
            var fields = ClientPagesTests.formFields(page.text).filter { $0.0 != ProfileForm.findingOrderField }
            #expect(ClientPagesTests.hidden(ProfileForm.findingOrderField, in: page.text) == before.weaknesses.map(\.weakness.rawValue).joined(separator: ","))
            // A file whose findings run against the list's order, and one more finding ticked on the page.
            fields.append((ProfileForm.findingOrderField, reversed.map(\.weakness.rawValue).joined(separator: ",")))
            let added = try #require(Weakness.allCases.first { w in !before.weaknesses.contains { $0.weakness == w } })
            fields.removeAll { $0.0 == ProfileFields.findingID(added) }
            fields.append((ProfileFields.findingID(added), "mild"))
            let form = ProfileForm(FormBody(fields.map { (name: $0.0, value: $0.1) }))
            #expect(form.findings.map(\.weakness) == reversed.map(\.weakness.rawValue) + [added.rawValue])
        }
    }
}
