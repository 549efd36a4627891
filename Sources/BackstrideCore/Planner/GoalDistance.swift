/// Reads a race distance out of a goal written in words ("14 km fun run", "spring half marathon", "5k").
public enum GoalDistance {
    static let kilometreWords: Set<String> = ["k", "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"]
    static let mileWords: Set<String> = ["mi", "mile", "miles"]
    /// What may stand between a number and its unit: "10 km", "10-mile".
    static let betweenNumberAndUnit: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "-")]

    public static func kilometres(in goal: String) -> Double? {
        let text = goal.lowercased()
        if text.contains("half marathon") || text.contains("half-marathon") { return 21.1 }
        if text.contains("marathon") { return 42.2 }
        // Walked byte by byte rather than with Foundation's Scanner, whose first use costs a cold handout about 4 ms.
        let bytes = Array(text.utf8)
        func digit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") }
        var i = 0
        while i < bytes.count {
            guard digit(i) || (bytes[i] == UInt8(ascii: ".") && digit(i + 1)) else {
                i += 1
                continue
            }
            var end = i
            while digit(end) { end += 1 }
            if end < bytes.count, bytes[end] == UInt8(ascii: ".") {
                end += 1
                while digit(end) { end += 1 }
            }
            guard let number = Double(String(decoding: bytes[i..<end], as: UTF8.self)) else { return nil }
            var unit = end
            while unit < bytes.count, Self.betweenNumberAndUnit.contains(bytes[unit]) { unit += 1 }
            // The whole word after the number: "5 minutes" is not 5 miles, nor "3 kids" 3 km.
            var after = unit
            while after < bytes.count, bytes[after] >= UInt8(ascii: "a"), bytes[after] <= UInt8(ascii: "z") { after += 1 }
            let unitWord = String(decoding: bytes[unit..<after], as: UTF8.self)
            if Self.kilometreWords.contains(unitWord) { return number }
            if Self.mileWords.contains(unitWord) { return number * DistanceUnit.kilometresPerMile }
            i = end
        }
        return nil
    }
}
