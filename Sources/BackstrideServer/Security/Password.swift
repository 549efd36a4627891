import BackstrideBatch
import Foundation

/// The password that lets a browser in when the app is served beyond this computer: the first line of a file
/// only the clinic can read.
public struct Password: Sendable {
    let secret: String
    public static let minimumLength = 10

    public struct Unusable: Error, CustomStringConvertible, Sendable {
        public let path: String
        public let reason: String
        public var description: String {
            "\(path): error: cannot use it as the password file: \(reason)\n  hint: put a password of at least \(Password.minimumLength) characters on the file's first line"
        }
    }

    public init(file path: String) throws {
        let bytes = try InputFiles.read(path, limit: .init(bytes: 4096, hint: "the password file holds one line"))
        let first = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
        let secret = first.trimmingCharacters(in: .whitespacesAndNewlines)
        guard secret.count >= Self.minimumLength else {
            throw Unusable(path: path, reason: secret.isEmpty ? "its first line is empty" : "the password is shorter than \(Self.minimumLength) characters")
        }
        self.secret = secret
    }

    public init(_ secret: String) { self.secret = secret }

    public func matches(_ attempt: String) -> Bool { Sessions.same(attempt, secret) }
}
