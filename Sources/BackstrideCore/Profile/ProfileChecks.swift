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
    }

    func contradictions(_ seen: Seen, _ reader: inout NodeReader) {
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

    func warnings(_ profile: ClientProfile, unitsMixed: Bool, _ reader: inout NodeReader) {
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
        if start < today, let node = nodes["start"] {
            reader.warning("start \(start) is before today (\(today))", at: node)
        }
        if let shoes = profile.running.shoes, shoes.kilometres > ProfileLimits.shoesWornKilometres, let node = nodes["shoes"] {
            reader.warning("shoes have \(NodeReader.format(shoes.value)) \(shoes.unit.rawValue) on them, past the usual 480-800 km life",
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
    }

    static func list(_ days: [Weekday]) -> String { days.map(\.rawValue).joined(separator: ", ") }
}
