@testable import BackstrideCore
import Foundation
import Testing

/// The posed figures of the built-in library as bodies in space: what each exercise says rests on something touches
/// it, nothing goes into the floor or a prop in any frame or on the way between them, standing bodies are over their
/// feet, and the exercises a patient could misread show what their cues say.
@Suite struct PoseGeometryTests {
    static let library: ExerciseLibrary = {
        let result = ExerciseLibraryLoader.load([try! ExerciseLibraryTests.builtIn()])
        return result.library!
    }()

    static let ids = library.exercises.map(\.id)

    struct Posed {
        let pose: Pose
        let setup: PoseMotion.Setup
        let frames: [(PoseSolver.Frame, Figure)]

        init(_ pose: Pose) {
            self.pose = pose
            setup = PoseMotion.Setup(position: pose.position, bodyTurn: ViewSetup.bodyTurn(pose.position, pose.view)!,
                                     props: pose.props, balance: pose.balance, anchor: pose.anchor)
            let setup = setup
            frames = zip(pose.frames, pose.solved.frames).map { frame, place in
                let problem = PoseMotion.frame(setup, frame)
                return (problem, problem.figure(place))
            }
        }

        func figure(_ place: Placement) -> Figure {
            Figure(place.angles, rotation: ViewSetup.rotation(setup.bodyTurn, tilt: place.tilt), origin: place.origin)
        }
    }

    static func posed(_ id: String) throws -> Posed { Posed(try #require(library[id]).pose) }

    @Test(arguments: ids)
    func declaredContactsTouchAndNothingSinks(_ id: String) throws {
        let posed = try Self.posed(id)
        for (index, (problem, figure)) in posed.frames.enumerated() {
            for r in problem.requirements {
                let gap = PoseSolver.gap(r, figure, posed.setup.scenery)
                #expect(abs(gap) <= PoseMotion.tolerance, "\(id) frame \(index): \(r.name) is \(gap) from the \(r.surface)")
            }
            for part in figure.parts {
                for blob in part.blobs {
                    #expect(posed.setup.scenery.deepest(blob).depth >= -PoseMotion.tolerance, "\(id) frame \(index): \(part.part) sinks")
                }
            }
            for joint in problem.free {
                #expect(JointRanges.withinSlack(figure.angles, joint), "\(id) frame \(index): \(joint) out of range")
            }
        }
        // On the way from start to end nothing passes through the floor.
        for place in PoseMotion.path(posed.pose) {
            let lowest = posed.figure(place).parts.flatMap(\.blobs).map { $0.centre.y - $0.reach(.unitY) }.min() ?? 0
            #expect(lowest >= posed.setup.scenery.floorLevel - 0.02, "\(id): the path goes into the floor")
        }
    }

    @Test(arguments: ids)
    func standingBodiesAreOverTheirFeet(_ id: String) throws {
        let posed = try Self.posed(id)
        guard posed.pose.balance else { return }
        for (index, (problem, figure)) in posed.frames.enumerated() {
            let outside = try #require(PoseMotion.offBalance(problem, figure, posed.setup.scenery))
            #expect(outside <= PoseMotion.balanceMargin, "\(id) frame \(index) is \(outside) off balance")
        }
    }

    /// Every exercise with an end frame moves something and names it with an arrow (strides compare two speeds).
    @Test(arguments: ids)
    func movementsHaveArrowsAndHoldsAreMarked(_ id: String) throws {
        let pose = try #require(Self.library[id]).pose
        if pose.end == nil {
            #expect(pose.hold || pose.clock, "\(id): one frame and neither a hold nor a clock")
            #expect(PoseMotion.path(pose).isEmpty)
        } else {
            // The pelvic clock's arrow goes round its clock face.
            #expect(!pose.arrows.isEmpty || pose.clock, "\(id) has no arrow")
            #expect(PoseMotion.path(pose).count == PoseMotion.pathSteps)
        }
    }

    // MARK: The pictures the first review found wrong or unreadable

    /// A curl-up lifts the head and shoulders while the low back stays down: not a sit-up.
    @Test func curlUpLiftsHeadAndShouldersWithTheLowBackDown() throws {
        let posed = try Self.posed("curl_up")
        let (startProblem, start) = posed.frames[0], (_, end) = posed.frames[1]
        let scenery = posed.setup.scenery
        func lowest(_ f: Figure, _ part: BodyPart) -> Double { f[part].blobs.map { $0.centre.y - $0.reach(.unitY) }.min()! - scenery.floorLevel }
        #expect(lowest(end, .pelvis) < 0.01)
        #expect(lowest(end, .abdomen) - lowest(start, .abdomen) < 0.01, "the low back lifts")
        let shoulders = { (f: Figure) in f.world(f.skeleton.arms.right.shoulder).y }
        #expect(shoulders(end) - shoulders(start) > 0.035, "the shoulders do not lift")
        #expect(end.point(.head).y - start.point(.head).y > 0.06, "the head does not lift")
        #expect(end.angles.lumbar.flex == startProblem.angles.lumbar.flex, "the low back bends")
        // The trunk does not hinge up as one piece at the hip.
        #expect(abs(posed.pose.solved.end!.tilt - posed.pose.solved.start.tilt) < 3)
    }

    /// A clamshell lies on its side, feet together, top knee lifting away from the bottom one.
    @Test func clamshellOpensTheKneesWithTheFeetTogether() throws {
        let posed = try Self.posed("clamshell")
        #expect(posed.pose.position == .sideLying && posed.pose.view == .front)
        let (_, start) = posed.frames[0], (_, end) = posed.frames[1]
        func knees(_ f: Figure) -> Double { f.point(.knee(.right)).distance(to: f.point(.knee(.left))) }
        func ankles(_ f: Figure) -> Double { f.world(f.skeleton.legs.right.ankle).distance(to: f.world(f.skeleton.legs.left.ankle)) }
        #expect(knees(end) - knees(start) > 0.08, "the knees do not open")
        #expect(ankles(end) < 0.06 && ankles(start) < 0.06, "the feet come apart: \(ankles(start)) m, then \(ankles(end)) m")
        // Lying on the side: the body's right side faces up.
        #expect((end.rotation * Vector3.unitZ).y > 0.9)
    }

    /// A bird dog reaches one arm and the opposite leg out in line with the trunk ("level with your body").
    @Test func birdDogReachesOppositeArmAndLegLevelWithTheTrunk() throws {
        let posed = try Self.posed("bird_dog")
        let (_, end) = posed.frames[1]
        let shoulder = end.world(end.skeleton.arms.left.shoulder), hand = end.point(.hand(.left))
        let hip = end.world(end.skeleton.legs.right.hip), foot = end.point(.foot(.right))
        let trunk = (end.world(end.skeleton.chestTop.origin) - end.origin).normalized
        func degrees(_ a: Vector3, _ b: Vector3) -> Double { acos(max(-1, min(1, a.normalized.dot(b.normalized)))) * 180 / .pi }
        #expect(degrees(hand - shoulder, trunk) < 15, "the arm is not in line with the trunk")
        #expect(degrees(hip - foot, trunk) < 15, "the leg is not in line with the trunk")
        #expect(hand.x > shoulder.x + 0.3 && foot.x < hip.x - 0.35, "arm forward, leg back")
        // The other hand and knee stay down.
        #expect(end.point(.hand(.right)).y < 0.06 && end.point(.knee(.left)).y < 0.07)
    }

    /// The figure-4 stretch rests one ankle on the other knee, in every frame: the same ankle throughout.
    @Test func figureFourRestsOneAnkleOnTheOtherKnee() throws {
        let posed = try Self.posed("piriformis_stretch")
        func gap(_ figure: Figure, ankle side: Side) -> Double {
            let ankle = side == .right ? figure.skeleton.legs.right.ankle : figure.skeleton.legs.left.ankle
            return figure.world(ankle).distance(to: figure.point(.knee(side == .right ? .left : .right)))
        }
        let crossing: Side = gap(posed.frames[0].1, ankle: .left) < gap(posed.frames[0].1, ankle: .right) ? .left : .right
        for (_, figure) in posed.frames {
            #expect(gap(figure, ankle: crossing) < 0.09, "the \(crossing) ankle is \(gap(figure, ankle: crossing)) from the other knee")
        }
    }

    // MARK: The solver on its own

    /// Hook lying with free ankles: back, head and feet all come to rest on the floor, the soles flat.
    @Test func theSolverRestsDeclaredPartsOnTheFloor() throws {
        var angles = BodyAngles()
        angles.hip = Sided(both: JointTurn(flex: 50))
        angles.knee = Sided(both: 112)
        let frame = PoseFrame(angles: angles, contacts: [Contact(.back, on: .floor), Contact(.foot, on: .floor)],
                              free: [FreeJoint(.ankle, .right), FreeJoint(.ankle, .left)])
        let setup = PoseMotion.Setup(position: .supine, bodyTurn: ViewSetup.bodyTurn(.supine, .side)!, props: [], balance: true)
        let (solved, problems) = PoseMotion.solve(setup, start: frame, end: nil)
        #expect(problems.isEmpty)
        let figure = PoseMotion.frame(setup, frame).figure(solved.start)
        for r in PoseSolver.requirements(frame.contacts) {
            #expect(abs(PoseSolver.gap(r, figure, setup.scenery)) < 0.002, "\(r.name)")
        }
        #expect(solved.start.angles.ankle.right < -10, "a flat foot under a bent knee points the ankle")
    }

    /// A lunge named with an anchor keeps that foot still: a forward lunge steps the front foot out, not the back one back.
    @Test func anAnchoredFootStaysWhereItWas() throws {
        let posed = try Self.posed("forward_lunge")
        let (_, start) = posed.frames[0], (_, end) = posed.frames[1]
        // The ball of the back foot stays put while its heel comes up.
        #expect(start[.foot(.left)].blobs[2].centre.distance(to: end[.foot(.left)].blobs[2].centre) < 0.03)
        #expect(end.point(.foot(.right)).x - start.point(.foot(.right)).x > 0.2)
    }
}

extension PoseGeometryTests {
    /// The format guide's full example is the built-in glute bridge, word for word, so the two cannot drift apart.
    @Test func theFormatGuidesExampleIsTheBuiltInFile() throws {
        let guide = try String(contentsOf: TestPaths.repository.appendingPathComponent("docs/exercise-format.md"), encoding: .utf8)
        let example = try #require(guide.components(separatedBy: "## A full example").last?.components(separatedBy: "```yaml\n").dropFirst().first?
            .components(separatedBy: "```").first)
        let file = try String(contentsOf: TestPaths.repository.appendingPathComponent("Assets/exercises/glute_bridge.yaml"), encoding: .utf8)
        #expect(example == file)
    }
}
