import Foundation

/// Reads a race distance out of a goal written in words ("14 km fun run", "spring half marathon", "5k").
public enum GoalDistance {
    public static func kilometres(in goal: String) -> Double? {
        let text = goal.lowercased()
        if text.contains("half marathon") || text.contains("half-marathon") { return 21.1 }
        if text.contains("marathon") { return 42.2 }
        let scanner = Scanner(string: text)
        scanner.charactersToBeSkipped = nil
        while !scanner.isAtEnd {
            if let number = scanner.scanDouble() {
                _ = scanner.scanCharacters(from: .whitespaces)
                if scanner.scanString("km") != nil || scanner.scanString("k") != nil { return number }
                if scanner.scanString("mile") != nil || scanner.scanString("mi") != nil { return number * DistanceUnit.kilometresPerMile }
            } else {
                _ = scanner.scanCharacter()
            }
        }
        return nil
    }
}
