import BackstrideCore

/// The plan as an iCalendar file (RFC 5545): one event per session, all-day or at the profile's usual time,
/// worded like the handout so a runner's phone shows what the paper shows.
public struct CalendarExport {
    let layout: HandoutLayout

    public init(engine: TextEngine, wording: HandoutWording, plan: Plan, profile: ClientProfile, library: ExerciseLibrary) {
        layout = HandoutLayout(engine: engine, wording: wording, options: HandoutOptions(paper: .a4), plan: plan, profile: profile,
                               library: library)
    }

    /// Nil for a withheld plan: there is nothing to schedule.
    public func ics(uidPrefix: String) -> [UInt8]? {
        let plan = layout.plan
        guard !plan.withheld else { return nil }
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Backstride//Running plan//EN", "CALSCALE:GREGORIAN",
                     "X-WR-CALNAME:" + Self.escape(layout.wording.phrase("metadata", "title", ["clientName": plan.client]))]
        let stamp = Self.date(plan.today) + "T000000Z"
        for week in plan.weeks {
            for day in week.days {
                for (index, session) in day.sessions.enumerated() where session.kind != .rest {
                    let (title, details) = layout.describe(session)
                    // A phone has room for the doses the paper calendar leaves to the cards.
                    let doses = session.exercises.map { "\(layout.library[$0.id]?.name ?? $0.id): \($0.dosage)" }
                    let description = (session.isRun ? details : []) + doses
                    lines += ["BEGIN:VEVENT", "UID:\(uidPrefix)-\(day.date.iso)-\(index)@backstride", "DTSTAMP:\(stamp)"]
                    if let time = layout.profile.schedule.time {
                        lines.append("DTSTART:\(Self.date(day.date))T\(Self.two(time / 60))\(Self.two(time % 60))00")
                        lines.append("DURATION:PT\(max(5, session.minutes ?? layout.profile.schedule.minutes))M")
                    } else {
                        lines.append("DTSTART;VALUE=DATE:\(Self.date(day.date))")
                        lines.append("DTEND;VALUE=DATE:\(Self.date(day.date.adding(days: 1)))")
                    }
                    lines.append("SUMMARY:" + Self.escape(title))
                    if !description.isEmpty { lines.append("DESCRIPTION:" + Self.escape(description.joined(separator: "\n"))) }
                    lines.append("CATEGORIES:" + Self.escape(layout.wording.phrase("phases", week.phase.rawValue)))
                    lines.append("END:VEVENT")
                }
            }
        }
        lines.append("END:VCALENDAR")
        return Array(lines.map(Self.fold).joined(separator: "\r\n").utf8) + [0x0D, 0x0A]
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
