import Yams

/// Reads a profile's node tree into a `ClientProfile`, filling defaults and logging every problem.
///
/// Section by section; cross-field rules live in `ProfileChecks` so each rule reads on its own.
struct ProfileParser {
    var reader: NodeReader
    let today: CalendarDate

    /// Where each value came from, so cross-field checks can point at the right line.
    var nodes: [String: Node] = [:]
    var distanceUnitsUsed: [DistanceUnit] = []
    /// Each distance's key as written (`weekly_km`) and its unit, in the order read.
    var distanceKeys: [(key: String, unit: DistanceUnit)] = []
    /// Values read so far, even from a section with mistakes elsewhere, for the cross-field checks.
    var seen = ProfileChecks.Seen()

    init(file: String, today: CalendarDate) {
        reader = NodeReader(file: file)
        self.today = today
    }

    mutating func parse(_ root: Node) -> ClientProfile? {
        guard var top = reader.mapping(root, named: "the profile") else {
            return nil
        }
        if let v = top.take("version") {
            _ = reader.integer(v, "version", in: ProfileLimits.formatVersion...ProfileLimits.formatVersion)
        }
        let client = section(&top, "client", required: "name") { p, m in p.client(&m) }
        let clinicianNode = top.take("clinician")
        let clinician = clinicianNode.flatMap { reader.string($0, "clinician") }
        let clinic = top.take("clinic").flatMap { reader.string($0, "clinic") }
        let assessed = top.take("assessed").flatMap { near(reader.date($0, "assessed"), $0, "assessed") }
        let symptoms = section(&top, "symptoms", required: "pain") { p, m in p.symptoms(&m) }
        let weaknesses = top.take("weaknesses").map { findings($0) } ?? []
        let running = optionalSection(&top, "running") { p, m in p.running(&m) } ?? .notRunning
        let schedule = section(&top, "schedule", required: "start") { p, m in p.schedule(&m) }
        let equipment = top.take("equipment").map { reader.words($0, "equipment", as: Equipment.self) }
            ?? ProfileLimits.defaultEquipment
        let units = top.take("units").map { remember("units", $0, reader.word($0, "units", as: DistanceUnit.self)) }
            ?? defaultUnits
        let paper = top.take("paper").map { reader.word($0, "paper", as: Paper.self) } ?? .a4
        let logLines = top.take("log").map { readLog($0) } ?? []
        top.finish(&reader, elsewhere: Self.sectionKeys)
        seen.selfGuided = clinicianNode == nil
        if let node = top.keyNode("client") { nodes["client"] = node }
        let checks = ProfileChecks(nodes: nodes, today: today)
        checks.contradictions(seen, &reader)

        let log = schedule.flatMap { s in logLines.flatMap { checkLog($0, schedule: s) } }
        guard let client, let symptoms, let schedule, let weaknesses, let equipment, let units, let paper,
              let running = running.value, let log
        else { return nil }
        let profile = ClientProfile(
            client: client, clinician: clinician, clinic: clinic, assessed: assessed, symptoms: symptoms,
            weaknesses: weaknesses, running: running, schedule: schedule,
            equipment: equipment.isEmpty ? ProfileLimits.defaultEquipment : equipment, units: units, paper: paper, log: log)
        let mixed = Set(distanceUnitsUsed).count > 1 && nodes["units"] == nil
        checks.warnings(profile, unitsMixed: mixed, distances: distanceKeys, &reader)
        return profile
    }

    // MARK: Sections

    /// Keys that belong in a section, so a key put at the wrong level gets a hint saying where it goes.
    static let sectionKeys: [String: String] = {
        var keys: [String: String] = [:]
        for key in ["name", "id", "birth_year"] { keys[key] = "client" }
        for key in ["pain", "pain_at_rest", "pattern", "starts_after_km", "starts_after_mi", "weeks_since_onset", "signs", "cleared_by"]
            + inflammatoryKeys { keys[key] = "symptoms" }
        for key in ["weekly_km", "weekly_mi", "runs_per_week", "long_run_km", "long_run_mi", "cadence", "goal", "goal_date", "shoes_km", "shoes_mi"] { keys[key] = "running" }
        for key in ["start", "weeks", "days", "long_run_day", "minutes", "time"] { keys[key] = "schedule" }
        return keys
    }()

    static let inflammatoryKeys = ["morning_stiffness_minutes", "better_with_exercise", "wakes_second_half_of_night",
                                   "alternating_buttock_pain", "onset_age"]

    private mutating func section<T>(_ top: inout NodeReader.Mapping, _ name: String, required key: String,
                                     _ read: (inout ProfileParser, inout NodeReader.Mapping) -> T?) -> T? {
        guard let node = top.take(name) else {
            let p = NodeReader.position(of: top.node)
            reader.log.error("missing required section `\(name)` (with `\(key)`)", line: p.line, column: p.column,
                             hint: "add `\(name):` with `  \(key): ...` under it")
            return nil
        }
        guard var mapping = reader.mapping(node, named: name) else { return nil }
        let value = read(&self, &mapping)
        mapping.finish(&reader)
        return value
    }

    private mutating func optionalSection<T>(_ top: inout NodeReader.Mapping, _ name: String,
                                             _ read: (inout ProfileParser, inout NodeReader.Mapping) -> T?) -> Parsed<T>? {
        guard let node = top.take(name) else { return nil }
        guard var mapping = reader.mapping(node, named: name) else { return .failed }
        let value = read(&self, &mapping)
        mapping.finish(&reader)
        return value.map(Parsed.ok) ?? .failed
    }

    private mutating func required(_ m: inout NodeReader.Mapping, _ key: String) -> Node? {
        if let node = m.take(key) { return node }
        let at = m.keyNode(key) ?? m.node
        reader.error("missing required key `\(key)` in \(m.name)", at: at)
        return nil
    }

    private mutating func client(_ m: inout NodeReader.Mapping) -> ClientProfile.Client? {
        seen.clientRead = true
        seen.birthYearGiven = m.has("birth_year")
        let name = required(&m, "name").flatMap { short(reader.string($0, "name"), $0, "name", ProfileLimits.nameLength) }
        let id = m.take("id").flatMap { short(reader.string($0, "id"), $0, "id", ProfileLimits.idLength) }
        let birthYear = m.take("birth_year").flatMap {
            remember("birth_year", $0, reader.integer($0, "birth_year", in: ProfileLimits.earliestBirthYear...today.year))
        }
        guard let name else { return nil }
        return .init(name: name, id: id ?? name, birthYear: birthYear)
    }

    private mutating func symptoms(_ m: inout NodeReader.Mapping) -> ClientProfile.Symptoms? {
        let pain = required(&m, "pain").flatMap { reader.integer($0, "pain", in: ProfileLimits.pain) }
        let atRest = m.take("pain_at_rest").map { reader.integer($0, "pain_at_rest", in: ProfileLimits.pain) } ?? 0
        let pattern = m.take("pattern").map { reader.words($0, "pattern", as: PainPattern.self) } ?? []
        let startsAfter = distance(&m, "starts_after", in: ProfileLimits.startsAfterKilometres)
        let onset = m.take("weeks_since_onset").flatMap {
            reader.integer($0, "weeks_since_onset", in: ProfileLimits.weeksSinceOnset)
        }
        let signsNode = m.take("signs")
        let signs = signsNode.map { reader.words($0, "signs", as: RedFlagSign.self) } ?? []
        let clearedBy = m.take("cleared_by").flatMap { reader.string($0, "cleared_by") }
        if let node = m.keyNode("cleared_by") { nodes["cleared_by"] = node }
        for key in ["pain", "pain_at_rest"] { if let entry = m.entries.first(where: { $0.key == key }) { nodes[key] = entry.value } }
        let inflammatory = inflammatoryScreen(&m)
        guard let pain, let atRest, let pattern, let startsAfter = startsAfter.value, let signs, let inflammatory else { return nil }
        return .init(pain: pain, painAtRest: atRest, pattern: pattern, startsAfter: startsAfter,
                     weeksSinceOnset: onset, signs: signs, clearedBy: clearedBy, inflammatory: inflammatory)
    }

    /// The inflammatory back pain screen's answers, each optional; nil when one of them is wrong.
    private mutating func inflammatoryScreen(_ m: inout NodeReader.Mapping) -> ClientProfile.InflammatoryScreen? {
        var ok = true
        func flag(_ key: String, _ reader: inout NodeReader) -> Bool? {
            guard let node = m.take(key) else { return nil }
            let value = reader.boolean(node, key)
            if value == nil { ok = false }
            return value
        }
        func number(_ key: String, _ range: ClosedRange<Int>, _ reader: inout NodeReader) -> Int? {
            guard let node = m.take(key) else { return nil }
            let value = reader.integer(node, key, in: range)
            if value == nil { ok = false }
            return value
        }
        let screen = ClientProfile.InflammatoryScreen(
            morningStiffnessMinutes: number("morning_stiffness_minutes", ProfileLimits.morningStiffnessMinutes, &reader),
            betterWithExercise: flag("better_with_exercise", &reader),
            wakesSecondHalfOfNight: flag("wakes_second_half_of_night", &reader),
            alternatingButtockPain: flag("alternating_buttock_pain", &reader),
            onsetAge: number("onset_age", ProfileLimits.onsetAge, &reader))
        for key in Self.inflammatoryKeys.reversed() { if let node = m.keyNode(key) { nodes["inflammatory"] = node } }
        return ok ? screen : nil
    }

    private mutating func running(_ m: inout NodeReader.Mapping) -> ClientProfile.Running? {
        let weekly = distance(&m, "weekly", in: ProfileLimits.weeklyKilometres)
        let runs = m.take("runs_per_week").map {
            remember("runs_per_week", $0, reader.integer($0, "runs_per_week", in: ProfileLimits.runsPerWeek))
        } ?? ProfileLimits.defaultRunsPerWeek
        let longRun = distance(&m, "long_run", in: ProfileLimits.longRunKilometres)
        let cadence = m.take("cadence").flatMap { reader.integer($0, "cadence", in: ProfileLimits.cadence, unit: " steps/min") }
        let goal = m.take("goal").flatMap { remember("goal", $0, reader.string($0, "goal")) }
        let goalDate = m.take("goal_date").flatMap { remember("goal_date", $0, near(reader.date($0, "goal_date"), $0, "goal_date")) }
        let shoes = distance(&m, "shoes", in: ProfileLimits.shoesKilometres)
        seen.runsPerWeek = runs
        seen.weekly = weekly.value ?? nil
        seen.longRun = longRun.value ?? nil
        seen.goalDate = goalDate
        guard let weekly = weekly.value, let runs, let longRun = longRun.value, let shoes = shoes.value else { return nil }
        return .init(weekly: weekly ?? Distance(0, .km), runsPerWeek: runs, longRun: longRun,
                     cadence: cadence, goal: goal, goalDate: goalDate, shoes: shoes)
    }

    private mutating func schedule(_ m: inout NodeReader.Mapping) -> ClientProfile.Schedule? {
        let start = required(&m, "start").flatMap { remember("start", $0, near(reader.date($0, "start"), $0, "start")) }
        let weeks = m.take("weeks").map { reader.integer($0, "weeks", in: ProfileLimits.weeks) } ?? ProfileLimits.defaultWeeks
        let days = m.take("days").map { remember("days", $0, reader.words($0, "days", as: Weekday.self)) }
            ?? ProfileLimits.defaultDays
        let longRunDay = m.take("long_run_day").map {
            remember("long_run_day", $0, reader.word($0, "long_run_day", as: Weekday.self))
        }
        let minutes = m.take("minutes").map { remember("minutes", $0, reader.integer($0, "minutes", in: ProfileLimits.minutes)) }
            ?? ProfileLimits.defaultMinutes
        let time = m.take("time").map { timeOfDay($0) } ?? .ok(nil)
        seen.start = start
        seen.days = days
        seen.longRunDay = longRunDay ?? days?.max()
        if let d = days, d.isEmpty, let node = nodes["days"] {
            reader.error("days must name at least one day", at: node, hint: "for example `days: mon, wed, sat`")
        }
        guard let start, let weeks, let days, !days.isEmpty, let minutes, let time = time.value else { return nil }
        let sortedDays = days.sorted()
        guard let longRunDay = longRunDay ?? sortedDays.last else { return nil }
        return .init(start: start, weeks: weeks, days: sortedDays, longRunDay: longRunDay, minutes: minutes, time: time)
    }

    /// A date within `ProfileLimits.dateWindowYears` of today, or an error at the date.
    private mutating func near(_ date: CalendarDate?, _ node: Node, _ field: String) -> CalendarDate? {
        guard let date else { return nil }
        let years = ProfileLimits.dateWindowYears
        func shifted(_ by: Int) -> CalendarDate {
            CalendarDate(year: today.year + by, month: today.month, day: today.day) ?? today.adding(days: 365 * by)
        }
        let earliest = shifted(-years), latest = shifted(years)
        guard date < earliest || date > latest else { return date }
        reader.error("\(field) \(date) is more than \(years) years from today (\(today))", at: node,
                     hint: "a plan's dates fall between \(earliest) and \(latest); check the year")
        return nil
    }

    /// Text no longer than `most` characters, or an error at it.
    private mutating func short(_ text: String?, _ node: Node, _ field: String, _ most: Int) -> String? {
        guard let text, text.count > most else { return text }
        reader.error("\(field) is \(text.count) characters long; the limit is \(most)", at: node,
                     hint: field == "id" ? "an id is a short code such as C-1042" : "write the name as it should be printed")
        return nil
    }

    /// `HH:MM`, 24-hour clock.
    private mutating func timeOfDay(_ node: Node) -> Parsed<Int?> {
        // YAML 1.1 reads 07:30 as a base-60 number; take the text as written.
        guard case .scalar(let scalar) = node else {
            reader.error("time must be a time of day like 07:30 (found \(NodeReader.describe(node)))", at: node)
            return .failed
        }
        let parts = scalar.string.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m), parts[1].count == 2 else {
            reader.error("time must be a time of day like 07:30 (found \(scalar.string))", at: node, hint: "24-hour clock, hours:minutes")
            return .failed
        }
        return .ok(h * 60 + m)
    }

    /// Findings: a list of words or `word: severity` pairs, or one comma-separated string.
    private mutating func findings(_ node: Node) -> [Finding]? {
        if case .scalar = node {
            return reader.words(node, "weaknesses", as: Weakness.self)?.map { Finding($0) }
        }
        // `{glute_medius: mild, core_endurance: marked}` is unambiguous too: read it as a list of pairs.
        if case .mapping(let pairs) = node {
            return findings(.sequence(.init(pairs.map { Node.mapping(.init([($0.key, $0.value)], .implicit, .block, $0.key.mark)) },
                                            .implicit, .block, node.mark)))
        }
        guard case .sequence(let items) = node else {
            reader.error("weaknesses must be a list (found \(NodeReader.describe(node)))", at: node,
                         hint: "one finding per line: `  - glute_medius` or `  - hip_flexors_tight: marked`")
            return nil
        }
        var result: [Finding] = []
        var ok = true
        for item in items {
            var finding: Finding?
            switch item {
            case .scalar:
                finding = reader.word(item, "weaknesses", as: Weakness.self).map { Finding($0) }
            case .mapping(let pairs) where pairs.count == 1:
                let (key, value) = (pairs[0].key, pairs[0].value)
                let weakness = reader.word(key, "weaknesses", as: Weakness.self)
                let severity = reader.word(value, key.string ?? "weaknesses", as: FindingSeverity.self)
                if let weakness, let severity { finding = Finding(weakness, severity) }
            default:
                reader.error("each weakness must be a word or `word: mild|moderate|marked` (found \(NodeReader.describe(item)))", at: item)
            }
            guard let finding else { ok = false; continue }
            if result.contains(where: { $0.weakness == finding.weakness }) {
                reader.error("weakness `\(finding.weakness.rawValue)` is listed twice", at: item, hint: "keep one entry")
                ok = false
            } else {
                result.append(finding)
            }
        }
        return ok ? result : nil
    }

    // MARK: Distances

    /// Reads `<base>_km` or `<base>_mi`. Absent gives `.ok(nil)`.
    private mutating func distance(_ m: inout NodeReader.Mapping, _ base: String,
                                   in kilometres: ClosedRange<Double>) -> Parsed<Distance?> {
        let kmKey = base + "_km", miKey = base + "_mi"
        let km = m.take(kmKey), mi = m.take(miKey)
        if km != nil, let mi, let miKeyNode = m.keyNode(miKey) {
            reader.error("give \(kmKey) or \(miKey), not both", at: miKeyNode, hint: "keep the one in the unit you measured")
            _ = mi
            return .failed
        }
        guard let (node, unit, key) = km.map({ ($0, DistanceUnit.km, kmKey) }) ?? mi.map({ ($0, DistanceUnit.mi, miKey) }) else {
            return .ok(nil)
        }
        let range = unit == .km ? kilometres
            : (kilometres.lowerBound / DistanceUnit.kilometresPerMile)...(kilometres.upperBound / DistanceUnit.kilometresPerMile).rounded(.down)
        guard let value = reader.number(node, key, in: range, unit: unit.rawValue) else { return .failed }
        distanceUnitsUsed.append(unit)
        distanceKeys.append((key, unit))
        nodes[key] = node
        nodes[base] = node
        return .ok(Distance(value, unit))
    }

    /// The unit the profile's distances use: the first one given.
    private var defaultUnits: DistanceUnit { distanceUnitsUsed.first ?? .km }

    private mutating func remember<T>(_ key: String, _ node: Node, _ value: T?) -> T? {
        nodes[key] = node
        return value
    }
}

/// A value that may be legitimately absent, as opposed to absent because it was wrong.
enum Parsed<T> {
    case ok(T)
    case failed

    var value: T? {
        if case .ok(let v) = self { return v }
        return nil
    }
}

extension Parsed where T == ClientProfile.Running {
    static var notRunning: Parsed { .ok(.init(weekly: Distance(0, .km), runsPerWeek: ProfileLimits.defaultRunsPerWeek)) }
}

extension ClientProfile.Running {
    init(weekly: Distance, runsPerWeek: Int) {
        self.init(weekly: weekly, runsPerWeek: runsPerWeek, longRun: nil, cadence: nil, goal: nil, goalDate: nil, shoes: nil)
    }
}
