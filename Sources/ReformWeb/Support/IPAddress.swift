import Foundation

/// An IPv4 or IPv6 address as 16 bytes (IPv4 as an IPv4-mapped IPv6 address, `::ffff:a.b.c.d`),
/// so that one comparison serves both: what a peer, a forwarded address and a trusted proxy's
/// range are read as.
struct IPAddress: Hashable, Sendable, CustomStringConvertible {
    /// The address's 16 bytes, in network order.
    let bytes: [UInt8]

    /// Reads `192.0.2.7`, `2001:db8::1`, `::ffff:192.0.2.7` or `[2001:db8::1]`; `nil` for anything else.
    init?(_ text: some StringProtocol) {
        var text = Substring(text)
        if text.hasPrefix("["), text.hasSuffix("]") { text = text.dropFirst().dropLast() }
        if let v4 = Self.ipv4(text) {
            bytes = Array(repeating: 0, count: 10) + [0xFF, 0xFF] + v4
        } else if let v6 = Self.ipv6(text) {
            bytes = v6
        } else {
            return nil
        }
    }

    /// Whether this is an IPv4 address (mapped).
    var isIPv4: Bool { bytes.prefix(12) == Array(repeating: 0, count: 10) + [0xFF, 0xFF] }

    var description: String {
        if isIPv4 { return bytes.suffix(4).map(String.init).joined(separator: ".") }
        return stride(from: 0, to: 16, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }.joined(separator: ":")
    }

    private static func ipv4(_ text: Substring) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var bytes: [UInt8] = []
        for part in parts {
            guard (1...3).contains(part.count), part.allSatisfy({ $0.isASCII && $0.isNumber }), let value = UInt8(part) else { return nil }
            bytes.append(value)
        }
        return bytes
    }

    private static func ipv6(_ text: Substring) -> [UInt8]? {
        guard text.contains(":"), text.count <= 45 else { return nil }
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String) -> [UInt8]? {
            guard !part.isEmpty else { return [] }
            var bytes: [UInt8] = []
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index == pieces.count - 1, piece.contains("."), let v4 = ipv4(piece) { bytes += v4; continue }
                guard (1...4).contains(piece.count), let value = UInt16(piece, radix: 16) else { return nil }
                bytes += [UInt8(value >> 8), UInt8(value & 0xFF)]
            }
            return bytes
        }
        guard let head = groups(halves[0]) else { return nil }
        if halves.count == 1 { return head.count == 16 ? head : nil }
        guard let tail = groups(halves[1]), head.count + tail.count <= 14 else { return nil }
        return head + Array(repeating: 0, count: 16 - head.count - tail.count) + tail
    }
}

/// A range of addresses written `192.0.2.0/24` or `2001:db8::/32` (an address alone is itself).
struct IPRange: Hashable, Sendable, CustomStringConvertible {
    let base: IPAddress
    /// How many leading bits of the 16 bytes must match.
    let prefixBits: Int
    let description: String

    /// Reads a CIDR range; `nil` when it is not one.
    init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let base = IPAddress(parts[0]) else { return nil }
        let width = base.isIPv4 ? 32 : 128
        guard let bits = parts.count == 2 ? Int(parts[1]) : width, (0...width).contains(bits), parts.count == 1 || parts[1].allSatisfy(\.isNumber) else {
            return nil
        }
        self.base = base
        self.prefixBits = (base.isIPv4 ? 96 : 0) + bits
        self.description = text
    }

    /// Whether `address` is in the range.
    func contains(_ address: IPAddress) -> Bool {
        var remaining = prefixBits
        for index in 0..<16 where remaining > 0 {
            let mask: UInt8 = remaining >= 8 ? 0xFF : ~(0xFF >> UInt8(remaining))
            guard address.bytes[index] & mask == base.bytes[index] & mask else { return false }
            remaining -= 8
        }
        return true
    }
}
