import Foundation
import ReformApp

/// The proxies in front of the server whose `X-Forwarded-For` and `X-Forwarded-Proto` are
/// believed (`--trusted-proxy CIDR`, or `--trust-proxy` for one on this machine), and the client
/// address a request is counted under.
///
/// `X-Forwarded-For` is a list each proxy appends the address it heard from to; its first entries
/// are whatever the client wrote. So the client is the right-most address that is not one of the
/// trusted proxies, and the header is ignored altogether from a peer that is not one.
struct TrustedProxies: Sendable {
    /// The ranges trusted.
    let ranges: [IPRange]

    /// No proxy is trusted: every peer is the client.
    static let none = TrustedProxies(ranges: [])
    /// A proxy on this machine: 127.0.0.0/8 and ::1.
    static let loopback = TrustedProxies(ranges: [IPRange("127.0.0.0/8")!, IPRange("::1")!])

    /// Where a request comes from, as far as anyone can tell.
    struct Client: Equatable, Sendable {
        /// The address a failed sign-in is counted under.
        let address: String
        /// Whether it is the client's own address: not a trusted proxy's (a proxy that did not say
        /// whom it forwarded for), and not unknown. Only such an address is limited on its own,
        /// so that one person's failures never lock out everyone behind the same proxy.
        let isClient: Bool

        /// The address as a sign-in counts it: `nil` when it is not the client's own.
        var signInAddress: SignInAddress {
            SignInAddress(address: address, isClient: isClient)
        }
    }

    /// Whether `peer` is one of the trusted proxies.
    func trusts(_ peer: String) -> Bool {
        guard let address = IPAddress(peer) else { return false }
        return ranges.contains { $0.contains(address) }
    }

    /// The client of a request from `peer` carrying `forwardedFor` (the `X-Forwarded-For` values, in order).
    func client(peer: String, forwardedFor: [String]) -> Client {
        guard let peerAddress = IPAddress(peer) else { return Client(address: peer, isClient: false) }
        guard ranges.contains(where: { $0.contains(peerAddress) }) else { return Client(address: peerAddress.description, isClient: true) }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        for hop in hops.reversed() {
            guard let address = IPAddress(hop) else { break }
            if ranges.contains(where: { $0.contains(address) }) { continue }
            return Client(address: address.description, isClient: true)
        }
        return Client(address: peerAddress.description, isClient: false)
    }
}
