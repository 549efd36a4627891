import BackstrideCore
import BackstrideRender
import Foundation
import Testing

/// The handout as a reader gets it: text pulled out of the PDF page by page, page sizes, fonts, and checks.
@Suite struct HandoutTests {
    static let examples = ["sam-rivera.yaml", "jordan-self-guided.yaml", "priya-high-pain.yaml"]

    func dateText(_ d: CalendarDate) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(d.day) \(months[d.month - 1]) \(d.year)"
    }

    @Test(arguments: examples)
    func everyPageCarriesTheNameAndEveryWeekItsDates(_ name: String) throws {
        let renderer = try Renderer()
        let profile = try RenderTestSupport.example(name)
        let (pdf, _, plan) = try RenderTestSupport.handout(profile, renderer: renderer)
        let pages = try PDFTools.pages(pdf)
        #expect(pages.count == Int(try PDFTools.info(pdf)["Pages"] ?? ""))
        for (i, page) in pages.enumerated() {
            #expect(page.contains("Running plan for \(profile.client.name)"), "page \(i + 1) lacks the client's name")
        }
        // Cover, how to use (two pages for a self-guided runner), overview, then each week in order on its page
        // (and its continuation, on small paper).
        var next = try #require(pages.firstIndex { $0.contains("Your plan at a glance") }) + 1
        for week in plan.weeks {
            let title = "Week \(week.number) of \(plan.weeks.count)"
            let index = try #require(pages.firstIndex { $0.contains(title) }, "no page for \(title)")
            #expect(index == next, "\(title) on page \(index + 1)")
            var text = pages[index]
            next = index + 1
            while next < pages.count, pages[next].contains("Week \(week.number) (continued)") {
                text += pages[next]
                next += 1
            }
            #expect(text.contains("\(dateText(week.start)) to \(dateText(week.start.adding(days: 6)))"))
            let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            for day in week.days {
                #expect(text.components(separatedBy: "\(day.date.day) \(months[day.date.month - 1])\n").count == 2, "\(day.date) once in \(title)")
            }
        }
        #expect(pages[next].contains("Your exercises"))
        for id in plan.exerciseIds {
            let exercise = try #require(try RenderTestSupport.library()[id])
            #expect(pages.dropFirst(next).contains { $0.contains(exercise.name) }, "no card for \(id)")
        }
    }

    @Test(arguments: examples)
    func theCoverListsEveryRedFlagSignByLevelEmergencyFirst(_ name: String) throws {
        let (pdf, _, _) = try RenderTestSupport.handout(try RenderTestSupport.example(name), renderer: try Renderer())
        let cover = try PDFTools.pages(pdf)[0].replacingOccurrences(of: "\n", with: " ")
        // Each sign's words in its level's list, in this order: emergency, urgent (today), routine (this week).
        let lists: [(String, [String])] = [
            ("Go to an emergency department now", ["bladder or bowels", "between your legs", "feeling during sex", "Both legs numb or weak",
                                                   "pain down both legs", "legs getting weak fast"]),
            ("See a doctor today", ["A fever", "feeling ill", "soon after an infection", "hard fall or blow", "sudden strong pain",
                                    "Weight loss", "pain at night that no position eases", "upper or middle back", "bend or lump",
                                    "One leg or foot getting weaker"]),
            ("see a doctor this week", ["Pain down one leg below the knee", "numb, tingly or weak", "never eases when you rest",
                                        "no better after a month"]),
        ]
        var from = cover.startIndex
        for (heading, signs) in lists {
            let at = try #require(cover.range(of: heading, range: from..<cover.endIndex), "\(name): no \(heading) after the list before")
            let end = lists.last?.0 == heading ? cover.endIndex
                : (cover.range(of: lists[lists.firstIndex { $0.0 == heading }! + 1].0, range: at.upperBound..<cover.endIndex)?.lowerBound ?? cover.endIndex)
            let section = cover[at.upperBound..<end]
            for sign in signs { #expect(section.contains(sign), "\(name): \(sign) not under \(heading)") }
            from = at.upperBound
        }
        // No false alarm: ordinary sore legs, night pain that eases, pain not yet better after a week or two.
        #expect(!cover.contains("Pain, numbness or weakness in both legs"))
        #expect(!cover.contains("Pain that wakes you at night"))
        #expect(!cover.contains("1 to 2 weeks"))
        #expect(!cover.contains("(you told us this)"))
    }

    @Test func clearedSignsAreWatchedForWorseningNotSentToADoctor() throws {
        let profile = try RenderTestSupport.profile("""
            client: {name: Casey, birth_year: 1990}
            clinician: Alex Lee
            symptoms: {pain: 3, weeks_since_onset: 20, signs: [night_pain, leg_numbness], cleared_by: Alex Lee}
            schedule: {start: 2026-11-23, weeks: 4}
            """)
        let (pdf, _, plan) = try RenderTestSupport.handout(profile, renderer: try Renderer())
        #expect(!plan.withheld)
        let cover = try PDFTools.pages(pdf)[0].replacingOccurrences(of: "\n", with: " ")
        let watch = try #require(cover.range(of: "Alex Lee has checked these. Contact them if they get worse:"))
        let after = cover[watch.upperBound...]
        #expect(after.contains("Pain at night that does not ease whatever position you lie in. Worse means: the night pain gets stronger or keeps you awake."))
        #expect(after.contains("Numbness or tingling in a leg or foot. Worse means: the numbness spreads, or the leg gets weak."))
        #expect(!cover.contains("(you told us this)"))
        // The cleared signs leave the see-a-doctor lists; the rest of their groups stay, sign by sign.
        let before = cover[..<watch.lowerBound]
        #expect(!before.contains("pain at night that no position eases"))
        #expect(before.contains("Weight loss you cannot explain"))
        #expect(before.contains("Pain that shoots down one leg, below the knee (sciatica)"))
        #expect(!before.contains("Numbness or tingling in a leg or foot"))
    }

    @Test(arguments: [(4, 11), (6, 14), (8, 17)])
    func pageCountsFollowTheWeeks(_ weeks: Int, _ expected: Int) throws {
        let profile = try RenderTestSupport.profile("""
            client: {name: Robin Page}
            clinician: Alex Lee
            symptoms: {pain: 3}
            weaknesses: [core_endurance, glute_medius, hip_flexors_tight]
            running: {weekly_km: 20, runs_per_week: 3}
            schedule: {start: 2026-11-23, weeks: \(weeks), days: [mon, wed, fri, sun], long_run_day: sun, minutes: 40}
            """)
        let (pdf, pages, _) = try RenderTestSupport.handout(profile, renderer: try Renderer())
        #expect(Int(try PDFTools.info(pdf)["Pages"] ?? "") == expected)
        #expect(pages.compactMap(\.bookmark).map(\.title).filter { $0.hasPrefix("Week ") }.count == weeks)
    }

    @Test func paperSizesAreA4AndLetter() throws {
        let renderer = try Renderer()
        let a4 = try RenderTestSupport.handout(try RenderTestSupport.example("sam-rivera.yaml"), renderer: renderer).pdf
        let letter = try RenderTestSupport.handout(try RenderTestSupport.example("jordan-self-guided.yaml"), renderer: renderer).pdf
        #expect(try PDFTools.info(a4)["Page size"]?.hasPrefix("595.276 x 841.89") == true)
        #expect(try PDFTools.info(letter)["Page size"]?.hasPrefix("612 x 792") == true)
        let overridden = try RenderTestSupport.handout(try RenderTestSupport.example("sam-rivera.yaml"), renderer: renderer, paper: .letter).pdf
        #expect(try PDFTools.info(overridden)["Page size"]?.hasPrefix("612 x 792") == true)
    }

    @Test func theFileIsSoundEmbedsItsFontsAndRepeatsByteForByte() throws {
        let profile = try RenderTestSupport.example("sam-rivera.yaml")
        let first = try RenderTestSupport.handout(profile, renderer: try Renderer()).pdf
        let second = try RenderTestSupport.handout(profile, renderer: try Renderer()).pdf
        #expect(first == second)
        let check = try PDFTools.qpdfCheck(first)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let fonts = try PDFTools.fonts(first)
        #expect(!fonts.isEmpty && fonts.allSatisfy { $0.embedded })
        let info = try PDFTools.info(first)
        #expect(info["Title"] == "Running plan for Sam Rivera")
        #expect(info["Author"] == "Harbour Physio")
        #expect(info["CreationDate"]?.contains("2026") == true)
        let outline = try PDFTools.withFile(first) { try PDFTools.run("qpdf", ["--json", "--json-key=outlines", $0]).stdout }
        for title in ["Cover", "How to use this plan", "Plan at a glance", "Week 1", "Week 6", "Exercises"] {
            #expect(outline.contains("\"\(title)\""), "outline lacks \(title)")
        }
    }

    @Test func aWithheldPlanPrintsAReferralAndNoPlan() throws {
        let (pdf, _, plan) = try RenderTestSupport.handout(try RenderTestSupport.example("alex-red-flag.yaml"), renderer: try Renderer())
        #expect(plan.withheld)
        let text = try PDFTools.text(pdf).replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("Go to an emergency department now"))
        #expect(text.contains("Numbness or tingling between your legs, around your bottom or genitals."))
        #expect(text.contains("This is called cauda equina syndrome."))
        #expect(text.contains("What to tell them"))
        #expect(!text.contains("Week 1"))
        #expect(!text.contains("Your exercises"))
        let selfGuided = try RenderTestSupport.profile("client: {name: Jo, birth_year: 1990}\nsymptoms: {pain: 3, signs: [fever]}\nschedule: {start: 2026-11-23}\n")
        let referral = try PDFTools.text(try RenderTestSupport.handout(selfGuided, renderer: try Renderer()).pdf).replacingOccurrences(of: "\n", with: " ")
        #expect(referral.contains("See a doctor today, or within 24 hours."))
        #expect(referral.contains("Back pain with a fever can be a sign of an infection."))
        #expect(!referral.contains("Week 1"))
    }

    @Test(arguments: examples)
    func cardsSpellDosesInWordsWithNoDoubledLabels(_ name: String) throws {
        let (pdf, _, _) = try RenderTestSupport.handout(try RenderTestSupport.example(name), renderer: try Renderer())
        let pages = try PDFTools.pages(pdf)
        let first = try #require(pages.firstIndex { $0.contains("Your exercises") })
        let cards = pages[first...].joined().replacingOccurrences(of: "\n", with: " ")
        #expect(cards.contains("rounds of") || cards.contains("holds of"), "\(name): no dose in words")
        #expect(cards.range(of: #"\d+ x \d+"#, options: .regularExpression) == nil, "\(name): a card uses the short dose form")
        for label in ["Take care:", "Watch out:"] {
            let after = cards.components(separatedBy: label).dropFirst().map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            #expect(!after.isEmpty, "\(name): no \(label) label")
            #expect(!after.contains { $0.hasPrefix(label.dropLast().lowercased()) }, "\(name): \(label) doubled")
        }
        // The week pages keep the short form, and the how-to page explains it.
        #expect(pages.contains { $0.contains("\"3 x 12\" means 3 rounds of 12.") })
    }

    /// What the overview says about each phase is what the printed plan holds.
    @Test(arguments: examples)
    func phaseTextMatchesThePlan(_ name: String) throws {
        let (pdf, _, plan) = try RenderTestSupport.handout(try RenderTestSupport.example(name), renderer: try Renderer())
        let library = try RenderTestSupport.library()
        let overview = try #require(try PDFTools.pages(pdf).first { $0.contains("Your plan at a glance") })
        // The phase names stand on their own lines under the chart; each paragraph runs to the next name or the footer.
        let lines = overview.components(separatedBy: "\n")
        let names = ["settle": "Settle", "build": "Build", "return": "Return to running"]
        for phase in Phase.allCases {
            let weeks = plan.weeks.filter { $0.phase == phase }
            guard !weeks.isEmpty else { continue }
            let at = try #require(lines.lastIndex(of: names[phase.rawValue]!), "\(name): no paragraph for \(phase)")
            let body = lines[(at + 1)...].prefix { !names.values.contains($0) && !$0.hasPrefix("Running plan for") }
            let paragraph = body.joined(separator: " ")
            #expect(!paragraph.isEmpty)
            let days = weeks.flatMap(\.days).filter { !$0.sessions.isEmpty }
            let mobility = days.filter { $0.sessions.contains { $0.kind == .mobility && !$0.exercises.isEmpty } }.count
            #expect(paragraph.contains("mobility routine every day") == (mobility == days.count && mobility > 0), "\(name) \(phase)")
            #expect(paragraph.contains("mobility") == (mobility > 0) || paragraph.contains("mobility routine every day"), "\(name) \(phase)")
            let drills = weeks.flatMap(\.days).flatMap(\.sessions).filter(\.isRun).flatMap(\.exercises).contains { library[$0.id]?.category == .runningForm }
            #expect(paragraph.contains("running drills") == drills, "\(name) \(phase): \(paragraph)")
            #expect(!paragraph.contains("Single-leg work") && !paragraph.contains("every day") || mobility == days.count, "\(name) \(phase)")
        }
    }

    @Test func aDoseInWordsReadsAsARunnerWouldSayIt() throws {
        let wording = try RenderTestSupport.wording()
        #expect(wording.words(Dosage(sets: 2, reps: 5, holdSeconds: 8, perSide: true)) == "2 rounds of 5, hold each for 8 seconds, each side")
        #expect(wording.words(Dosage(sets: 3, reps: 12)) == "3 rounds of 12")
        #expect(wording.words(Dosage(sets: 1, reps: 10)) == "10 times")
        #expect(wording.words(Dosage(sets: 3, holdSeconds: 30)) == "3 holds of 30 seconds")
        #expect(wording.words(Dosage(sets: 1, holdSeconds: 20, perSide: true)) == "hold for 20 seconds, each side")
        #expect(wording.words(Dosage(sets: 1, holdSeconds: 300)) == "5 minutes")
        #expect(wording.words(Dosage(sets: 2, holdSeconds: 60)) == "2 holds of 1 minute")
        // A drill done on the move for a time is rounds, never holds.
        #expect(wording.words(Dosage(sets: 3, holdSeconds: 15), held: false) == "3 rounds of 15 seconds")
        #expect(wording.words(Dosage(sets: 1, holdSeconds: 20), held: false) == "20 seconds")
        #expect(wording.words(Dosage(sets: 2, holdSeconds: 300), held: false) == "2 rounds of 5 minutes")
    }

    /// The A-skip is a moving drill: its card in Jordan's handout gives rounds of seconds, and no "holds".
    @Test func aMovingDrillIsNotCalledAHold() throws {
        let pdf = try RenderTestSupport.handout(RenderTestSupport.example("jordan-self-guided.yaml"), renderer: try Renderer()).pdf
        let text = try PDFTools.text(pdf).replacingOccurrences(of: "\n", with: " ")
        let card = try #require(text.range(of: "A-skip Week").map { String(text[$0.lowerBound...].prefix(120)) }, "no A-skip card")
        #expect(card.contains("rounds of 15 seconds"), "\(card)")
        #expect(!card.contains("holds"), "\(card)")
    }

    @Test func clientTextReachesThePageExactly() throws {
        let profile = try RenderTestSupport.profile("""
            client: {name: "Zoë <O'Brien> & 李小龍 Παππά"}
            clinician: "Dr. Ana-María Núñez & Co"
            symptoms: {pain: 2}
            running: {weekly_km: 10, goal: "5 km \\"parkrun\\" <PB> & fun"}
            schedule: {start: 2026-11-23, weeks: 4}
            """)
        let text = try PDFTools.text(try RenderTestSupport.handout(profile, renderer: try Renderer()).pdf)
        #expect(text.contains("Zoë <O'Brien> & 李小龍 Παππά"))
        #expect(text.contains("Dr. Ana-María Núñez & Co"))
        #expect(text.contains(#"5 km "parkrun" <PB> & fun"#))
    }
}

/// No text runs out of its box or over other text, and nothing leaves the margins, in the hardest cases.
@Suite struct HandoutLayoutTests {
    static let longName = "Maximiliana Alexandrovna Wolfeschlegelsteinhausen-Bergerdorff 李小龍 Παππαδοπούλου"
    static let cases: [(String, Paper?, Bool)] = [("a4", nil, false), ("letter", .letter, false), ("large-a4", nil, true), ("large-letter", .letter, true)]

    @Test(arguments: [0, 1, 2, 3])
    func nothingOverflowsForLongNamesGoalsEightWeeksLargePrintAndLetter(_ index: Int) throws {
        let (label, paper, large) = Self.cases[index]
        let profile = try RenderTestSupport.profile("""
            client: {name: "\(Self.longName)", id: C-9}
            clinician: Dr. Bartholomew Featherstonehaugh-Cholmondeley
            clinic: The Very Long Named Sports Physiotherapy and Rehabilitation Clinic of the Harbour
            symptoms: {pain: 4, signs: [night_pain], cleared_by: Dr. B}
            weaknesses: [core_endurance, glute_medius, glute_max, firing_pattern, hip_flexors_tight, hamstrings_tight, calves_tight, hip_mobility, lumbar_stiffness, muscular_endurance, overstriding, heel_striking, training_load, worn_shoes, hard_surfaces]
            running: {weekly_km: 40, runs_per_week: 5, goal: "A very long goal: finish the Harbour-to-Lighthouse trail half marathon with friends, pain free, and enjoy the post-race breakfast by the sea"}
            schedule: {start: 2026-11-25, weeks: 8, days: [mon, tue, wed, thu, fri, sat, sun], long_run_day: sun, minutes: 60}
            equipment: [mat, band, kettlebell, dumbbells, step, metronome]
            """)
        let renderer = try Renderer()
        let (_, pages, plan) = try RenderTestSupport.handout(profile, renderer: renderer, paper: paper, largePrint: large)
        #expect(plan.weeks.count == 8)
        let problems = LayoutAudit(engine: renderer.engine).problems(pages, margin: (large ? Typography.largePrint : .standard).margin)
        #expect(problems.isEmpty, "\(label): \(problems.prefix(10).joined(separator: "\n"))")
        // Every day of every week appears exactly once (a day is never split or lost).
        let weekPages = pages.filter { $0.items.contains { if case let .text(s, _, _, _, _) = $0 { return s.hasPrefix("Week ") } else { return false } } }
        #expect(weekPages.count >= 8)
    }
}
