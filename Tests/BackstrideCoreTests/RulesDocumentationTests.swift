@testable import BackstrideCore
import Foundation
import Testing

/// docs/rules.md states the same numbers as the code.
@Suite struct RulesDocumentationTests {
    static func percent(_ v: Double) -> String { "\(Int((v * 100).rounded()))%" }

    @Test func theRulesTableMatchesTheCode() throws {
        let text = try String(contentsOf: TestPaths.repository.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        typealias R = ProgressionRules
        let rows: [(String, String)] = [
            ("weekly increase cap", Self.percent(R.weeklyIncreaseCap)),
            ("cutback week every", "\(R.cutbackEvery) weeks"),
            ("cutback week every, with training_load", "\(R.cutbackEveryWithTrainingLoad) weeks"),
            ("cutback week share of the week before", Self.percent(R.cutbackShare)),
            ("week 1 with low pain (0-\(R.lowPainUpTo)) keeps", Self.percent(R.lowPainKeep)),
            ("week 1 with moderate pain (\(R.lowPainUpTo + 1)-\(R.moderatePainUpTo)) keeps", Self.percent(R.moderatePainKeep)),
            ("walk-run start above pain", "\(R.moderatePainUpTo)"),
            ("training_load takes off week 1", Self.percent(R.trainingLoadStartCut)),
            ("long run share of the week", R.longRunShare == 1.0 / 3.0 ? "one third" : "\(R.longRunShare)"),
            ("goal weekly volume, times the goal distance", "\(R.goalWeeklyMultiple)"),
            ("rounding", "\(R.roundingKilometres) km / \(R.roundingMiles) mi"),
            ("walk-run ladder (walk/run minutes)", R.walkRunLadder.map { "\($0.walk)/\($0.run)" }.joined(separator: ", ")),
            ("each walk-run step done at least", "\(R.walkRunRepeatsPerStep) times"),
            ("walk-run cycles per session", "\(R.walkRunCycles)"),
            ("walk-run cycles in an easier week", "\(R.walkRunCutbackCycles)"),
            ("walk-run sessions a week at most", "\(R.walkRunSessionsPerWeek)"),
            ("single run over the longest of the last 30 days at most", Self.percent(R.singleRunIncreaseCap)),
            ("single-run window", "\(R.singleRunWindowDays) days"),
            ("runs while settling stay under where pain starts, times", "\(R.painOnsetShare)"),
            ("shortest run counted in distance", "\(Int(R.minimumRunKilometres)) km / \(Int(R.minimumRunMiles)) mi"),
            ("shortest easy jog", "\(R.shortestJogMinutes) min"),
            ("walk-run when a usual settling run would last under", "\(R.walkRunBelowMinutes) min"),
            ("longest run estimated from the week over at most", "\(R.estimatedLongRunRuns) runs"),
            ("no running in week 1 for a clinician's client with rest pain from", "\(R.noRunningRestPainFrom)"),
            ("no running in week 1 for a clinician's client with running pain from", "\(R.noRunningRunningPainFrom)"),
            ("different exercises a week at most", "\(R.exercisesPerWeek)"),
            ("different exercises in week 1 at most", "\(R.exercisesInFirstWeek)"),
            ("new exercises a week after the first", "\(R.newExercisesPerWeek)"),
            ("weeks on an exercise before its harder step", "\(R.weeksBeforeHarderStep)"),
            ("flare-safe exercises only, from running pain", "\(R.flareSafeOnlyFromPain)"),
            ("goal long run, share of the race", Self.percent(R.goalLongRunShare)),
            ("goal long run at most", "\(Int(R.goalLongRunCapKilometres)) km"),
            ("easier race week", "\(R.goalTaperWeeks)"),
            ("cadence work below", "\(R.cadenceThreshold) steps/min"),
            ("cadence steps", "+\(Self.percent(R.cadenceFirstStep)), then +\(Self.percent(R.cadenceSecondStep))"),
            ("weeks at the first cadence step", "\(R.cadenceFirstStepWeeks)"),
            ("cadence cap", "\(R.cadenceCap) steps/min"),
            ("cadence assumed when not measured", "\(R.assumedCadence) steps/min"),
            ("strength sessions a week", "\(R.strengthSessionsPerWeek.lowerBound)-\(R.strengthSessionsPerWeek.upperBound)"),
            ("exercises per strength session", "\(R.exercisesPerStrengthSession.lowerBound)-\(R.exercisesPerStrengthSession.upperBound)"),
            ("daily mobility at most", "\(R.mobilityMinutes) min"),
            ("cross-training session", "\(R.crossTrainMinutes) min"),
            ("pain green up to", "\(R.greenPainUpTo)"),
            ("pain amber up to", "\(R.amberPainUpTo)"),
            ("follow-up: a green week moves on when done at least", Self.percent(R.mostlyDoneShare)),
            ("follow-up: calendar weeks at most, repeats included", "\(R.weeksAtMost)"),
            ("shoes worn past", "\(Int(R.shoesReplaceKilometres)) km"),
            ("self-guided age rule: under", "\(SelfGuidedAgeRule.youngerThan)"),
            ("self-guided age rule: over", "\(SelfGuidedAgeRule.olderThan)"),
            ("self-guided age rule: pain newer than", "\(SelfGuidedAgeRule.newPainWeeks) weeks"),
            ("self-guided rest pain from", "\(SelfGuidedPainRule.restPainAtLeast)"),
            ("self-guided running pain from", "\(SelfGuidedPainRule.runningPainAtLeast)"),
            ("history: new back pain under", "\(HistoryWithFeaturesRule.newPainWeeks) weeks"),
            ("history: cancer raised over age", "\(HistoryWithFeaturesRule.olderThan)"),
            ("inflammatory screen: features needed", "\(InflammatoryBackPainRule.featuresNeeded) of 4"),
            ("inflammatory screen: morning stiffness over", "\(InflammatoryBackPainRule.stiffnessOverMinutes) min"),
            ("inflammatory screen: onset before age", "\(InflammatoryBackPainRule.onsetBeforeAge)"),
            ("inflammatory screen: pain lasting at least", "\(InflammatoryBackPainRule.lastingWeeksAtLeast) weeks"),
            ("clinician warning: rest pain from", "\(ProfileChecks.clinicianRestPainAtLeast)"),
            ("clinician warning: running pain from", "\(ProfileChecks.clinicianRunningPainAtLeast)"),
        ]
        for (rule, number) in rows {
            #expect(text.contains("| \(rule) | \(number) |"), "docs/rules.md should say: | \(rule) | \(number) |")
        }
        // The triage table: every sign, at the level the code gives it on its own, with a source.
        for sign in RedFlagSign.allCases {
            let level = sign.ownLevel == .clear ? "clear (context)" : sign.ownLevel.rawValue
            let row = text.split(separator: "\n").first { $0.hasPrefix("| `\(sign.rawValue)` | ") }
            #expect(row?.hasPrefix("| `\(sign.rawValue)` | \(level) |") == true, "docs/rules.md should say: | `\(sign.rawValue)` | \(level) |")
            #expect(row?.split(separator: "|").last?.trimmingCharacters(in: .whitespaces).isEmpty == false, "no source for \(sign.rawValue)")
        }
        for phases in 4...8 {
            let p = PhaseSchedule.phases(weeks: phases)
            let row = "| \(phases) | \(p.filter { $0 == .settle }.count) | \(p.filter { $0 == .build }.count) | \(p.filter { $0 == .return }.count) |"
            #expect(text.contains(row), "docs/rules.md should say: \(row)")
        }
    }
}
