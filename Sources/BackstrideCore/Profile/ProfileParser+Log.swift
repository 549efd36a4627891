import Yams

/// Reading the follow-up log (`log:`): one entry a day or a week, each checked where it stands in the file.
extension ProfileParser {
    /// A parsed entry with where it was written, for the checks that need the schedule.
    struct LogLine {
        var entry: LogEntry
        var node: Node
    }

    /// The most calendar weeks a plan may run, repeated weeks included, counted from week 1's Monday.
    static let logWeeksAtMost = ProfileLimits.weeks.upperBound

    /// The entries that read well; a bad one is reported and left out, so the date checks still see the rest and a
    /// physio typing a whole sheet gets every mistake in one pass (any error rejects the profile anyway).
    mutating func readLog(_ node: Node) -> [LogLine]? {
        guard case .mapping(let pairs) = node else {
            reader.error("log must be a mapping of dates or `week N` to what was done (found \(NodeReader.describe(node)))", at: node,
                         hint: "for example `  2026-11-23: {done: yes, during: 2, morning: 1}`")
            return nil
        }
        return pairs.compactMap { key, value in
            guard let when = logKey(key), let entry = logEntry(value, when: when) else { return nil }
            return LogLine(entry: entry, node: key)
        }
    }

    private mutating func logKey(_ node: Node) -> LogEntry.When? {
        let text = node.string?.trimmingWhitespace ?? ""
        let words = text.lowercased().split(separator: " ")
        if words.count == 2, words[0] == "week" {
            guard let n = Int(words[1]), (1...Self.logWeeksAtMost).contains(n) else {
                reader.error("`\(text)` must be `week 1` to `week \(Self.logWeeksAtMost)`", at: node)
                return nil
            }
            return .week(n)
        }
        return reader.date(node, "a log date").map { .day($0) }
    }

    private mutating func logEntry(_ node: Node, when: LogEntry.When) -> LogEntry? {
        if case .scalar = node {
            // `missed` alone, the quickest line to type for a day with nothing done.
            return completion(node, when: when).map { LogEntry(when: when, done: $0) }
        }
        guard var m = reader.mapping(node, named: "a log entry") else { return nil }
        let doneNode = m.take("done")
        let done = doneNode.flatMap { completion($0, when: when) }
        let during = m.take("during").map { reader.integer($0, "during", in: ProfileLimits.pain) } ?? .some(nil)
        let morning = m.take("morning").map { reader.integer($0, "morning", in: ProfileLimits.pain) } ?? .some(nil)
        let note = m.take("note").flatMap { reader.string($0, "note") }
        let signs = m.take("signs").map { reader.words($0, "signs", as: RedFlagSign.self) } ?? []
        m.finish(&reader)
        if doneNode == nil {
            reader.error("a log entry needs `done`", at: node, hint: "`done: yes`, `done: partly` or `done: no`" + (when.isWeek ? ", or `done: 3 of 4` for a week" : ""))
            return nil
        }
        guard let done, let during, let morning, let signs else { return nil }
        return LogEntry(when: when, done: done, during: during, morning: morning, note: note, signs: signs)
    }

    private mutating func completion(_ node: Node, when: LogEntry.When) -> Completion? {
        let text = (node.string ?? "").trimmingWhitespace.lowercased()
        switch text {
        case "yes", "true", "done": return .yes
        case "partly", "part", "half": return .partly
        case "no", "false", "missed", "skipped": return .no
        default: break
        }
        if when.isWeek {
            let parts = text.replacingOccurrences(of: " of ", with: "/").split(separator: "/").map { $0.trimmingWhitespace }
            if parts.count == 2, let done = Int(parts[0]), let planned = Int(parts[1]), (1...14).contains(planned), (0...planned).contains(done) {
                return .sessions(done: done, planned: planned)
            }
            if parts.count == 1, let done = Int(parts[0]), (0...14).contains(done) { return .sessions(done: done, planned: 0) }
        }
        reader.error("done must be yes, partly or no\(when.isWeek ? ", or `K of N` sessions" : "") (found \(NodeReader.describe(node)))", at: node,
                     hint: when.isWeek ? "for example `done: 3 of 4`" : "`missed` on its own also says nothing was done that day")
        return nil
    }

    /// Dates inside the plan's weeks (repeats can stretch it to 8 weeks) and not after today; a week logged either
    /// day by day or as a whole, not both.
    mutating func checkLog(_ lines: [LogLine], schedule: ClientProfile.Schedule) -> [LogEntry]? {
        let first = schedule.firstMonday
        let last = first.adding(days: 7 * Self.logWeeksAtMost - 1)
        var ok = true
        var weeksByDay: [Int: Node] = [:], weeksWhole: [Int: Node] = [:]
        for line in lines {
            switch line.entry.when {
            case .day(let d):
                if d < schedule.start || d > last {
                    reader.error("log date \(d) is outside the plan (\(schedule.start) to \(last))", at: line.node,
                                 hint: "log only days of the plan; check the date")
                    ok = false
                } else if d > today {
                    reader.error("log date \(d) is after today (\(today))", at: line.node, hint: "log only days already lived")
                    ok = false
                } else {
                    weeksByDay[first.days(until: d) / 7 + 1] = weeksByDay[first.days(until: d) / 7 + 1] ?? line.node
                }
            case .week(let n):
                if first.adding(days: 7 * (n - 1)) > today {
                    reader.error("week \(n) has not started yet (it begins \(first.adding(days: 7 * (n - 1))))", at: line.node,
                                 hint: "log only weeks already lived; check the week number")
                    ok = false
                }
                weeksWhole[n] = line.node
            }
        }
        for (week, node) in weeksWhole.sorted(by: { $0.key < $1.key }) where weeksByDay[week] != nil {
            reader.error("week \(week) is logged both day by day and as a whole week", at: node,
                         hint: "keep one: the days, or the `week \(week)` line")
            ok = false
        }
        return ok ? lines.map(\.entry).sorted { $0.when < $1.when } : nil
    }
}

extension LogEntry.When {
    var isWeek: Bool { if case .week = self { return true } else { return false } }
}
