import BackstrideCore
import Testing

/// A race distance read out of a goal in the client's words.
@Suite struct GoalDistanceTests {
    static let goals: [(String, Double)] = [
        ("14 km fun run", 14), ("parkrun 5k", 5), ("Spring half marathon", 21.1), ("first Marathon", 42.2),
        ("10K in June", 10), ("a 13.1 mile race", 13.1 * 1.609344), ("5 mi trail", 5 * 1.609344),
        ("run 3 times a week, then a 10 km", 10), ("10\tkm", 10), (".5 km dash", 0.5), ("20 kilometres", 20),
        ("a 10-mile race", 10 * 1.609344), ("3 kids, a 5k", 5),
    ]

    @Test(arguments: goals)
    func aDistanceInTheGoalIsFound(_ goal: String, _ km: Double) {
        let found = GoalDistance.kilometres(in: goal)
        #expect(found.map { abs($0 - km) < 1e-9 } == true, "\(goal): \(String(describing: found))")
    }

    /// Words that start like a unit are not one: before this, "30 minutes" was read as 30 miles.
    @Test(arguments: ["get back to running", "run 3 times a week", "", "km", "30 minutes without pain", "5 minutes a day", "2 kids and a job"])
    func aGoalWithoutADistanceHasNone(_ goal: String) {
        #expect(GoalDistance.kilometres(in: goal) == nil, "\(goal)")
    }
}
