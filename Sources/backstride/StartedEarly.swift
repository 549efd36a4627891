import Dispatch

/// Work started on another core at once and collected when needed. A single handout spends its first 20 ms reading
/// the library and wording on the way in; setting up the fonts (fontconfig and Pango, a further 6 ms) needs none of
/// that, so it runs beside them. The value is handed over once, after the work is done, and only then used.
final class StartedEarly<Value>: @unchecked Sendable {
    private var result: Result<Value, any Error>?
    private let done = DispatchGroup()

    init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global().async(group: done) { [self] in
            result = Result { try work() }
        }
    }

    /// Waits for the work; throws what it threw.
    func value() throws -> Value {
        done.wait()
        return try result!.get()
    }
}
