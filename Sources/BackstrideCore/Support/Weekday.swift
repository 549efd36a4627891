/// A day of the week, Monday first as on the handout's calendar pages.
public enum Weekday: String, Vocabulary, Comparable {
    case mon, tue, wed, thu, fri, sat, sun

    public static let vocabularyName = "day"
    public static let aliases: [String: Weekday] = [
        "monday": .mon, "tuesday": .tue, "tues": .tue, "wednesday": .wed, "thursday": .thu, "thur": .thu,
        "thurs": .thu, "friday": .fri, "saturday": .sat, "sunday": .sun,
    ]

    /// 0 for Monday through 6 for Sunday.
    public var index: Int { Weekday.allCases.firstIndex(of: self)! }

    public var fullName: String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][index]
    }

    public static func < (a: Weekday, b: Weekday) -> Bool { a.index < b.index }
}
