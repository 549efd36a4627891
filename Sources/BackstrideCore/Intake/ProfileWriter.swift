/// Writes a self-guided runner's answers as a commented profile in the format of docs/profile.md, so the
/// runner can read it, change it and print again.
public enum ProfileWriter {
    public static func yaml(_ answers: [String: String], signs: [RedFlagSign], today: CalendarDate) -> String {
        func quoted(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        var y = "# A self-guided runner's profile, written by `backstride init` on \(today.iso).\n"
        y += "# Change anything here and run `backstride render` on this file to print a new plan.\n"
        y += "# There is no clinician: the stricter self-guided safety rules apply.\n\n"
        y += "client:\n  name: \(quoted(answers["name"] ?? "Runner"))\n"
        if let year = answers["birth_year"] { y += "  birth_year: \(year)\n" }
        y += "\nsymptoms:\n  pain: \(answers["pain"] ?? "0")                  # worst pain while running, 0-10\n"
        if let rest = answers["pain_at_rest"] { y += "  pain_at_rest: \(rest)          # pain at rest, 0-10\n" }
        if let onset = answers["weeks_since_onset"] { y += "  weeks_since_onset: \(onset)\n" }
        y += "  signs: [\(signs.map(\.rawValue).joined(separator: ", "))]" + (signs.isEmpty ? "             # none of the warning signs\n" : "  # warning signs you reported\n")
        let screen = ["morning_stiffness_minutes", "better_with_exercise", "wakes_second_half_of_night", "alternating_buttock_pain"]
        if screen.contains(where: { answers[$0] != nil }) {
            y += "  # stiffness and night waking, for the inflammatory back pain check\n"
            for key in screen { if let answer = answers[key] { y += "  \(key): \(answer)\n" } }
        }
        let found = SelfTests.findings(answers)
        if !found.isEmpty {
            y += "\nweaknesses:                  # from your self-tests and answers\n"
            var seen: [Weakness] = []
            for (finding, why) in found where !seen.contains(finding.weakness) {
                seen.append(finding.weakness)
                let severity = finding.severity == .moderate ? "" : ": \(finding.severity.rawValue)"
                y += "  - \(finding.weakness.rawValue)\(severity)   # \(why)\n"
            }
        }
        // A sign that stops the questions leaves only what a referral handout needs; past health alone does not.
        guard signs.allSatisfy(\.isContext) else {
            y += "\nschedule:\n  start: \(today.iso)\n"
            return y
        }
        let unit = answers["units"] ?? "km"
        y += "\nrunning:\n  weekly_\(unit): \(answers["weekly"] ?? "0")\n  runs_per_week: \(answers["runs_per_week"] ?? "3")\n"
        if let long = answers["long_run"] { y += "  long_run_\(unit): \(long)\n" }
        if let goal = answers["goal"] { y += "  goal: \(quoted(goal))\n" }
        if let date = answers["goal_date"] { y += "  goal_date: \(date)\n" }
        if let shoes = answers["shoes"] { y += "  shoes_\(unit): \(shoes)\n" }
        y += "\nschedule:\n  start: \(answers["start"] ?? today.iso)\n  weeks: \(answers["weeks"] ?? "6")\n"
        y += "  days: [\(answers["days"] ?? "mon, wed, fri, sat")]\n"
        if let day = answers["long_run_day"] { y += "  long_run_day: \(day)\n" }
        y += "  minutes: \(answers["minutes"] ?? "45")\n"
        if let time = answers["time"] { y += "  time: \"\(time)\"\n" }
        let equipment = answers["equipment"].map { $0.isEmpty ? "none" : $0 } ?? "mat"
        y += "\nequipment: [\(equipment)]\nunits: \(unit)\npaper: \(answers["paper"] ?? "a4")\n"
        return y
    }
}
