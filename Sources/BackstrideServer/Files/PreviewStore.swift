import BackstrideBatch
import BackstrideCore
import BackstrideRender
import Foundation

/// The handouts the live preview shows, kept by a digest of the profile text and the day, so the images the page
/// asks for next are the pages of exactly that profile. Only the last few are kept.
final class PreviewStore: @unchecked Sendable {
    struct Entry: Sendable {
        let plan: Plan
        let profile: ClientProfile
        let pages: [LaidOutPage]
        var images: [Int: [UInt8]] = [:]
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var order: [String] = []
    static let kept = 12

    static func key(_ yaml: String, today: CalendarDate) -> String {
        var digest = InputDigest()
        digest.add(yaml)
        digest.add(today.iso)
        return digest.hex
    }

    func entry(_ key: String) -> Entry? { lock.withLock { entries[key] } }

    func store(_ key: String, _ entry: Entry) {
        lock.withLock {
            if entries[key] == nil { order.append(key) }
            entries[key] = entry
            while order.count > Self.kept { entries[order.removeFirst()] = nil }
        }
    }

    func storeImage(_ key: String, page: Int, _ png: [UInt8]) {
        lock.withLock { entries[key]?.images[page] = png }
    }
}
