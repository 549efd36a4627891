import BackstrideRender
import Foundation

/// Cairo and Pango objects belong to one thread: every drawing the app does runs here, one job at a time, on a
/// renderer made once and kept (a new one per request would cost its font setup every time).
final class RenderQueue: @unchecked Sendable {
    private let queue = DispatchQueue(label: "backstride.render")
    private var renderer: Renderer?

    func run<T: Sendable>(_ body: @escaping @Sendable (Renderer) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                do {
                    if self.renderer == nil { self.renderer = try Renderer() }
                    continuation.resume(returning: try body(self.renderer!))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    /// Work that blocks (a batch with its own workers) off the server's threads.
    static func background<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                do { continuation.resume(returning: try body()) } catch { continuation.resume(throwing: error) }
            }
        }
    }
}
