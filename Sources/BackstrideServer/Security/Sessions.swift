import Foundation

/// Browser sessions: a secure random cookie names each one, and each has its own CSRF token that every form
/// carries. With a password, a session is let in only after logging in.
public final class Sessions: @unchecked Sendable {
    public struct Session: Sendable {
        public let id: String
        public let csrf: String
        public var signedIn: Bool
        var lastSeen: Date
    }

    public static let cookieName = "backstride_session"
    /// A session unused this long is forgotten (and with a password, must log in again).
    static let idleLimit: TimeInterval = 12 * 3600
    /// Cap on remembered sessions, so a flood of cookieless requests cannot grow memory without end.
    static let maximum = 2000

    private let lock = NSLock()
    private var sessions: [String: Session] = [:]
    private let now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date = Date.init) { self.now = now }

    /// The session a cookie names, if it is known and still fresh.
    public func session(_ id: String?) -> Session? {
        guard let id else { return nil }
        return lock.withLock {
            guard var s = sessions[id], now().timeIntervalSince(s.lastSeen) < Self.idleLimit else {
                sessions[id] = nil
                return nil
            }
            s.lastSeen = now()
            sessions[id] = s
            return s
        }
    }

    /// A new session; signed in already when no password is asked for.
    public func start(signedIn: Bool) -> Session {
        let session = Session(id: Self.token(), csrf: Self.token(), signedIn: signedIn, lastSeen: now())
        lock.withLock {
            if sessions.count >= Self.maximum {
                let cutoff = now().addingTimeInterval(-Self.idleLimit)
                sessions = sessions.filter { $0.value.lastSeen > cutoff }
                if sessions.count >= Self.maximum, let oldest = sessions.min(by: { $0.value.lastSeen < $1.value.lastSeen }) {
                    sessions[oldest.key] = nil
                }
            }
            sessions[session.id] = session
        }
        return session
    }

    public func end(_ id: String) {
        _ = lock.withLock { sessions.removeValue(forKey: id) }
    }

    /// 32 bytes from the system's secure random source, as hex.
    public static func token() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// Compares without stopping at the first difference, so the time taken tells nothing about a secret.
    public static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for i in 0..<max(x.count, y.count) {
            difference |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0)
        }
        return difference == 0
    }
}
