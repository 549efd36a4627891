/// One thing that changed from last week, and why: the plan's "why" line. The handout and `backstride plan` turn
/// each kind into words; the JSON keeps the facts (docs/plan-json.md).
public struct WeekChange: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// A new phase begins (`to`: the phase).
        case phase
        /// The first week: where the running starts from and why (`to`: "walk_run", "continuous" or "none").
        case start
        /// No running this week: the clinician decides when walk-run begins.
        case noRunning = "no_running"
        /// Weekly running up by `amount` percent, within the 10% rule.
        case runsUp = "runs_up"
        /// The same running as last week.
        case runsHeld = "runs_held"
        /// An easier week (`amount`: percent of last week).
        case cutback
        /// Back to the highest week so far after an easier week.
        case afterCutback = "after_cutback"
        /// More runs this week (`from` -> `to` runs).
        case moreRuns = "more_runs"
        /// Walk-run moves up the ladder (`from` -> `to`, as "walk/run" minutes).
        case walkRunStep = "walk_run_step"
        /// The same walk-run step again: each step is done at least twice before the next.
        case walkRunRepeat = "walk_run_repeat"
        /// Continuous running begins, at the running minutes of the last walk-run step (`amount`).
        case continuousStart = "continuous_start"
        /// Runs stay under `amount` (plan units) because pain starts after `to`.
        case painLimit = "pain_limit"
        /// Runs go past the distance where pain used to start (`amount`), only after green weeks.
        case pastPainPoint = "past_pain_point"
        /// A new cadence target (`amount` steps a minute).
        case cadence
        /// An exercise moves up its chain (`from` -> `to`), when the move-on test is passed.
        case exerciseStep = "exercise_step"
        /// An exercise this phase does not suit is swapped for another for the same finding (`from` -> `to`).
        case exerciseSwap = "exercise_swap"
        /// A new exercise joins (`to`).
        case exerciseNew = "exercise_new"
        /// An exercise that moved on this week stays the warm-up before runs (`to`), because what it moved on to is not
        /// a warm-up; without this the calendar seemed to print an exercise the "why" line had just retired.
        case warmUpKept = "warm_up_kept"
        /// The doses go up for these exercises (`exercises`).
        case doseUp = "dose_up"
        /// An easier week keeps every exercise where it was.
        case exercisesHeld = "exercises_held"
        /// Follow-up: the week repeats the plan's week `to`, because of how week `amount` went (`from`: `repeat` for
        /// amber, or `missed`).
        case repeatWeek = "repeat_week"
        /// Follow-up: week `amount` was red, so this week steps back to the plan's week `to`.
        case stepBack = "step_back"
        /// Follow-up: after a step back, the plan's week `to` again, as the client did it in week `amount`.
        case retryWeek = "retry_week"
        /// Follow-up: a week done again is run shorter than before, because its runs were longer than the single-run
        /// rule now allows after easier weeks.
        case runsCut = "runs_cut"
    }

    public var kind: Kind
    public var from: String?
    public var to: String?
    public var amount: Double?
    public var exercises: [String]?

    public init(_ kind: Kind, from: String? = nil, to: String? = nil, amount: Double? = nil, exercises: [String]? = nil) {
        self.kind = kind
        self.from = from
        self.to = to
        self.amount = amount
        self.exercises = exercises
    }
}

/// How the plan stands against the client's goal race.
public struct GoalOutlook: Codable, Equatable, Sendable {
    public enum Status: String, Codable, Sendable {
        /// The goal gives no date: the plan builds toward the distance without a deadline.
        case noDate = "no_date"
        /// The race falls inside the plan, which does not taper for it.
        case insidePlan = "inside_plan"
        /// The race is after the plan, and building on at a safe rate gets there in time.
        case afterPlan = "after_plan"
        /// At a safe rate the client would not be ready by the race date.
        case unrealistic
    }

    public var goal: String
    /// The goal's distance in the plan's units.
    public var distance: Double
    public var date: CalendarDate?
    public var status: Status
    /// The long run the goal needs, in the plan's units.
    public var neededLongRun: Double
    /// When the long run would reach `neededLongRun` at the safe rate, plus the easier race week.
    public var readyBy: CalendarDate
    /// Whole weeks between the end of the plan and the race.
    public var weeksAfterPlan: Int?

    enum CodingKeys: String, CodingKey {
        case goal, distance, date, status
        case neededLongRun = "needed_long_run"
        case readyBy = "ready_by"
        case weeksAfterPlan = "weeks_after_plan"
    }
}

/// What to keep doing when the plan ends.
public struct AfterPlan: Codable, Equatable, Sendable {
    /// The last week's running, in the plan's units, to carry on from.
    public var weeklyVolume: Double
    /// The longest run of the plan's last four weeks: the single-run rule counts from it.
    public var longestRun: Double
    /// The strength exercises the client reached, to keep doing twice a week.
    public var strength: [String]
    /// True when the plan ended still on walk-run: carry on up the ladder before running continuously.
    public var stillWalkRun: Bool

    enum CodingKeys: String, CodingKey {
        case strength
        case weeklyVolume = "weekly_volume"
        case longestRun = "longest_run"
        case stillWalkRun = "still_walk_run"
    }
}
