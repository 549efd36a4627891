import BackstrideCore

/// Lays out a whole handout: cover with the red-flag box, how to use, overview, a calendar page per week and
/// the exercise cards; or, for a withheld plan, a referral handout. Decides every word and position; the
/// painter only draws the result.
public struct HandoutLayout {
    let engine: TextEngine
    let wording: HandoutWording
    let options: HandoutOptions
    let plan: Plan
    let profile: ClientProfile
    let library: ExerciseLibrary

    public init(engine: TextEngine, wording: HandoutWording, options: HandoutOptions, plan: Plan, profile: ClientProfile,
                library: ExerciseLibrary) {
        self.engine = engine
        self.wording = wording
        self.options = options
        self.plan = plan
        self.profile = profile
        self.library = library
    }

    var typography: Typography { options.typography }
    var flow: BlockFlow {
        var flow = BlockFlow(engine: engine, typography: typography)
        flow.figure = { name, x, y, width in self.figure(name, x: x, y: y, width: width) }
        flow.pagedFigure = { name, pages in
            guard name == "red-flag-box" else { return false }
            self.placeWarningBox(self.redFlagBlocks(), on: &pages)
            return true
        }
        return flow
    }

    public func pages() -> [LaidOutPage] {
        var pages = PageSet(size: options.paper, typography: typography, accent: options.clinic?.accent)
        let name = ["clientName": plan.client]
        if plan.withheld {
            referral(&pages)
            progress(&pages)
            pages.addFooters(left: wording.phrase("footer", "referral", name), pageLabel: pageLabel, engine: engine)
            return pages.pages
        }
        cover(&pages)
        howToUse(&pages)
        overview(&pages)
        progress(&pages)
        for week in weeksAhead { calendar(week, &pages) }
        exerciseCards(&pages, ids: weeksAhead.exerciseIds)
        afterPlan(&pages)
        pages.addFooters(left: wording.phrase("footer", "plan", name), pageLabel: pageLabel, engine: engine)
        return pages.pages
    }

    func pageLabel(_ page: Int, _ count: Int) -> String {
        wording.phrase("footer", "page", ["page": page, "pages": count])
    }

    func figure(_ name: String, x: Double, y: Double, width: Double) -> (items: [PageItem], height: Double) {
        switch name {
        case "traffic-light": return trafficLight(x: x, y: y, width: width)
        case "red-flag-box": return warningBox(redFlagBlocks(), x: x, y: y, width: width)
        case "urgent": return urgentBox(x: x, y: y, width: width)
        case "self-guided-box": return plan.selfGuided ? selfGuidedBox(x: x, y: y, width: width) : ([], -typography.gap * 1.5)
        default: return ([], 0)
        }
    }

    // MARK: Dates in words

    func words(_ section: String, _ key: String) -> [String] {
        wording.phrase(section, key).split(separator: " ").map(String.init)
    }

    func date(_ d: CalendarDate) -> String {
        let months = words("calendar", "months")
        return wording.phrase("calendar", "date", ["day": d.day, "month": months.indices.contains(d.month - 1) ? months[d.month - 1] : "\(d.month)", "year": d.year])
    }

    func shortDate(_ d: CalendarDate) -> String {
        let months = words("calendar", "short_months")
        return wording.phrase("calendar", "short_date", ["day": d.day, "month": months.indices.contains(d.month - 1) ? months[d.month - 1] : "\(d.month)"])
    }

    func weekdayName(_ w: Weekday, short: Bool = false) -> String {
        let names = words("calendar", short ? "short_weekdays" : "weekdays")
        return names.indices.contains(w.index) ? names[w.index] : w.rawValue
    }

    /// A distance with its unit, kept together on one line.
    func distance(_ value: Double) -> String { "\(Self.number(value))\u{00A0}\(plan.units.rawValue)" }

    /// A distance as people write it: one decimal at most, none when it is whole ("5.4", "6").
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// The weeks that get a calendar page. At a follow-up the weeks lived are on "Progress so far" with what was
    /// written on their sheets; printing them again as blank sheets would only be paper to throw away.
    var weeksAhead: [PlanWeek] { Array(plan.weeks.dropFirst(plan.history?.count ?? 0)) }

    var planEnd: CalendarDate { plan.weeks.last?.end ?? profile.schedule.start.adding(days: 6) }

    var contact: String {
        profile.clinician.map { wording.phrase("contact", "clinician", ["clinician": $0]) } ?? wording.phrase("contact", "self_guided")
    }
}
