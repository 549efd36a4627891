import BackstrideCore
import BackstrideRender
import Foundation
import Testing

/// Every sign as the client reads it, for a self-guided runner, a clinician's uncleared profile and a cleared one:
/// its level's action and time frame, its own words, and whether a plan or a referral is printed. Text is pulled
/// out of the PDF.
@Suite struct SignHandoutTests {
    /// Each sign's level on its own, written out (docs/rules.md's triage table), so the test does not read the code's.
    static let level: [String: String] = [
        "bladder_bowel_change": "emergency", "saddle_numbness": "emergency", "both_legs": "emergency", "worsening_weakness": "emergency",
        "sexual_function_change": "emergency", "fever": "urgent", "recent_infection": "urgent", "trauma": "urgent",
        "sudden_severe_pain": "urgent", "weight_loss": "urgent", "night_pain": "urgent", "thoracic_pain": "urgent", "feeling_unwell": "urgent",
        "structural_deformity": "urgent", "weakening_leg": "urgent", "radiating_leg_pain": "routine", "leg_numbness": "routine",
        "leg_weakness": "routine", "constant_pain": "routine", "not_improving": "routine", "cancer_history": "context",
        "osteoporosis": "context", "steroids": "context", "immunosuppression": "context", "iv_drug_use": "context", "minor_trauma": "context",
    ]

    static func text(_ sign: RedFlagSign, clinician: Bool, cleared: Bool, renderer: Renderer) throws -> (String, Plan) {
        var yaml = "client: {name: Ari Test, birth_year: 1990}\n"
        if clinician { yaml += "clinician: Alex Lee\n" }
        yaml += "symptoms: {pain: 3, weeks_since_onset: 20, signs: [\(sign.rawValue)]\(cleared ? ", cleared_by: Alex Lee" : "")}\n"
        yaml += "running: {weekly_km: 20}\nschedule: {start: 2026-11-23, weeks: 4}\n"
        let (pdf, _, plan) = try RenderTestSupport.handout(try RenderTestSupport.profile(yaml), renderer: renderer)
        return (try PDFTools.text(pdf).replacingOccurrences(of: "\n", with: " "), plan)
    }

    @Test(arguments: RedFlagSign.allCases)
    func everySignPrintsItsActionItsWordsAndTheRightHandout(_ sign: RedFlagSign) throws {
        let renderer = try Renderer()
        let wording = try RenderTestSupport.wording()
        let words = wording.phrase("signs", sign.rawValue)
        let level = try #require(Self.level[sign.rawValue])
        for (clinician, cleared) in [(false, false), (true, false), (true, true)] {
            let (text, plan) = try Self.text(sign, clinician: clinician, cleared: cleared, renderer: renderer)
            let label = "\(sign.rawValue), clinician \(clinician), cleared \(cleared)"
            let referral = level == "emergency" || ((level == "urgent" || level == "routine") && !cleared)
            #expect(plan.withheld == referral, "\(label)")
            #expect(text.contains("Week 1 of 4") == !referral, "\(label): plan pages")
            if referral {
                let what = try #require(text.range(of: "What you reported"), "\(label)")
                let line = level == "emergency" ? words + "." : RedFlagWording.reason(sign)
                #expect(text[what.upperBound...].contains(line), "\(label): \(line)")
                #expect(text.contains("(you told us this)"), "\(label): the box marks it")
                #expect(text.contains("What to bring") && text.contains("This sheet."), "\(label)")
                #expect(text.contains("What to tell them"), "\(label)")
            }
            switch (level, referral) {
            case ("emergency", _):
                #expect(text.contains("Go to an emergency department now, or call your local emergency number."), "\(label)")
                #expect(text.contains("Say: \"I am worried about cauda equina syndrome.\""), "\(label)")
                #expect(!text.contains("nothing serious") && !text.contains("short walks") && !text.contains("normal daily activity"), "\(label)")
                #expect(!text.contains("gets better"), "\(label): no reassurance in an emergency")
            case ("urgent", true):
                #expect(text.contains("See a doctor today, or within 24 hours.") && text.contains("Today. Call your doctor"), "\(label)")
            case ("routine", true):
                #expect(text.contains("See your doctor this week, before you start a running plan.") && text.contains("This week."), "\(label)")
            case (_, false) where level != "context":
                // Cleared: watched for getting worse, never "see a doctor before you go on".
                let watch = try #require(text.range(of: "Alex Lee has checked these. Contact them if they get worse:"), "\(label)")
                #expect(text[watch.upperBound...].contains("\(words). Worse means: \(wording.phrase("worse", sign.rawValue))."), "\(label)")
                #expect(!text.contains("(you told us this)"), "\(label)")
            default:
                // History alone: told to the doctor, not a reason to stop.
                let know = try #require(text.range(of: "Good for your doctor to know"), "\(label)")
                #expect(text[know.upperBound...].contains(RedFlagWording.context(sign)), "\(label)")
                #expect(text.contains("not a reason to stop"), "\(label)")
                #expect(!text.contains("(you told us this)") && !text.contains("has checked these"), "\(label)")
            }
            #expect(!words.hasPrefix("["), "\(sign.rawValue) has no words in phrases.yaml")
            if level != "emergency" { #expect(!wording.phrase("worse", sign.rawValue).hasPrefix("["), "\(sign.rawValue) has no worse phrase") }
        }
    }

    @Test func everySignIsInExactlyOneLineOfTheBoxUnlessItIsHistory() throws {
        let renderer = try Renderer()
        // A self-guided runner reporting one sign: exactly one line of the box is marked, at the sign's level.
        for sign in RedFlagSign.allCases where Self.level[sign.rawValue] != "context" {
            let (text, _) = try Self.text(sign, clinician: false, cleared: false, renderer: renderer)
            let box = try #require(text.range(of: "Stop and get help"))
            let marked = text[box.upperBound...].components(separatedBy: "(you told us this)").count - 1
            #expect(marked == 1, "\(sign.rawValue): \(marked) marked lines")
            let heading = ["emergency": "Go to an emergency department now, or call your emergency number",
                           "urgent": "See a doctor today if", "routine": "see a doctor this week if"][Self.level[sign.rawValue]!]!
            let under = try #require(text[box.upperBound...].range(of: heading))
            let mark = try #require(text[box.upperBound...].range(of: "(you told us this)"))
            #expect(under.lowerBound < mark.lowerBound, "\(sign.rawValue) marked above its level")
        }
    }

    @Test func anInflammatoryScreenGivesARoutineReferralThatSaysExerciseHelps() throws {
        let profile = try RenderTestSupport.profile(String(contentsOf: LayoutAuditTests.handoutFixtures.appendingPathComponent("routine-inflammatory.yaml"), encoding: .utf8))
        let (pdf, _, plan) = try RenderTestSupport.handout(profile, renderer: try Renderer())
        #expect(plan.withheld && plan.screening.level == .routine)
        let text = try PDFTools.text(pdf).replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("See your doctor this week"))
        #expect(text.contains("Exercise still helps."))
        #expect(text.contains("can be a kind of arthritis of the spine"))
    }
}
