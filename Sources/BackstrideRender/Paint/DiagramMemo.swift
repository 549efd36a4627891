import BackstrideCore
import Dispatch
import Foundation

/// The pictures worked out so far, by pose and picture size: their marks and their PDF forms. A batch prints the same
/// few dozen exercises on thousands of cards, and working a picture out (its outline, props and arrows routed round
/// the body, then its form) cost more than painting the card. One memo serves every worker of a process (`shared`),
/// so a picture is worked out once however many workers print it; the first to need it works it out and any other
/// waits for it. A picture is always worked out in a frame of its size at the page's corner and moved to its card,
/// so what is printed never depends on which worker worked it out, or when. With a shelf, forms kept by an earlier run
/// are taken from it and new ones put on it.
final class DiagramMemo: @unchecked Sendable {
    static let shared = DiagramMemo(shelf: .standard)
    private let shelf: PictureFormShelf?

    init(shelf: PictureFormShelf? = nil) {
        self.shelf = shelf
    }

    private struct Size: Hashable, Sendable {
        let width, height: Double
    }

    /// One picture, worked out at most once: the first caller does the work under the picture's lock.
    private final class Picture: @unchecked Sendable {
        let pose: Pose
        let size: Size
        private let lock = NSLock()
        private var marks: [DiagramMark]?
        private var form: PictureForm??

        init(_ pose: Pose, _ size: Size) {
            self.pose = pose
            self.size = size
        }

        func drawn() -> [DiagramMark] {
            lock.withLock { drawnLocked() }
        }

        func asForm(_ shelf: PictureFormShelf?) -> PictureForm? {
            lock.withLock {
                if let form { return form }
                let key = shelf.flatMap { _ in PictureFormShelf.key(pose, width: size.width, height: size.height) }
                if let shelf, let key, let kept = shelf.form(key) {
                    form = .some(kept)
                    return kept
                }
                let made = PictureForm.make(drawnLocked(), width: size.width, height: size.height)
                if let shelf, let key, let made { shelf.keep(made, key) }
                form = .some(made)
                return made
            }
        }

        private func drawnLocked() -> [DiagramMark] {
            if let marks { return marks }
            let made = DiagramDrawing(pose, in: Rect(x: 0, y: 0, width: size.width, height: size.height)).marks
            marks = made
            return made
        }
    }

    private let lock = NSLock()
    private var pictures: [Size: [Picture]] = [:]
    private var count = 0
    /// Pictures come in a handful of sizes (paper, print size, picture beside or above the cues), so this holds a
    /// whole library several times over; the bound is for a clinic library of thousands of exercises.
    static let limit = 500

    func marks(_ pose: Pose, in frame: Rect) -> [DiagramMark] {
        picture(pose, frame).drawn().map { $0.moved(by: frame.x, frame.y) }
    }

    /// The picture written as a PDF form (see `PictureForm`); nil when it cannot be one and is painted straight.
    func form(_ pose: Pose, in frame: Rect) -> PictureForm? {
        picture(pose, frame).asForm(shelf)
    }

    /// Starts working out, on other cores, the pictures of these pages, while the pages before them are painted.
    /// A single handout's first pages have no pictures, and working its pictures out one after another was a fifth
    /// of its painting time. With `forms`, each picture's PDF form is made there too.
    func prepare(_ pages: [LaidOutPage], forms: Bool) {
        var fresh: [Picture] = []
        for page in pages {
            for case let .diagram(pose, frame) in page.items {
                let (picture, isNew) = entry(pose, Size(width: frame.width, height: frame.height))
                if isNew { fresh.append(picture) }
            }
        }
        // One missing picture (a batch's usual case) is worked out when it is reached: no thread is worth starting.
        guard fresh.count > 1 else { return }
        for picture in fresh {
            DispatchQueue.global().async { if forms { _ = picture.asForm(self.shelf) } else { _ = picture.drawn() } }
        }
    }

    private func picture(_ pose: Pose, _ frame: Rect) -> Picture {
        entry(pose, Size(width: frame.width, height: frame.height)).picture
    }

    /// The picture's entry, made (not yet worked out) when there is none.
    private func entry(_ pose: Pose, _ size: Size) -> (picture: Picture, isNew: Bool) {
        lock.withLock {
            if let known = pictures[size]?.first(where: { $0.pose == pose }) { return (known, false) }
            if count >= Self.limit {
                pictures = [:]
                count = 0
            }
            let picture = Picture(pose, size)
            pictures[size, default: []].append(picture)
            count += 1
            return (picture, true)
        }
    }
}
