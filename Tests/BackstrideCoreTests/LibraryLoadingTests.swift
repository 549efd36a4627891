@testable import BackstrideCore
import Testing

/// The shortcuts that make loading the library fast must give what the slow ways gave: the same words, the same
/// order of free joints (solved poses depend on it), and cache keys that tell different poses apart.
@Suite struct LibraryLoadingTests {
    @Test(arguments: ["hip_flexors_tight", "Hip flexors tight", "  glute-medius ", "core__endurance", "_tue", "wed_", "",
                      "SAT", "hips", "week 2", "knee\tdown", "9", "a_b_c", "é_a"])
    func aWordAlreadyInNormalFormIsReturnedAsItIs(_ text: String) {
        #expect(VocabularyText.normalise(text) == VocabularyText.normaliseInFull(text), "\(text)")
    }

    /// Free joints were once sorted by their printed descriptions; cached solutions and pictures rest on that order.
    @Test func freeJointsKeepTheOrderTheirDescriptionsGave() {
        var joints: [FreeJoint] = []
        for name in FreeJoint.Name.allCases {
            for side in [nil, Side.left, .right] {
                for component in FreeJoint.Component.allCases { joints.append(FreeJoint(name, side, component)) }
            }
        }
        let byDescription = joints.sorted { "\($0)" < "\($1)" }
        for shuffled in [joints, joints.reversed(), joints.shuffled(), joints.shuffled()] {
            #expect(shuffled.sorted(by: FreeJoint.solverOrder) == byDescription)
        }
    }

    @Test func equalPosesShareAKeyAndDifferentOnesDoNot() throws {
        var angles = BodyAngles()
        angles.hip[.left].flex = 40
        let frame = PoseFrame(angles: angles, contacts: [], free: [FreeJoint(.ankle, .left)])
        #expect(try KeyEncoder.key(frame) == KeyEncoder.key(frame))
        var bent = frame
        bent.angles.hip[.left].flex = 40.000000001
        var tilted = frame
        tilted.tilt = 1
        var freer = frame
        freer.free.append(FreeJoint(.knee))
        let keys = try [frame, bent, tilted, freer].map(KeyEncoder.key)
        #expect(Set(keys).count == 4, "\(keys)")
    }

    /// Each value is written with its path, so nesting and text cannot make two different values read the same.
    @Test func nestingAndTextCannotMakeTwoValuesAlike() throws {
        struct Pair: Encodable { var a: [[Int]]; var b: [Int] }
        struct Words: Encodable { var x: String; var y: String? }
        #expect(try KeyEncoder.key(Pair(a: [[1, 2]], b: [3])) != KeyEncoder.key(Pair(a: [[1, 2, 3]], b: [])))
        #expect(try KeyEncoder.key(Pair(a: [[1], [2]], b: [])) != KeyEncoder.key(Pair(a: [[1, 2]], b: [])))
        #expect(try KeyEncoder.key(Words(x: "1;.y=1:2", y: nil)) != KeyEncoder.key(Words(x: "1", y: "2")))
        #expect(try KeyEncoder.key(Words(x: "", y: "")) != KeyEncoder.key(Words(x: "", y: nil)))
        #expect(try KeyEncoder.key(0.1 + 0.2) != KeyEncoder.key(0.3))
    }
}
