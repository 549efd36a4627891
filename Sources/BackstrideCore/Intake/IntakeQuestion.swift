/// One question of the self-guided questionnaire: its id (the key in an `--answers` file), the words a runner
/// reads, and how an answer is checked.
public struct IntakeQuestion: Sendable {
    public enum Kind: Sendable, Equatable {
        case yesNo
        case integer(ClosedRange<Int>)
        case number(ClosedRange<Double>)
        /// A distance in `unit` (km or mi); "20km" or "12 miles" are understood, the other unit converted.
        case distance(ClosedRange<Double>, unit: DistanceUnit)
        case text
        case date
        case time
        case choice([String])
        case days
        case equipment
    }

    public let id: String
    public let prompt: String
    /// One or two sentences that explain the question or the self-test.
    public let help: String?
    public let kind: Kind
    /// Shown in brackets and used for an empty answer; nil means the question must be answered, or may be
    /// skipped when `optional`.
    public let defaultAnswer: String?
    public let optional: Bool

    public init(_ id: String, _ prompt: String, help: String? = nil, kind: Kind, default defaultAnswer: String? = nil, optional: Bool = false) {
        self.id = id
        self.prompt = prompt
        self.help = help
        self.kind = kind
        self.defaultAnswer = defaultAnswer
        self.optional = optional
    }

    /// The answer in a normal form, or why it is not acceptable (in words for the runner).
    public func check(_ raw: String) -> Result<String?, IntakeAnswerError> {
        let text = raw.trimmingWhitespace
        if text.isEmpty {
            if let defaultAnswer { return check(defaultAnswer) }
            return optional ? .success(nil) : .failure(.init("Please answer this one."))
        }
        switch kind {
        case .yesNo:
            switch text.lowercased() {
            case "y", "yes", "true": return .success("yes")
            case "n", "no", "false": return .success("no")
            default: return .failure(.init("Please answer yes or no."))
            }
        case .integer(let range):
            guard let n = Int(text), range.contains(n) else {
                return .failure(.init("Please give a whole number from \(range.lowerBound) to \(range.upperBound)."))
            }
            return .success(String(n))
        case .number(let range):
            guard let n = Double(text), range.contains(n) else {
                return .failure(.init("Please give a number from \(NodeReader.format(range.lowerBound)) to \(NodeReader.format(range.upperBound))."))
            }
            return .success(NodeReader.format(n))
        case .distance(let range, let unit):
            guard let n = Self.distance(text, in: unit), range.contains(n) else {
                return .failure(.init("Please give a distance in \(unit.rawValue) from \(NodeReader.format(range.lowerBound)) to \(NodeReader.format(range.upperBound)), for example 20 or 20 \(unit.rawValue)."))
            }
            return .success(NodeReader.format(n))
        case .text:
            guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                return .failure(.init("Please type plain text on one line."))
            }
            return .success(text)
        case .date:
            guard let date = CalendarDate(iso: text) else { return .failure(.init("Please write the date as YYYY-MM-DD, for example 2027-03-14.")) }
            return .success(date.iso)
        case .time:
            let parts = text.split(separator: ":")
            guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m) else {
                return .failure(.init("Please write the time as hours:minutes, for example 07:30."))
            }
            return .success((h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)")
        case .choice(let options):
            let key = VocabularyText.normalise(text)
            if let match = options.first(where: { VocabularyText.normalise($0) == key }) ?? (Paper.match(text)?.rawValue).flatMap({ options.contains($0) ? $0 : nil })
                ?? (DistanceUnit.match(text)?.rawValue).flatMap({ options.contains($0) ? $0 : nil }) {
                return .success(match)
            }
            return .failure(.init("Please answer one of: \(options.joined(separator: ", "))."))
        case .days:
            var days: [Weekday] = []
            for piece in text.split(separator: ",").map({ $0.trimmingWhitespace }) where !piece.isEmpty {
                guard let day = Weekday.match(piece) else {
                    return .failure(.init("\"\(piece)\" is not a day. Write days like: mon, wed, sat."))
                }
                if !days.contains(day) { days.append(day) }
            }
            return days.isEmpty ? .failure(.init("Please name at least one day.")) : .success(days.sorted().map(\.rawValue).joined(separator: ", "))
        case .equipment:
            var items: [Equipment] = []
            for piece in text.split(separator: ",").map({ $0.trimmingWhitespace }) where !piece.isEmpty {
                guard let item = Equipment.match(piece) else {
                    return .failure(.init("\"\(piece)\" is not on the list: \(Equipment.words.joined(separator: ", "))."))
                }
                if !items.contains(item) { items.append(item) }
            }
            return .success(items.map(\.rawValue).joined(separator: ", "))
        }
    }
}

extension IntakeQuestion {
    static let unitWords: [String: DistanceUnit] = [
        "km": .km, "k": .km, "kms": .km, "kilometre": .km, "kilometres": .km, "kilometer": .km, "kilometers": .km,
        "mi": .mi, "mile": .mi, "miles": .mi,
    ]

    /// "20", "20km", "20 km", "12.5 miles": the number in `unit`, converted (to one decimal) when written in the other.
    static func distance(_ text: String, in unit: DistanceUnit) -> Double? {
        let lower = text.lowercased()
        let digits = lower.prefix { $0.isNumber || $0 == "." || $0 == "," }
        let word = lower.dropFirst(digits.count).trimmingWhitespace
        guard let value = Double(digits.replacingOccurrences(of: ",", with: ".")), value.isFinite else { return nil }
        guard !word.isEmpty else { return value }
        guard let written = unitWords[word] else { return nil }
        if written == unit { return value }
        let converted = written == .km ? value / 1.609344 : value * 1.609344
        return (converted * 10).rounded() / 10
    }
}

public struct IntakeAnswerError: Error, Equatable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
