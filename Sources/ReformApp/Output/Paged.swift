/// One page of a long list, as the audit log shows it: a page is a few hundred rows at most, so
/// that no record, however long, makes a page too large to send or to read.
public struct Paged<Element: Sendable>: Sendable {
    /// The rows of this page.
    public let items: [Element]
    /// This page's number, from 1, and how many pages there are (at least 1).
    public let number: Int
    public let count: Int
    /// How many rows there are on every page together.
    public let total: Int

    /// Page `number` (from 1; out of range means the nearest) of `all`, `size` rows a page.
    public init(_ all: [Element], page number: Int, size: Int) {
        let size = max(1, size)
        count = max(1, (all.count + size - 1) / size)
        self.number = min(max(1, number), count)
        total = all.count
        let start = (self.number - 1) * size
        items = Array(all[min(start, all.count)..<min(start + size, all.count)])
    }

    /// Whether there are pages before and after this one.
    public var hasPrevious: Bool { number > 1 }
    public var hasNext: Bool { number < count }
}
