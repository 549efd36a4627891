import ArgumentParser
import BackstrideBatch
import BackstrideRender

/// Errors from below the command line, printed once in their own words and turned into a documented exit status,
/// so no user ever sees `Error: ...: error:` or a Swift type dumped.
enum Failure {
    /// Prints `error` and returns its status; nil for errors ArgumentParser reports itself (usage, help, exit codes).
    static func report(_ error: Error) -> ExitStatus? {
        switch error {
        case let e as InputFiles.Unreadable:
            Console.error(e.description)
            return .unreadableInput
        case let e as DataFolder.Missing:
            Console.error(e.description)
            return .unreadableInput
        case let e as InvalidInput:
            Console.error(e.text(Console.diagnostics))
            return .invalidProfile
        case let e as OutputFiles.CannotWrite:
            Console.error(e.description)
            return .cannotWrite
        case let e as HandoutOutput.OtherClient:
            Console.error(e.description)
            return .cannotWrite
        case let e as OutputFolder.Busy:
            Console.error(e.description)
            return .busy
        case let e as RenderError:
            Console.error("error: \(e)")
            switch e {
            case .fontMissing, .fontNotInstalled: return .unavailable
            default: return .internalError
            }
        default:
            return nil
        }
    }

    /// The status of an error a command caught while carrying on with other files.
    static func status(_ error: Error) -> ExitStatus {
        if let code = error as? ExitCode { return ExitStatus(rawValue: code.rawValue) ?? .internalError }
        if let status = report(error) { return status }
        Console.error("error: \(error)")
        return .internalError
    }
}
