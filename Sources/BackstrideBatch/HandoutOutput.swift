import BackstrideCore
import BackstrideRender

/// One client's handout written to a folder: the PDF, and on request the calendar file and page previews.
/// Shared by `render`, `batch` and `init`, so the three write the same files the same way.
public struct HandoutOutput: Sendable {
    public var library: ExerciseLibrary
    public var wording: HandoutWording
    public var folder: String
    public var ics = false
    public var png = false

    public init(library: ExerciseLibrary, wording: HandoutWording, folder: String, ics: Bool = false, png: Bool = false) {
        self.library = library
        self.wording = wording
        self.folder = folder
        self.ics = ics
        self.png = png
    }

    public struct Written: Sendable {
        /// File names, relative to the folder.
        public var files: [String]
        public var pages: Int
        public var bytes: Int
    }

    public func write(plan: Plan, profile: ClientProfile, options: HandoutOptions, renderer: Renderer) throws -> Written {
        let stem = SafeName.stem(profile.client.id)
        let (pdf, pages) = try renderer.handout(plan: plan, profile: profile, library: library, wording: wording, options: options)
        try OutputFiles.write(pdf, to: folder + "/" + stem + ".pdf")
        var written = Written(files: [stem + ".pdf"], pages: pages.count, bytes: pdf.count)
        if ics, let calendar = renderer.calendar(plan: plan, profile: profile, library: library, wording: wording, uidPrefix: stem) {
            try OutputFiles.write(calendar, to: folder + "/" + stem + ".ics")
            written.files.append(stem + ".ics")
            written.bytes += calendar.count
        }
        if png {
            for (i, page) in pages.enumerated() {
                let image = try renderer.png(page)
                try OutputFiles.write(image, to: folder + "/" + stem + "-\(i + 1).png")
                written.bytes += image.count
            }
        }
        return written
    }
}
