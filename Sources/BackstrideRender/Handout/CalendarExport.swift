import BackstrideCore

/// The plan as an iCalendar file (RFC 5545): one event per session, all-day or at the profile's usual time,
/// worded like the handout so a runner's phone shows what the paper shows. Runs and strength sessions carry a
/// reminder; sessions on one day follow each other, so two never start at the same moment.
public struct CalendarExport {
    let layout: HandoutLayout

    public init(engine: TextEngine, wording: HandoutWording, plan: Plan, profile: ClientProfile, library: ExerciseLibrary) {
        layout = HandoutLayout(engine: engine, wording: wording, options: HandoutOptions(paper: .a4), plan: plan, profile: profile,
                               library: library)
    }

    /// Nil for a withheld plan: there is nothing to schedule. `stamp` tokens are kept as X-BACKSTRIDE properties
    /// (who the file is for, what it was made from), each short enough never to be folded.
    public func ics(uidPrefix: String, stamp: [String] = []) -> [UInt8]? {
        let plan = layout.plan
        guard !plan.withheld else { return nil }
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Backstride//Running plan//EN", "CALSCALE:GREGORIAN",
                     "X-WR-CALNAME:" + Self.escape(layout.wording.phrase("metadata", "title", ["clientName": plan.client]))]
        lines += stamp.map { "X-BACKSTRIDE:" + $0 }
        let stamp = Self.date(plan.today) + "T000000Z"
        for week in plan.weeks {
            for day in week.days {
                let starts = layout.profile.schedule.time.map { Self.starts(day.sessions, at: $0, minutes: layout.profile.schedule.minutes) }
                for (index, session) in day.sessions.enumerated() where session.kind != .rest {
                    let (title, details) = layout.describe(session)
                    // A phone has room for the doses the paper calendar leaves to the cards.
                    let doses = session.exercises.map { "\(layout.library[$0.id]?.name ?? $0.id): \($0.dosage)" }
                    let description = (session.isRun ? details : []) + doses
                    lines += ["BEGIN:VEVENT", "UID:\(uidPrefix)-\(day.date.iso)-\(index)@backstride", "DTSTAMP:\(stamp)"]
                    if let time = starts?[index] {
                        lines.append("DTSTART:\(Self.date(day.date))T\(Self.two(time / 60))\(Self.two(time % 60))00")
                        lines.append("DURATION:PT\(Self.duration(session, minutes: layout.profile.schedule.minutes))M")
                    } else {
                        lines.append("DTSTART;VALUE=DATE:\(Self.date(day.date))")
                        lines.append("DTEND;VALUE=DATE:\(Self.date(day.date.adding(days: 1)))")
                    }
                    lines.append("SUMMARY:" + Self.escape(title))
                    if !description.isEmpty { lines.append("DESCRIPTION:" + Self.escape(description.joined(separator: "\n"))) }
                    lines.append("CATEGORIES:" + Self.escape(layout.wording.phrase("phases", week.phase.rawValue)))
                    if session.isRun || session.kind == .strength {
                        // Half an hour before a timed session; at 07:00 on the day of an all-day one.
                        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + Self.escape(title),
                                  "TRIGGER:" + (starts == nil ? "PT7H" : "-PT30M"), "END:VALARM"]
                    }
                    lines.append("END:VEVENT")
                }
            }
        }
        lines.append("END:VCALENDAR")
        return Array(lines.map(Self.fold).joined(separator: "\r\n").utf8) + [0x0D, 0x0A]
    }

    static func duration(_ session: Session, minutes: Int) -> Int { max(5, session.minutes ?? minutes) }

    /// Minutes after midnight each session starts: one after another from the usual time, moved earlier when
    /// the last would otherwise run past midnight into the next day.
    static func starts(_ sessions: [Session], at time: Int, minutes: Int) -> [Int] {
        let durations = sessions.map { $0.kind == .rest ? 0 : duration($0, minutes: minutes) }
        var next = max(0, min(time, 24 * 60 - 1 - durations.reduce(0, +)))
        return durations.map { length in
            defer { next += length }
            return next
        }
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func date(_ d: CalendarDate) -> String { d.iso.replacingOccurrences(of: "-", with: "") }

    /// TEXT values escape backslash, semicolon, comma and newline (RFC 5545, 3.3.11).
    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.append(ch)
            }
        }
        return out
    }

    /// Lines longer than 75 octets fold with CRLF and a space, never inside a UTF-8 character.
    static func fold(_ line: String) -> String {
        var result = "", current = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if current + size > 75 {
                result += "\r\n "
                current = 1
            }
            result.unicodeScalars.append(scalar)
            current += size
        }
        return result
    }
}
