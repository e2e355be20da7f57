import Foundation

/// Page bodies drawn from one snapshot of the programme, kept until the next snapshot: the
/// analysis is computed once per change, and so is its HTML.
final class BodyCache: @unchecked Sendable {
    private let lock = NSLock()
    private var generation = 0
    private var bodies: [String: String] = [:]

    /// The body kept under `key` for `generation`, made with `render` if there is none.
    func body(_ key: String, generation: Int, render: () -> String) -> String {
        if let kept = lock.withLock({ self.generation == generation ? bodies[key] : nil }) { return kept }
        let body = render()
        lock.withLock {
            if generation > self.generation {
                self.generation = generation
                bodies = [:]
            }
            if generation == self.generation { bodies[key] = body }
        }
        return body
    }
}
