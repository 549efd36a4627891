@testable import BackstrideRender
import BackstrideCore
import Testing

/// A worker keeps what it has made (laid-out paragraphs, placed pictures) for the next client. What it prints must not
/// depend on what it printed before: a handout made by a worker that has made others is the same file, byte for byte,
/// as one made by a new worker, and its pages are the same whether made for PDF or after a preview.
@Suite struct WorkerReuseTests {
    @Test func aHandoutDoesNotDependOnTheHandoutsBeforeIt() throws {
        let sam = try RenderTestSupport.example("sam-rivera.yaml")
        let jordan = try RenderTestSupport.example("jordan-self-guided.yaml")
        let fresh = try RenderTestSupport.handout(sam, renderer: try Renderer(fonts: nil, pictures: DiagramMemo())).pdf
        let worker = try Renderer(fonts: nil, pictures: DiagramMemo())
        _ = try RenderTestSupport.handout(jordan, renderer: worker)
        let afterAnother = try RenderTestSupport.handout(sam, renderer: worker)
        // A preview draws the same paragraphs and pictures on a scaled image: it must not change the next PDF either.
        for page in afterAnother.pages.prefix(12) { _ = try worker.png(page, dpi: 40) }
        let again = try RenderTestSupport.handout(sam, renderer: worker).pdf
        #expect(afterAnother.pdf == fresh, "a worker that made another handout first wrote other bytes")
        #expect(again == fresh, "a worker that made previews first wrote other bytes")
        #expect(afterAnother.pages.contains { page in page.items.contains { if case .diagram = $0 { true } else { false } } },
                "the handout has pictures, so the remembered ones are used")
    }

    @Test func aRememberedPictureIsPlacedLikeANewOne() throws {
        let library = try RenderTestSupport.library()
        let memo = DiagramMemo()
        let frame = Rect(x: 40, y: 300, width: 220, height: 120)
        let corner = Rect(x: 0, y: 0, width: 220, height: 120)
        for exercise in library.exercises {
            let first = memo.marks(exercise.pose, in: frame)
            #expect(memo.marks(exercise.pose, in: frame) == first, "\(exercise.id): remembered differs from new")
            #expect(first == DiagramDrawing(exercise.pose, in: corner).marks.map { $0.moved(by: 40, 300) }, "\(exercise.id)")
            // Where drawing it straight into the frame puts it, to far below a printer's dot.
            let direct = Self.numbers(DiagramDrawing(exercise.pose, in: frame).marks), moved = Self.numbers(first)
            #expect(direct.count == moved.count && zip(direct, moved).allSatisfy { abs($0 - $1) < 1e-9 }, "\(exercise.id) moved")
        }
        // The same pose in another place is the same picture moved there.
        let squat = try #require(library["squat"]).pose
        let elsewhere = memo.marks(squat, in: Rect(x: 41, y: 500, width: 220, height: 120))
        #expect(elsewhere == DiagramDrawing(squat, in: corner).marks.map { $0.moved(by: 41, 500) })
        #expect(Self.numbers(elsewhere) != Self.numbers(memo.marks(squat, in: frame)))
    }

    /// Pictures worked out ahead on other threads, while earlier pages are painted, are the ones drawn in place.
    @Test func picturesWorkedOutAheadAreTheOnesDrawnInPlace() throws {
        let library = try RenderTestSupport.library()
        let memo = DiagramMemo()
        let frames = library.exercises.indices.map { Rect(x: 30 + Double($0 % 3), y: 200 + Double($0), width: 220, height: 120) }
        let page = LaidOutPage(size: .a4, items: zip(library.exercises, frames).map { .diagram($0.pose, frame: $1) })
        memo.prepare([page], forms: true)
        for (exercise, frame) in zip(library.exercises, frames) {
            let corner = Rect(x: 0, y: 0, width: frame.width, height: frame.height)
            #expect(memo.marks(exercise.pose, in: frame) == DiagramDrawing(exercise.pose, in: corner).marks.map { $0.moved(by: frame.x, frame.y) },
                    "\(exercise.id): worked out ahead differs from drawn in place")
        }
    }

    private static func numbers(_ marks: [DiagramMark]) -> [Double] {
        var out: [Double] = []
        for mark in marks {
            if case let .clip(r) = mark { out += [r.x, r.y, r.width, r.height] }
            _ = mark.mapped { out += [$0.x, $0.y]; return $0 }
        }
        return out
    }
}
