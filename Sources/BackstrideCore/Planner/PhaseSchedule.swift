/// Which phase each week of a 4-8 week plan belongs to. Settle is short (relief comes first but does
/// not last), build is the longest, and return closes every plan.
public enum PhaseSchedule {
    public static func phases(weeks: Int) -> [Phase] {
        let (settle, build) : (Int, Int) = switch weeks {
        case ...4: (1, 2)
        case 5: (1, 2)
        case 6: (2, 2)
        case 7: (2, 3)
        default: (2, 3)
        }
        let returning = max(1, weeks - settle - build)
        return Array(repeating: .settle, count: settle) + Array(repeating: .build, count: build)
            + Array(repeating: .return, count: returning)
    }
}
