import ArgumentParser

/// The exit codes the command line promises (sysexits.h numbers), documented in the README and the man page.
enum ExitStatus: Int32 {
    case ok = 0
    case usage = 64
    case invalidProfile = 65
    case unreadableInput = 66
    case unavailable = 69
    case internalError = 70
    case cannotWrite = 73
    case busy = 75

    var exitCode: ExitCode { ExitCode(rawValue) }

    /// The worst status wins when a command handles several files.
    func combined(with other: ExitStatus) -> ExitStatus {
        let order: [ExitStatus] = [.ok, .invalidProfile, .unreadableInput, .cannotWrite, .busy, .unavailable, .internalError, .usage]
        return order.firstIndex(of: other)! > order.firstIndex(of: self)! ? other : self
    }
}

enum BackstrideVersion {
    static let string = "0.1.0"
}
