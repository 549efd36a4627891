import BackstrideCore
import PropertyBased
import Testing

/// Random valid profiles, compiled: every invariant the plan compiler promises must hold. A failure prints the
/// profile, ready to be saved as a fixture.
@Suite struct PlanPropertyTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 21)!
    static let library = try! ExerciseLibraryLoader.load([ExerciseLibraryTests.builtIn()]).library!

    /// The knobs of a random profile.
    struct Recipe: Sendable, CustomStringConvertible {
        var weeks, pain, painAtRest, weekly, daysMask, runs, longDay, minutes, weaknessMask, equipmentMask: Int
        var sign, cadence, startOffset, birthYear, goal: Int
        var miles, selfGuided, cleared: Bool
        /// Long run as a share of the week in tenths (0: not given); where pain starts, in km (0: not given);
        /// pain patterns as a bit mask; goal date in weeks after the start (0: none); severity mask for findings.
        var longRunTenths, startsAfter, patternMask, goalWeeks, markedMask: Int

        var days: [Weekday] { Weekday.allCases.filter { daysMask & (1 << $0.index) != 0 } }

        var yaml: String {
            let days = self.days
            var y = "client:\n  name: Test Runner\n  birth_year: \(birthYear)\n"
            if !selfGuided { y += "clinician: Alex Lee\n" }
            y += "symptoms:\n  pain: \(pain)\n  pain_at_rest: \(painAtRest)\n  weeks_since_onset: 6\n"
            let patterns = PainPattern.allCases.enumerated().filter { patternMask & (1 << $0.offset) != 0 }.map(\.element.rawValue)
            if !patterns.isEmpty { y += "  pattern: [\(patterns.joined(separator: ", "))]\n" }
            if startsAfter > 0 { y += "  starts_after_\(miles ? "mi" : "km"): \(startsAfter)\n" }
            if sign >= 0 { y += "  signs: [\(RedFlagSign.allCases[sign % RedFlagSign.allCases.count].rawValue)]\n" }
            if cleared { y += "  cleared_by: Alex Lee\n" }
            let weaknesses = Weakness.allCases.enumerated().filter { weaknessMask & (1 << $0.offset) != 0 }
                .map { markedMask & (1 << $0.offset) != 0 ? "\($0.element.rawValue): marked" : $0.element.rawValue }
            if !weaknesses.isEmpty { y += "weaknesses: [\(weaknesses.joined(separator: ", "))]\n" }
            let u = miles ? "mi" : "km"
            y += "running:\n  weekly_\(u): \(weekly)\n  runs_per_week: \(min(runs, days.count))\n"
            if longRunTenths > 0, weekly > 0 { y += "  long_run_\(u): \(Double(weekly * longRunTenths) / 10)\n" }
            if cadence >= 120 { y += "  cadence: \(cadence)\n" }
            let goals = ["", "5 km parkrun", "10k", "half marathon", "marathon"]
            let start = CalendarDate(year: 2026, month: 11, day: 23)!.adding(days: startOffset)
            if goal > 0 {
                y += "  goal: \(goals[goal])\n"
                if goalWeeks > 0 { y += "  goal_date: \(start.adding(days: 7 * goalWeeks))\n" }
            }
            y += "schedule:\n  start: \(start)\n  weeks: \(weeks)\n"
            y += "  days: [\(days.map(\.rawValue).joined(separator: ", "))]\n  long_run_day: \(days[longDay % days.count].rawValue)\n"
            y += "  minutes: \(minutes)\n"
            let equipment = Equipment.allCases.enumerated().filter { equipmentMask & (1 << $0.offset) != 0 }.map(\.element.rawValue)
            if !equipment.isEmpty { y += "equipment: [\(equipment.joined(separator: ", "))]\n" }
            return y
        }

        var description: String { yaml }
    }

    static let recipes = zip(
        zip(Gen.int(in: 4...8), Gen.int(in: 0...10), Gen.int(in: 0...8), Gen.int(in: 0...80), Gen.int(in: 1...127), Gen.int(in: 1...7)),
        zip(Gen.int(in: 0...6), Gen.int(in: 10...90), Gen.int(in: 0...32767), Gen.int(in: 0...511), Gen.int(in: -40...15), Gen.int(in: 100...200)),
        zip(Gen.int(in: 0...6), Gen.int(in: 1950...2008), Gen.int(in: 0...4), Gen.bool(), Gen.bool(0.3), Gen.bool(0.5)),
        zip(Gen.int(in: -3...5), Gen.int(in: -6...12), Gen.int(in: 0...511), Gen.int(in: -4...20), Gen.int(in: 0...32767))
    ).map { a, b, c, d in
        Recipe(weeks: a.0, pain: a.1, painAtRest: a.2, weekly: a.3, daysMask: a.4, runs: a.5, longDay: b.0, minutes: b.1,
               weaknessMask: b.2, equipmentMask: b.3, sign: b.4, cadence: b.5, startOffset: c.0, birthYear: c.1, goal: c.2,
               miles: c.3, selfGuided: c.4, cleared: c.5, longRunTenths: max(0, d.0), startsAfter: max(0, d.1), patternMask: d.2,
               goalWeeks: max(0, d.3), markedMask: d.4)
    }

    /// The same profile compiled on many threads at once, as a batch does, gives the same plan every time. This one
    /// sits where a week's increase is 2.5%: summed in a dictionary's order (which differs between instances) it
    /// printed "runs up 2%" in some plans and "3%" in others.
    @Test func aPlanIsTheSameOnEveryThread() async throws {
        let text = """
            client: {name: Test Runner, birth_year: 1982}
            symptoms: {pain: 0, pain_at_rest: 0, weeks_since_onset: 6, pattern: [morning_stiffness, sitting, bending, lifting], starts_after_km: 11}
            weaknesses: [glute_medius, firing_pattern, hamstrings_tight: marked, calves_tight, muscular_endurance: marked, hard_surfaces]
            running: {weekly_km: 37, runs_per_week: 5, cadence: 163, goal: half marathon}
            schedule: {start: 2026-11-23, weeks: 4, days: [mon, tue, thu, fri, sun], long_run_day: tue, minutes: 44}
            equipment: [mat, kettlebell, dumbbells, ball]
            """
        let profile = try #require(ProfileLoader.load(text: text, path: "threads.yaml", today: Self.today).profile)
        let plan = PlanCompiler.compile(profile, library: Self.library, today: Self.today)
        let differing = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<400 { group.addTask { PlanCompiler.compile(profile, library: Self.library, today: Self.today) != plan } }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(differing == 0, "\(differing) of 400 plans compiled side by side differ")
    }

    @Test func everyInvariantHoldsForRandomProfiles() async {
        await propertyCheck(count: 1000, input: Self.recipes) { recipe in
            let result = ProfileLoader.load(text: recipe.yaml, path: "random.yaml", today: Self.today)
            guard let profile = result.profile else {
                Issue.record("generated profile is invalid: \(result.diagnostics)\n\(recipe.yaml)")
                return
            }
            let plan = PlanCompiler.compile(profile, library: Self.library, today: Self.today)
            let broken = PlanInvariants.violations(plan, profile, Self.library)
            #expect(broken.isEmpty, "\(broken.joined(separator: "\n"))\n\(recipe.yaml)")
            #expect(PlanCompiler.compile(profile, library: Self.library, today: Self.today) == plan, "not deterministic")
        }
    }

    /// Found by the property test: a first week of one free-of-training day and 10 minutes, with nine findings,
    /// squeezed overstriding's only drill out of the routine.
    @Test func aOneDayFirstWeekStillWorksOnEveryFinding() throws {
        let yaml = """
            client: {name: Test Runner, birth_year: 1950}
            clinician: Alex Lee
            symptoms: {pain: 0, weeks_since_onset: 6}
            weaknesses: [core_endurance, glute_medius, glute_max, calves_tight, hip_mobility, muscular_endurance, overstriding, training_load, hard_surfaces]
            running: {weekly_km: 0, runs_per_week: 1}
            schedule: {start: 2026-11-29, weeks: 4, days: [mon], long_run_day: mon, minutes: 10}
            """
        let profile = try #require(ProfileLoader.load(text: yaml, path: "t", today: Self.today).profile)
        let plan = PlanCompiler.compile(profile, library: Self.library, today: Self.today)
        #expect(PlanInvariants.violations(plan, profile, Self.library) == [])
    }
}
