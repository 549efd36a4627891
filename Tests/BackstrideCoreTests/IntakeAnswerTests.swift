import BackstrideCore
import Testing

/// How `init` understands what a runner types for a distance.
@Suite struct IntakeAnswerTests {
    let weekly = IntakeQuestion("weekly", "How far do you run in a week (in km)?", kind: .distance(0...300, unit: .km))

    @Test func aDistanceMayCarryItsUnit() {
        for typed in ["20", "20km", "20 km", "20 KM", "20 kilometres", "20,0 km"] {
            #expect(weekly.check(typed) == .success("20"), "\(typed)")
        }
        #expect(weekly.check("10 miles") == .success("16.1"), "the other unit is converted")
        let inMiles = IntakeQuestion("weekly", "How far (in miles)?", kind: .distance(0...186, unit: .mi))
        #expect(inMiles.check("16.1km") == .success("10"))
    }

    @Test func aWrongDistanceSaysWhatIsAccepted() {
        for typed in ["20 furlongs", "far", "-5", "400"] {
            guard case .failure(let error) = weekly.check(typed) else {
                Issue.record("\(typed) was accepted")
                continue
            }
            #expect(error.message == "Please give a distance in km from 0 to 300, for example 20 or 20 km.")
        }
    }
}
