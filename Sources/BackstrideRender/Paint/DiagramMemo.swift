import BackstrideCore

/// The marks of the pictures one worker has drawn, by pose and picture size. A batch prints the same few dozen
/// exercises on thousands of cards, and placing a figure (its outline, props and arrows routed round the body) cost
/// a tenth of a batch's time. A picture is always placed in a frame of its size at the page's corner and then moved
/// to its card, remembered or not, so what is printed never depends on what the worker drew before.
/// Not Sendable: one per painter, like the painter's text engine.
final class DiagramMemo {
    private struct Size: Hashable, Sendable {
        let width, height: Double
    }

    /// A picture worked out: its marks at the page corner, and its PDF form once one is asked for.
    private final class Picture {
        let pose: Pose
        let marks: [DiagramMark]
        var form: PictureForm??

        init(_ pose: Pose, _ marks: [DiagramMark], form: PictureForm?? = nil) {
            self.pose = pose
            self.marks = marks
            self.form = form
        }
    }

    private var drawn: [Size: [Picture]] = [:]
    private var count = 0
    private var ahead: Ahead?
    /// Pictures come in a handful of sizes (paper, print size, picture beside or above the cues), so this holds a
    /// whole library several times over; the bound is for a clinic library of thousands of exercises.
    static let limit = 500

    func marks(_ pose: Pose, in frame: Rect) -> [DiagramMark] {
        picture(pose, frame).marks.map { $0.moved(by: frame.x, frame.y) }
    }

    /// The picture written as a PDF form (see `PictureForm`), worked out once and then kept with its marks.
    func form(_ pose: Pose, in frame: Rect) -> PictureForm? {
        let picture = picture(pose, frame)
        if let form = picture.form { return form }
        let form = PictureForm.make(picture.marks, width: frame.width, height: frame.height)
        picture.form = .some(form)
        return form
    }

    private func picture(_ pose: Pose, _ frame: Rect) -> Picture {
        let size = Size(width: frame.width, height: frame.height)
        if known(pose, size) == nil, let ahead {
            self.ahead = nil
            for picture in ahead.results() { remember(picture.size, picture.picture) }
        }
        if let known = known(pose, size) { return known }
        let picture = Picture(pose, Self.draw(pose, size))
        remember(size, picture)
        return picture
    }

    private func known(_ pose: Pose, _ size: Size) -> Picture? {
        drawn[size]?.first { $0.pose == pose }
    }

    /// Starts working out, on other cores, the pictures of these pages that are not remembered yet, while the
    /// pages before them are painted. A single handout's first pages have no pictures, and working its pictures
    /// out one after another was a fifth of its painting time. Each picture is the same whichever thread draws it.
    /// With `forms`, each picture's PDF form is made there too.
    func prepare(_ pages: [LaidOutPage], forms: Bool) {
        var wanted: [(pose: Pose, size: Size)] = []
        for page in pages {
            for case let .diagram(pose, frame) in page.items {
                let size = Size(width: frame.width, height: frame.height)
                if known(pose, size) != nil || wanted.contains(where: { $0.size == size && $0.pose == pose }) { continue }
                wanted.append((pose, size))
            }
        }
        // One missing picture (a batch's usual case) is drawn when it is reached: no thread is worth starting.
        guard wanted.count > 1, ahead == nil else { return }
        ahead = Ahead(wanted, forms: forms)
    }

    private func remember(_ size: Size, _ picture: Picture) {
        if count >= Self.limit {
            drawn = [:]
            count = 0
        }
        drawn[size, default: []].append(picture)
        count += 1
    }

    private static func draw(_ pose: Pose, _ size: Size) -> [DiagramMark] {
        DiagramDrawing(pose, in: Rect(x: 0, y: 0, width: size.width, height: size.height)).marks
    }

    /// Pictures being worked out on other threads, each its own piece of work; `results()` waits for all of them.
    private struct Ahead {
        typealias Work = (marks: [DiagramMark], form: PictureForm??)
        let pictures: [(pose: Pose, size: Size, work: StartedEarly<Work>)]

        init(_ wanted: [(pose: Pose, size: Size)], forms: Bool) {
            pictures = wanted.map { pose, size in
                (pose, size, StartedEarly {
                    let marks = DiagramMemo.draw(pose, size)
                    return (marks, forms ? .some(PictureForm.make(marks, width: size.width, height: size.height)) : nil)
                })
            }
        }

        func results() -> [(size: Size, picture: Picture)] {
            // Working out a picture does not throw.
            pictures.compactMap { wanted in
                (try? wanted.work.value()).map { (wanted.size, Picture(wanted.pose, $0.marks, form: $0.form)) }
            }
        }
    }
}
