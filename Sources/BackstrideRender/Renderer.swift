import BackstrideCore

/// One worker's renderer: fonts, a Pango context and a painter, reused for every document it makes.
/// Not Sendable; make one per thread.
public final class Renderer {
    public let engine: TextEngine
    public let fonts: FontLibrary
    let painter: PagePainter
    private let phrases = PhraseMemo()
    /// Seconds the last handout spent laying out and painting, for `render --stats`.
    public private(set) var lastTiming: (layout: Double, paint: Double) = (0, 0)

    public convenience init(fonts: FontLibrary? = nil) throws {
        try self.init(fonts: fonts, pictures: .shared)
    }

    /// With its own picture memo, for tests of a renderer that has drawn nothing yet.
    init(fonts: FontLibrary?, pictures: DiagramMemo) throws {
        self.fonts = try fonts ?? FontLibrary()
        engine = try TextEngine(fonts: self.fonts)
        painter = PagePainter(text: engine, diagrams: pictures)
    }

    public func catalogue(_ library: ExerciseLibrary, size: PageSize, date: CalendarDate) throws -> [UInt8] {
        let pages = CatalogueLayout(engine: engine, size: size).pages(library)
        return try painter.pdf(pages, metadata: PDFMetadata(title: "Backstride exercise library", author: "Backstride",
                                                            subject: "Exercise catalogue", date: date))
    }

    /// The laid-out pages of a client's handout (or referral, when the plan is withheld).
    public func handoutPages(plan: Plan, profile: ClientProfile, library: ExerciseLibrary, wording: HandoutWording,
                             options: HandoutOptions) -> [LaidOutPage] {
        HandoutLayout(engine: engine, wording: wording.remembering(in: phrases), options: options, plan: plan, profile: profile,
                      library: library).pages()
    }

    /// The handout as PDF bytes, dated by the plan's `today` so the same input gives the same bytes.
    /// `keywords` carries the caller's stamp (see BackstrideBatch's OutputStamp).
    public func handout(plan: Plan, profile: ClientProfile, library: ExerciseLibrary, wording: HandoutWording,
                        options: HandoutOptions, keywords: String? = nil) throws -> (pdf: [UInt8], pages: [LaidOutPage]) {
        let started = MonotonicClock.seconds()
        let pages = handoutPages(plan: plan, profile: profile, library: library, wording: wording, options: options)
        let laidOut = MonotonicClock.seconds()
        defer { lastTiming = (laidOut - started, MonotonicClock.seconds() - laidOut) }
        let name = ["clientName": plan.client]
        let metadata = PDFMetadata(
            title: wording.phrase("metadata", plan.withheld ? "referral_title" : "title", name),
            author: options.clinic?.name ?? profile.clinic ?? "Backstride",
            subject: wording.phrase("metadata", "subject"), date: plan.today, keywords: keywords)
        return (try painter.pdf(pages, metadata: metadata), pages)
    }

    /// Previews are for checking a page on screen; past 300 dpi a page costs more memory than it is worth.
    public static let previewDPI = 60.0
    public static let previewDPIRange = 20.0...300.0

    /// A page as PNG at `dpi`, for previews.
    public func png(_ page: LaidOutPage, dpi: Double = Renderer.previewDPI) throws -> [UInt8] {
        let scale = dpi / 72
        return try PNGImage.render(width: Int(page.size.width * scale), height: Int(page.size.height * scale), scale: scale) { cr in
            painter.paint(page, cr: cr)
        }
    }

    /// A PDF painted page by page as pages come, its bytes passed to `output` (the weekly pack). With a `scratch`
    /// file, the pictures are put in as kept forms on the way out (see `PagePainter.PageStream`).
    public func pageStream(size: PageSize, metadata: PDFMetadata, scratch: Int32? = nil,
                           output: @escaping (UnsafeBufferPointer<UInt8>) -> Bool) throws -> PagePainter.PageStream {
        try PagePainter.PageStream(painter: painter, size: size, metadata: metadata, output: output, scratch: scratch)
    }

    /// Paints any laid-out pages into one PDF (a weekly print pack, a client's week).
    public func pdf(_ pages: [LaidOutPage], metadata: PDFMetadata) throws -> [UInt8] {
        try painter.pdf(pages, metadata: metadata)
    }

    /// A client's pages for the week containing `day`.
    public func weekPages(plan: Plan, profile: ClientProfile, library: ExerciseLibrary, wording: HandoutWording,
                          options: HandoutOptions, containing day: CalendarDate) -> [LaidOutPage] {
        HandoutLayout(engine: engine, wording: wording.remembering(in: phrases), options: options, plan: plan, profile: profile,
                      library: library)
            .weekPages(containing: day)
    }

    /// A page left blank on purpose, so the next client starts on a right-hand page when printed double-sided.
    public func blankPage(size: PageSize, wording: HandoutWording, typography: Typography = .standard) -> LaidOutPage {
        let text = wording.phrase("pack", "blank")
        let h = engine.layout(text, font: typography.smallFont, width: size.width - 2 * typography.margin).size.height
        return LaidOutPage(size: size, items: [.text(text, font: typography.smallFont,
                                                     frame: Rect(x: typography.margin, y: size.height / 2, width: size.width - 2 * typography.margin, height: h),
                                                     color: .muted, alignment: .center)])
    }

    /// The plan's sessions as an iCalendar file; nil for a withheld plan.
    public func calendar(plan: Plan, profile: ClientProfile, library: ExerciseLibrary, wording: HandoutWording, uidPrefix: String,
                         stamp: [String] = []) -> [UInt8]? {
        CalendarExport(engine: engine, wording: wording, plan: plan, profile: profile, library: library).ics(uidPrefix: uidPrefix, stamp: stamp)
    }
}
