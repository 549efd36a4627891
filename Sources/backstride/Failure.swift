import ArgumentParser
import BackstrideBatch
import BackstrideRender

/// Errors from below the command line, printed once in their own words and turned into a documented exit status,
/// so no user ever sees `Error: ...: error:` or a Swift type dumped.
enum Failure {
    /// Prints `error` and returns its status; nil for errors ArgumentParser reports itself (usage, help, exit codes).
    static func report(_ error: Error) -> ExitStatus? {
        guard let (text, status) = explain(error) else { return nil }
        Console.error(text)
        return status
    }

    private static func explain(_ error: Error) -> (String, ExitStatus)? {
        switch error {
        case let e as InputFiles.Unreadable: return (e.description, .unreadableInput)
        case let e as DataFolder.Missing: return (e.description, .unreadableInput)
        case let e as InvalidInput: return (e.text(Console.diagnostics), .invalidProfile)
        case let e as OutputFiles.CannotWrite: return (e.description, .cannotWrite)
        case let e as HandoutOutput.OtherClient: return (e.description, .cannotWrite)
        case let e as OutputFolder.Busy: return (e.description, .busy)
        case let e as RenderError:
            switch e {
            case .fontMissing, .fontNotInstalled: return ("error: \(e)", .unavailable)
            default: return ("error: \(e)", .internalError)
            }
        default: return nil
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
