import BackstrideCore
import BackstrideRender

/// Everything the web app needs, gathered by the command line: folders, the address, the password, and the same
/// library, wording and branding `render` uses.
public struct ServerSettings: Sendable {
    /// The clinic's profiles.
    public var clientsFolder: String
    /// Where weekly print packs are written.
    public var outputFolder: String
    public var host: String
    /// 0 picks a free port.
    public var port: Int
    /// Asked for when the address reaches beyond this computer.
    public var password: Password?
    /// Read for every request, so a server left running over midnight plans from the new day.
    public var today: @Sendable () -> CalendarDate
    public var library: ExerciseLibrary
    public var wording: HandoutWording
    public var clinic: ClinicBranding?
    /// `--paper` and `--large-print`, as `render` takes them.
    public var paper: Paper?
    public var largePrint = false
    /// Digest of the library, wording, branding and version, for the print pack's stamps.
    public var sharedDigest: String
    /// The folder holding Templates/web (the pages, style sheet and script).
    public var dataFolder: String

    public init(clientsFolder: String, outputFolder: String, host: String, port: Int, password: Password?,
                today: @escaping @Sendable () -> CalendarDate, library: ExerciseLibrary, wording: HandoutWording,
                clinic: ClinicBranding?, sharedDigest: String, dataFolder: String) {
        self.clientsFolder = clientsFolder
        self.outputFolder = outputFolder
        self.host = host
        self.port = port
        self.password = password
        self.today = today
        self.library = library
        self.wording = wording
        self.clinic = clinic
        self.sharedDigest = sharedDigest
        self.dataFolder = dataFolder
    }

    /// Addresses only this computer can reach.
    public static func isLoopback(_ host: String) -> Bool {
        let h = host.lowercased()
        return h == "localhost" || h == "::1" || h == "[::1]" || h.hasPrefix("127.")
    }
}
