import BackstrideCore

/// A clinic's branding for the cover: from the small file `--clinic FILE` names.
public struct ClinicBranding: Equatable, Sendable {
    public var name: String
    public var address: String?
    public var phone: String?
    /// Used for thin rules only, so a black-and-white print loses nothing.
    public var accent: Color?
    /// PNG bytes of the logo.
    public var logo: [UInt8]?

    public init(name: String, address: String? = nil, phone: String? = nil, accent: Color? = nil, logo: [UInt8]? = nil) {
        self.name = name
        self.address = address
        self.phone = phone
        self.accent = accent
        self.logo = logo
    }
}

/// How a handout is laid out: paper, print size and branding.
public struct HandoutOptions: Equatable, Sendable {
    public var paper: PageSize
    public var typography: Typography
    public var clinic: ClinicBranding?

    public init(paper: PageSize, typography: Typography = .standard, clinic: ClinicBranding? = nil) {
        self.paper = paper
        self.typography = typography
        self.clinic = clinic
    }

    /// A client's handout: the profile's paper unless `paper` overrides it.
    public init(for profile: ClientProfile, paper: Paper? = nil, largePrint: Bool = false, clinic: ClinicBranding? = nil) {
        self.init(paper: PageSize(paper ?? profile.paper), typography: largePrint ? .largePrint : .standard, clinic: clinic)
    }
}
