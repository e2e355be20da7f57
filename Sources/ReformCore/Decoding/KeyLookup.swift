/// Finds a key's position among a section's keys with one table read and one comparison.
///
/// Every mapping key in a programme file is looked up, millions of times in a large file, so
/// this is on the loader's hottest path, where a `Dictionary`'s seeded hashing cost more than
/// the rest of the lookup. At creation it searches for a multiplier that gives each known key
/// its own slot of a small table; a lookup mixes the key's bytes, reads one slot and confirms
/// with one string comparison.
struct KeyLookup: Sendable {
    private let keys: [String]
    private let slots: [Int8]
    private let multiplier: UInt32

    /// A table with no keys: every lookup misses.
    static let none = KeyLookup([])

    /// Creates the table for `keys` (fewer than 128, all different).
    init(_ keys: [String]) {
        precondition(keys.count < 128 && Set(keys).count == keys.count, "keys must be fewer than 128 and distinct")
        self.keys = keys
        let mixed = keys.map(Self.mix)
        for multiplier in stride(from: UInt32(1), to: 1_000_000, by: 2) {
            var slots = [Int8](repeating: -1, count: 256)
            let placedAll = mixed.indices.allSatisfy { index in
                let slot = Int(Self.slot(mixed[index], multiplier))
                guard slots[slot] < 0 else { return false }
                slots[slot] = Int8(index)
                return true
            }
            if placedAll {
                self.slots = slots
                self.multiplier = multiplier
                return
            }
        }
        // Keys whose mixes coincide cannot be separated by a multiplier: compare against every key instead.
        self.slots = []
        self.multiplier = 0
    }

    /// The position of `key` among the keys, or `nil` when it is not one of them.
    func index(of key: String) -> Int? {
        guard !slots.isEmpty else { return keys.firstIndex(of: key) }
        let candidate = Int(slots[Int(Self.slot(Self.mix(key), multiplier))])
        guard candidate >= 0, keys[candidate] == key else { return nil }
        return candidate
    }

    private static func mix(_ key: String) -> UInt32 {
        var mixed: UInt32 = 2_166_136_261
        for byte in key.utf8 {
            mixed = (mixed ^ UInt32(byte)) &* 16_777_619
        }
        return mixed
    }

    private static func slot(_ mixed: UInt32, _ multiplier: UInt32) -> UInt32 {
        (mixed &* multiplier) >> 24
    }
}
