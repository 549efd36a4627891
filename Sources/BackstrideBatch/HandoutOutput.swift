import BackstrideCore
import BackstrideRender
import Foundation

/// One client's handout written to a folder: the PDF, and on request the calendar file and page previews.
/// Shared by `render`, `batch` and `init`, so the three write, keep and remove files the same way.
///
/// Nothing of an old plan outlives it: a calendar the new plan does not have (a plan now withheld) and
/// previews of pages that no longer exist are removed when the handout is written again. And a handout is
/// never replaced by another client's: the stamp inside the existing PDF must name the same client, unless
/// `force` says to replace it anyway.
public struct HandoutOutput: Sendable {
    public var library: ExerciseLibrary
    public var wording: HandoutWording
    public var folder: OutputFolder
    public var ics = false
    public var png = false
    public var pngDPI = Renderer.previewDPI
    /// Replace a file even when it was made for another client, or not by Backstride.
    public var force = false

    public init(library: ExerciseLibrary, wording: HandoutWording, folder: OutputFolder, ics: Bool = false, png: Bool = false) {
        self.library = library
        self.wording = wording
        self.folder = folder
        self.ics = ics
        self.png = png
    }

    public struct Written: Sendable {
        /// File names, relative to the folder.
        public var files: [String]
        /// Files of this client's earlier handout removed because the new one does not have them.
        public var removed: [String] = []
        public var pages: Int
        public var bytes: Int
        /// False when the existing files were kept because nothing they depend on changed.
        public var rendered = true
    }

    /// The file exists and belongs to another client (or to no Backstride run at all).
    public struct OtherClient: Error, CustomStringConvertible, Sendable {
        public let path: String
        public let stamped: Bool

        public var description: String {
            let whose = stamped ? "the handout of another client (a different name or id)" : "not a handout Backstride made for this client"
            return "\(path): error: not replaced: it is \(whose)\n"
                + "  hint: give each client their own `id`, write to another folder with -o, or use --force to replace it"
        }
    }

    public func write(plan: Plan, profile: ClientProfile, options: HandoutOptions, renderer: Renderer, inputs: String) throws -> Written {
        let stem = SafeName.stem(profile.client.id)
        let stamp = OutputStamp(profile: profile, inputs: inputs)
        try claim(stem + ".pdf", for: stamp)
        let (pdf, pages) = try renderer.handout(plan: plan, profile: profile, library: library, wording: wording, options: options,
                                                keywords: stamp.text)
        try folder.write(pdf, to: stem + ".pdf")
        var written = Written(files: [stem + ".pdf"], pages: pages.count, bytes: pdf.count)
        let calendar = ics ? renderer.calendar(plan: plan, profile: profile, library: library, wording: wording, uidPrefix: stem,
                                               stamp: stamp.tokens) : nil
        if let calendar {
            try folder.write(calendar, to: stem + ".ics")
            written.files.append(stem + ".ics")
            written.bytes += calendar.count
        } else if try removeIfOwned(stem + ".ics", by: [stamp.client]) {
            written.removed.append(stem + ".ics")
        }
        written.removed += try removePreviews(of: stem)
        if png {
            let digits = max(2, String(pages.count).count)
            for (i, page) in pages.enumerated() {
                let image = try renderer.png(page, dpi: pngDPI)
                let name = stem + "-" + String(repeating: "0", count: digits - String(i + 1).count) + "\(i + 1).png"
                try folder.write(image, to: name)
                written.files.append(name)
                written.bytes += image.count
            }
            written.removed.removeAll { written.files.contains($0) }
        }
        return written
    }

    /// The existing files, when they were made for this client from exactly `inputs`: nothing to render again.
    public func unchanged(plan: Plan, profile: ClientProfile, inputs: String) -> Written? {
        guard !force else { return nil }
        let stem = SafeName.stem(profile.client.id)
        let stamp = OutputStamp(profile: profile, inputs: inputs)
        guard let pdf = folder.read(stem + ".pdf"), OutputStamp.read(pdf) == stamp, let pages = Self.pageCount(pdf) else { return nil }
        var files = [stem + ".pdf"]
        if ics, !plan.withheld {
            guard let calendar = folder.read(stem + ".ics"), OutputStamp.read(calendar) == stamp else { return nil }
            files.append(stem + ".ics")
        }
        return Written(files: files, pages: pages, bytes: 0, rendered: false)
    }

    /// A client whose profile is now invalid (or refused) has no current handout: their old one must not stay
    /// in the folder looking current. Removes the handout, calendar and previews under `stem` whose stamp names
    /// one of `clients` (but not those stamped `keeping`: made from the current inputs); returns what it removed.
    public func removeStale(stem: String, clients: Set<String>, keeping current: OutputStamp? = nil) throws -> [String] {
        var removed: [String] = []
        if try removeIfOwned(stem + ".pdf", by: clients, keeping: current) {
            removed.append(stem + ".pdf")
            removed += try removePreviews(of: stem)
        }
        if try removeIfOwned(stem + ".ics", by: clients, keeping: current) { removed.append(stem + ".ics") }
        return removed
    }

    /// Refuses to replace `relative` when it exists and its stamp names another client.
    public func claim(_ relative: String, for stamp: OutputStamp) throws {
        guard !force, folder.exists(relative) else { return }
        let existing = folder.read(relative).flatMap(OutputStamp.read)
        guard existing?.client != stamp.client else { return }
        throw OtherClient(path: folder.child(relative), stamped: existing != nil)
    }

    func removeIfOwned(_ relative: String, by clients: Set<String>, keeping current: OutputStamp? = nil) throws -> Bool {
        guard let stamp = folder.read(relative).flatMap(OutputStamp.read), clients.contains(stamp.client), stamp != current else { return false }
        return try folder.remove(relative)
    }

    /// `<stem>-<digits>.png`: page previews. Unambiguous, since another client's previews always end in
    /// `-<their stem>-<digits>.png` and a page number is only digits.
    func removePreviews(of stem: String) throws -> [String] {
        var removed: [String] = []
        for name in folder.names() where name.hasPrefix(stem + "-") && name.hasSuffix(".png") {
            let page = name.dropFirst(stem.count + 1).dropLast(4)
            if !page.isEmpty, page.allSatisfy(\.isASCII), page.allSatisfy(\.isNumber), try folder.remove(name) { removed.append(name) }
        }
        return removed
    }

    /// The page count of a PDF cairo wrote: the `/Count` of its page tree.
    static func pageCount(_ pdf: [UInt8]) -> Int? {
        let text = String(decoding: pdf, as: UTF8.self)
        guard let tree = text.range(of: "/Type /Pages"), let count = text.range(of: "/Count ", range: tree.upperBound..<text.endIndex) else { return nil }
        return Int(text[count.upperBound...].prefix { $0.isNumber })
    }
}
