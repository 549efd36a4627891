import Dispatch
import Foundation

/// Runs work items on `jobs` threads. Each thread makes its own worker state (a renderer with its own
/// Pango font map and context: they are not thread-safe) and pulls the next item until none are left.
/// Results come back in item order, so output never depends on the number of jobs.
enum WorkerPool {
    final class Shared<Result: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private(set) var results: [Result?]

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func take() -> Int? {
            lock.withLock {
                guard next < results.count else { return nil }
                defer { next += 1 }
                return next
            }
        }

        func store(_ result: Result, at index: Int) {
            lock.withLock { results[index] = result }
        }
    }

    static func run<Worker, Result: Sendable>(count: Int, jobs: Int, makeWorker: @Sendable () -> Worker,
                                              work: @Sendable (inout Worker, Int) -> Result) -> [Result] {
        let shared = Shared<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, count))) { _ in
            var worker = makeWorker()
            while let index = shared.take() {
                shared.store(work(&worker, index), at: index)
            }
        }
        return shared.results.map { $0! }
    }
}
