extension Array where Element == UInt8 {
    /// Appends `value` in decimal, padded with zeros to at least `width` digits, without allocating:
    /// written backwards into a buffer as long as the longest number, dividing by the constant ten
    /// (which the compiler makes a multiplication). JSON and CSV writers put millions of numbers this way.
    mutating func appendDecimal(_ value: UInt64, width: Int = 1) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var remaining = value
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: remaining % 10)
                remaining /= 10
            } while remaining > 0
            for _ in (buffer.count - start)..<Swift.max(width, buffer.count - start) { append(UInt8(ascii: "0")) }
            append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
        }
    }
}
