import Foundation

/// The layout round a page's body (header, navigation, footer) as drawn for one person, one
/// title and one snapshot, kept as the text before and after the body.
final class FrameCache: @unchecked Sendable {
    /// What stands for the body while the frame is drawn; no value can contain it, as every value is escaped.
    static let bodyMark = "\u{0}body\u{0}"

    private let lock = NSLock()
    private var generation = 0
    private var frames: [String: (before: String, after: String)] = [:]

    /// The frame kept under `key` for `generation`, drawn with `render` (with `bodyMark` for the body) if there is none.
    func frame(_ key: String, generation: Int, render: () -> String) -> (before: String, after: String) {
        if let kept = lock.withLock({ self.generation == generation ? frames[key] : nil }) { return kept }
        let page = render()
        let parts = page.components(separatedBy: Self.bodyMark)
        let frame = parts.count == 2 ? (parts[0], parts[1]) : (page, "")
        lock.withLock {
            if generation > self.generation || frames.count > 5_000 {
                self.generation = max(generation, self.generation)
                frames = [:]
            }
            if generation == self.generation { frames[key] = frame }
        }
        return frame
    }
}
