import Foundation

/// Page bodies drawn from one snapshot of the programme, kept until the next snapshot: the
/// analysis is computed once per change, and so is its HTML.
final class BodyCache: @unchecked Sendable {
    private let lock = NSLock()
    private var generation = 0
    private var bodies: [String: String] = [:]

    /// The body kept under `key` for `generation`, if any.
    func kept(_ key: String, generation: Int) -> String? {
        lock.withLock { self.generation == generation ? bodies[key] : nil }
    }

    /// Keeps `body` under `key` for `generation`; a newer generation drops every older body.
    func keep(_ body: String, _ key: String, generation: Int) {
        lock.withLock {
            if generation > self.generation {
                self.generation = generation
                bodies = [:]
            }
            if generation == self.generation { bodies[key] = body }
        }
    }
}
