import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ReformWeb

/// Whose address a request is counted under behind a proxy (issue 25: `--trust-proxy` believed
/// the first `X-Forwarded-For` entry, which the client writes).
@Suite("Trusted proxies")
struct TrustedProxyTests {
    let proxies = TrustedProxies(ranges: ["127.0.0.0/8", "::1", "10.0.0.0/8"].map { IPRange($0)! })

    @Test("the client is the right-most forwarded address that is not a trusted proxy, whatever the client wrote before it")
    func rightMostUntrusted() {
        let client = proxies.client(peer: "127.0.0.1", forwardedFor: ["203.0.113.66, 198.51.100.9, 10.1.2.3"])
        #expect(client == .init(address: "198.51.100.9", isClient: true))
        #expect(proxies.client(peer: "10.0.0.5", forwardedFor: ["1.1.1.1", "192.0.2.7"]).address == "192.0.2.7", "several header lines read as one list")
    }

    @Test("from a peer that is not a trusted proxy, X-Forwarded-For is ignored: the peer is the client")
    func headerFromOthersIgnored() {
        #expect(proxies.client(peer: "192.0.2.50", forwardedFor: ["127.0.0.1"]) == .init(address: "192.0.2.50", isClient: true))
    }

    @Test("a trusted proxy that names no client, or names garbage, gives its own address, which is not a client's and is not limited alone")
    func noClientNamed() {
        #expect(proxies.client(peer: "127.0.0.1", forwardedFor: []) == .init(address: "127.0.0.1", isClient: false))
        #expect(proxies.client(peer: "127.0.0.1", forwardedFor: ["10.9.9.9"]).isClient == false)
        #expect(proxies.client(peer: "127.0.0.1", forwardedFor: ["not-an-address"]).isClient == false)
        #expect(proxies.client(peer: "unknown", forwardedFor: ["192.0.2.1"]).isClient == false)
    }

    @Test("addresses and ranges are read as written, IPv4 and IPv6", arguments: [
        ("192.0.2.0/24", "192.0.2.255", true), ("192.0.2.0/24", "192.0.3.0", false), ("2001:db8::/32", "2001:db8:ffff::1", true),
        ("2001:db8::/32", "2001:db9::1", false), ("::1", "::1", true), ("10.0.0.0/8", "::ffff:10.2.3.4", true), ("0.0.0.0/0", "8.8.8.8", true),
    ])
    func ranges(range: String, address: String, inside: Bool) throws {
        let parsed = try #require(IPRange(range))
        #expect(parsed.contains(try #require(IPAddress(address))) == inside)
    }

    @Test("a range that is not one is refused at start, naming the flag and what to write")
    func badRange() {
        let configuration = WebConfiguration(workspace: .init(programmeFile: "p.yaml", recordOption: "r.sqlite", environment: [:]), trustedProxies: ["10.0.0.0/33"])
        #expect(throws: (any Error).self) { try configuration.proxies() }
        #expect(IPRange("10.0.0/8") == nil && IPRange("fe80::1::2") == nil && IPRange("hello") == nil)
    }

    @Test("behind --trust-proxy, a client cannot escape the limit by writing its own X-Forwarded-For, nor lock out the address it writes")
    func forgedForwardedFor() async throws {
        let harness = try await WebHarness.make(trustProxy: true)
        try await harness.test(.live) { client in
            var browser = Browser()
            // The proxy (on this machine) appends the real client, 198.51.100.9, after what the client wrote.
            for index in 0..<10 {
                let form = try await browser.get(client, "/login")
                _ = try await browser.post(client, "/login", [("csrf", Browser.csrf(in: form, action: "/login")), ("username", "admin"),
                                                             ("password", "wrong password \(index)")],
                                           headers: [HTTPField.Name("X-Forwarded-For")!: "203.0.113.\(index), 198.51.100.9"])
            }
            let failures = try await harness.store.failedSignIns(username: "admin", address: "198.51.100.9", since: 0)
            #expect(failures.byAddress.count == 10, "counted under the address the proxy saw, not the one each request made up")
            #expect(try await harness.store.failedSignIns(username: "x", address: "203.0.113.0", since: 0).byAddress.isEmpty)
        }
    }
}
