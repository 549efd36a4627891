import BackstrideCore
import BackstrideRender

/// Everything a batch run needs besides the list of profiles, loaded once by the caller.
public struct BatchSettings: Sendable {
    public var outputFolder: String
    public var jobs: Int
    public var today: CalendarDate
    /// Make the weekly print pack for the week containing this day, instead of full handouts.
    public var week: CalendarDate?
    /// Render even when nothing changed since the last run, and replace files made for another client.
    public var force: Bool
    public var paper: Paper?
    public var largePrint: Bool
    public var library: ExerciseLibrary
    public var wording: HandoutWording
    public var clinic: ClinicBranding?
    /// Digest of the library, templates, branding, options and version: what every output also depends on.
    public var sharedDigest: String
    /// Also write each plan as an iCalendar file.
    public var ics = false
    /// How diagnostics read when they are reported (source lines, colour).
    public var diagnostics = DiagnosticFormat.plain

    public init(outputFolder: String, jobs: Int, today: CalendarDate, week: CalendarDate?, force: Bool, paper: Paper?,
                largePrint: Bool, library: ExerciseLibrary, wording: HandoutWording, clinic: ClinicBranding?, sharedDigest: String) {
        self.outputFolder = outputFolder
        self.jobs = jobs
        self.today = today
        self.week = week
        self.force = force
        self.paper = paper
        self.largePrint = largePrint
        self.library = library
        self.wording = wording
        self.clinic = clinic
        self.sharedDigest = sharedDigest
    }

    func options(for profile: ClientProfile) -> HandoutOptions {
        HandoutOptions(for: profile, paper: paper, largePrint: largePrint, clinic: clinic)
    }
}

/// How a run went, for the exit status and the statistics line.
public struct BatchOutcome: Sendable {
    public var manifest: Manifest
    public var failed: Int
    public var rendered: Int
    public var pages: Int
    public var bytesWritten: Int
}
