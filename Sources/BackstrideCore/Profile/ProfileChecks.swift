import Yams

/// Rules that look at several fields at once: contradictions (errors) and things that are
/// odd but allowed (warnings). Each reads the validated profile and points at the field to change.
/// Contradictions are checked on whatever parts of the file were valid, so a file with a typo
/// elsewhere still hears about them; warnings wait for a valid profile.
struct ProfileChecks {
    let nodes: [String: Node]
    let today: CalendarDate

    /// The values the contradiction rules need, each present when it was read without error.
    struct Seen {
        var start: CalendarDate?
        var days: [Weekday]?
        var longRunDay: Weekday?
        var runsPerWeek: Int?
        var weekly: Distance?
        var longRun: Distance?
        var goalDate: CalendarDate?
        var selfGuided = false
        /// The client section was a mapping, so a missing birth year is worth reporting.
        var clientRead = false
        var birthYearGiven = false
    }

    /// Pain this high in a clinician's profile gets a warning: the plan starts with no running and the clinician decides.
    static let clinicianRestPainAtLeast = ProgressionRules.noRunningRestPainFrom
    static let clinicianRunningPainAtLeast = ProgressionRules.noRunningRunningPainFrom

    func contradictions(_ seen: Seen, _ reader: inout NodeReader) {
        if seen.selfGuided, seen.clientRead, !seen.birthYearGiven, let node = nodes["client"] {
            reader.error("a self-guided profile needs client.birth_year: the age check for new back pain depends on it", at: node,
                         hint: "add `birth_year: 1990` (the year of birth) under client, or `clinician:` if a clinician assessed the runner")
        }
        if let days = seen.days, !days.isEmpty, let day = seen.longRunDay, let node = nodes["long_run_day"], !days.contains(day) {
            reader.error("long_run_day `\(day.rawValue)` is not one of the available days (\(Self.list(days.sorted())))",
                         at: node, hint: "add it to schedule.days or pick one of those days")
        }
        if let days = seen.days, !days.isEmpty, let runs = seen.runsPerWeek, runs > days.count,
           let node = nodes["runs_per_week"] {
            reader.error("runs_per_week is \(runs) but only \(days.count) day\(days.count == 1 ? " is" : "s are") available",
                         at: node, hint: "add days to schedule.days or lower runs_per_week")
        }
        if let start = seen.start, let goalDate = seen.goalDate, goalDate < start, let node = nodes["goal_date"] {
            reader.error("goal_date \(goalDate) is before the plan starts (\(start))", at: node,
                         hint: "a goal date must fall on or after schedule.start")
        }
        if let longRun = seen.longRun, let weekly = seen.weekly, weekly.value > 0,
           longRun.kilometres > weekly.kilometres + 0.001, let node = nodes["long_run"] {
            reader.error("the long run (\(NodeReader.format(longRun.value)) \(longRun.unit.rawValue)) is longer than the whole week (\(NodeReader.format(weekly.value)) \(weekly.unit.rawValue))",
                         at: node, hint: "the weekly distance counts every run of a normal week, the long run included")
        }
    }

    func warnings(_ profile: ClientProfile, unitsMixed: Bool, distances: [(key: String, unit: DistanceUnit)], _ reader: inout NodeReader) {
        let start = profile.schedule.start
        if start.weekday != .mon, let node = nodes["start"] {
            let first = profile.schedule.firstMonday
            if first > start {
                reader.warning("start \(start) is a \(start.weekday.fullName) with no training day left that week; week 1 begins on Monday \(first)",
                               at: node, hint: "start on a Monday, or add a day from the start's week to schedule.days")
            } else {
                reader.warning("start \(start) is a \(start.weekday.fullName); week 1 runs from Monday \(start.mondayOfWeek) and the days before the start stay free",
                               at: node, hint: "start on a Monday to use the whole first week")
            }
        }
        if start < today, profile.log.isEmpty, let node = nodes["start"] {
            reader.warning("start \(start) is before today (\(today))", at: node)
        }
        if let shoes = profile.running.shoes, shoes.kilometres > ProfileLimits.shoesWornKilometres, let node = nodes["shoes"] {
            reader.warning("shoes have \(NodeReader.format(shoes.value)) \(shoes.unit.rawValue) on them, past the usual \(Self.shoeLife(shoes.unit)) life",
                           at: node, hint: "the handout will suggest new shoes")
        }
        if profile.symptoms.clearedBy != nil, profile.clinician == nil, let node = nodes["cleared_by"] {
            reader.warning("cleared_by has no effect without a clinician: a self-guided plan is never cleared", at: node,
                           hint: "add `clinician:` if a clinician assessed the signs")
        }
        if unitsMixed, let node = nodes["weekly"] ?? nodes["long_run"] {
            reader.warning("distances mix km and mi; the handout prints \(profile.units.rawValue)", at: node,
                           hint: "set `units:` to choose")
        }
        let converted = distances.filter { $0.unit != profile.units }
        if nodes["units"] != nil, let first = converted.first, let node = nodes[first.key] {
            reader.warning("\(converted.map(\.key).joined(separator: ", ")) \(converted.count == 1 ? "is" : "are") in \(first.unit.rawValue) but `units` asks for \(profile.units.rawValue): the handout converts \(converted.count == 1 ? "it" : "them")",
                           at: node, hint: "write the distance in \(profile.units.rawValue), or set `units: \(first.unit.rawValue)`")
        }
        clinicianPain(profile, &reader)
        if profile.symptoms.inflammatory.isAnswered, profile.symptoms.weeksSinceOnset == nil, let node = nodes["inflammatory"] {
            reader.warning("the inflammatory back pain screen needs weeks_since_onset: without it, the pain counts as lasting over 3 months",
                           at: node, hint: "add `weeks_since_onset:` under symptoms")
        }
    }

    /// Very high pain in a clinician's profile: allowed, but the plan starts with no running until the clinician decides.
    func clinicianPain(_ profile: ClientProfile, _ reader: inout NodeReader) {
        guard !profile.isSelfGuided else { return }
        let s = profile.symptoms
        if s.painAtRest >= Self.clinicianRestPainAtLeast, let node = nodes["pain_at_rest"] {
            reader.warning("pain_at_rest is \(s.painAtRest) out of 10: very high for a running plan", at: node,
                           hint: "the plan starts with no running; you decide when running begins")
        } else if s.pain >= Self.clinicianRunningPainAtLeast, let node = nodes["pain"] {
            reader.warning("pain is \(s.pain) out of 10 when running: very high for a running plan", at: node,
                           hint: "the plan starts with no running; you decide when running begins")
        }
    }

    /// The usual life of running shoes, in the unit the profile wrote them in.
    static func shoeLife(_ unit: DistanceUnit) -> String { unit == .km ? "480-800 km" : "300-500 mi" }

    static func list(_ days: [Weekday]) -> String { days.map(\.rawValue).joined(separator: ", ") }
}
