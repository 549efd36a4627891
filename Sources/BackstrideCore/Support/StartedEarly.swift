import Dispatch

/// Work started on another core at once and collected when needed: a single handout sets up its fonts beside reading
/// the library, and works out its pictures while its first pages are painted. The value is handed over once, after
/// the work is done, and only then used.
public final class StartedEarly<Value>: @unchecked Sendable {
    private var result: Result<Value, any Error>?
    private let done = DispatchGroup()

    public init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global().async(group: done) { [self] in
            result = Result { try work() }
        }
    }

    /// Waits for the work; throws what it threw.
    public func value() throws -> Value {
        done.wait()
        return try result!.get()
    }
}
