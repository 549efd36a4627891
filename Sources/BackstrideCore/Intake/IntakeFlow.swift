/// The self-guided questionnaire's order and branching: red flags first, one sign at a time. An emergency sign
/// stops it at once; a see-a-doctor sign ends it after the red flags (the runner gets a referral, not a plan).
public struct IntakeFlow {
    public enum Outcome: Equatable, Sendable {
        case emergency(RedFlagSign)
        case seeDoctor([RedFlagSign])
        case answered
    }

    public let today: CalendarDate
    public private(set) var answers: [String: String] = [:]
    public private(set) var signs: [RedFlagSign] = []

    public init(today: CalendarDate) { self.today = today }

    /// - Parameter ask: returns the checked answer to a question (nil for a skipped optional one).
    public mutating func run(_ ask: (IntakeQuestion) throws -> String?) rethrows -> Outcome {
        for (sign, question) in IntakeQuestions.redFlags {
            let answer = try ask(question)
            answers[question.id] = answer
            guard answer == "yes" else { continue }
            signs.append(sign)
            if sign.ownLevel == .emergency { return .emergency(sign) }
        }
        // Past health alone (cancer, weak bones, ...) is context, not a stop: the questions go on, and screening
        // weighs it with the rest of the answers.
        let stopping = signs.filter { !$0.isContext }
        if !stopping.isEmpty { return .seeDoctor(stopping) }
        for question in IntakeQuestions.aboutYou { answers[question.id] = try ask(question) }
        for question in runningQuestions() { answers[question.id] = try ask(adapted(question)) }
        for question in IntakeQuestions.selfTests { answers[question.id] = try ask(question) }
        return .answered
    }

    /// The two questions a referral handout needs after a red flag.
    public mutating func referralDetails(_ ask: (IntakeQuestion) throws -> String?) rethrows {
        for id in IntakeQuestions.referralDetails {
            let question = IntakeQuestions.aboutYou.first { $0.id == id }!
            answers[id] = try ask(question)
        }
    }

    /// How many questions a runner with no warning sign answers, for "question 7 of 44".
    public var questionCount: Int {
        IntakeQuestions.redFlags.count + IntakeQuestions.aboutYou.count + runningQuestions().count + IntakeQuestions.selfTests.count
    }

    /// Days before runs, so a runner is never asked for more runs than free days.
    func runningQuestions() -> [IntakeQuestion] {
        let order = ["units", "weekly", "days", "runs_per_week", "long_run_day", "long_run", "goal", "goal_date", "start", "weeks",
                     "minutes", "time", "equipment", "shoes", "hard_surfaces", "mileage_jump", "paper"]
        return order.compactMap { id in IntakeQuestions.running.first { $0.id == id } }
    }

    /// Questions whose limits or defaults depend on earlier answers or on today.
    func adapted(_ q: IntakeQuestion) -> IntakeQuestion {
        let unit = answers["units"] == "mi" ? "miles" : "km"
        let days = (answers["days"] ?? "mon, wed, fri, sat").components(separatedBy: ", ")
        switch q.id {
        case "weekly", "long_run", "shoes":
            let prompt = q.prompt.replacingOccurrences(of: "?", with: " (in \(unit))?")
            let range: ClosedRange<Double> = q.id == "weekly" ? 0...(unit == "km" ? 300 : 186) : q.id == "long_run" ? 0...(unit == "km" ? 100 : 62) : 0...(unit == "km" ? 5000 : 3100)
            return IntakeQuestion(q.id, prompt, help: q.help, kind: .distance(range, unit: unit == "km" ? .km : .mi),
                                  default: q.defaultAnswer, optional: q.optional)
        case "runs_per_week":
            return IntakeQuestion(q.id, q.prompt, kind: .integer(1...days.count), default: String(min(3, days.count)))
        case "long_run_day":
            return IntakeQuestion(q.id, q.prompt, kind: .choice(days), default: days.last)
        case "start":
            let monday = today.adding(days: (7 - today.weekday.index) % 7 == 0 ? 7 : (7 - today.weekday.index) % 7)
            return IntakeQuestion(q.id, q.prompt, kind: .date, default: monday.iso)
        default:
            return q
        }
    }
}
