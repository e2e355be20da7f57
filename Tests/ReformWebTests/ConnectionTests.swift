import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import ReformWeb
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What a client that never finishes its request does to the server (issue 25: 300 idle,
/// half-sent requests held the server's descriptors until it stopped answering).
@Suite("Connections")
struct ConnectionTests {
    /// A raw TCP connection to the server, for requests no HTTP client would send.
    final class RawConnection: @unchecked Sendable {
        let socket: Int32

        init(port: Int) throws {
            socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        }

        deinit { Glibc.close(socket) }

        func send(_ text: String) {
            _ = text.withCString { Glibc.send(socket, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
        }

        /// What the server sent within `seconds`, and whether it closed the connection meanwhile:
        /// waited for on a thread of its own, never on Swift concurrency's few threads, which every
        /// other test running meanwhile shares.
        func read(for seconds: Double) async -> (text: String, closed: Bool) {
            await withCheckedContinuation { continuation in
                Thread { continuation.resume(returning: self.readBlocking(for: seconds)) }.start()
            }
        }

        private func readBlocking(for seconds: Double) -> (text: String, closed: Bool) {
            var received: [UInt8] = []
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
                guard poll(&descriptor, 1, 50) > 0 else { continue }
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = Glibc.recv(socket, &buffer, buffer.count, 0)
                if count <= 0 { return (String(decoding: received, as: UTF8.self), true) }
                received += buffer[0..<count]
            }
            return (String(decoding: received, as: UTF8.self), false)
        }
    }

    /// The server as `reform serve` runs it, with `configure`'s limits, on a free loopback port
    /// (not HummingbirdTesting's live server, which keeps a connection of its own and its own limits).
    private func serve(_ configure: (inout WebConfiguration) -> Void, _ body: @escaping @Sendable (Int) async throws -> Void) async throws {
        let harness = try await WebHarness.make()
        var configuration = WebConfiguration(port: 0, workspace: harness.workspace)
        configure(&configuration)
        let (addresses, listening) = AsyncStream.makeStream(of: String.self)
        let app = WebServer.application(harness.services, configuration, logger: Logger(label: "test")) { listening.yield($0) }
        let server = Task { try await app.runService(gracefulShutdownSignals: []) }
        defer { server.cancel() }
        var iterator = addresses.makeAsyncIterator()
        let address = try #require(await iterator.next())
        let port = try #require(Int(address.split(separator: ":").last?.filter(\.isNumber) ?? ""))
        try await body(port)
    }

    @Test("a request whose head never ends is closed after the idle timeout")
    func halfSentHead() async throws {
        try await serve({ $0.idleTimeout = 1 }) { port in
            let connection = try RawConnection(port: port)
            connection.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: ")
            // Closed a second after, when the machine is idle; the margin is for a machine busy with the other suites.
            let answer = await connection.read(for: 10)
            #expect(answer.closed, "closed, not left waiting for the rest of the head")
        }
    }

    @Test("a body trickled in a byte at a time is cut off when the request has taken longer than its limit")
    func trickledBody() async throws {
        try await serve({ $0.idleTimeout = 30; $0.bodyTimeout = 1 }) { port in
            let connection = try RawConnection(port: port)
            connection.send("POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nusername=")
            var closed = false
            let started = Date()
            for _ in 0..<40 where !closed {
                connection.send("a")
                closed = await connection.read(for: 0.25).closed
            }
            #expect(closed && Date().timeIntervalSince(started) < 9, "closed about a second after the head (with room for a busy machine), though bytes kept coming for 10 s")
        }
    }

    @Test("past the connection limit a new connection waits until one closes, and is then served")
    func connectionLimit() async throws {
        try await serve({ $0.idleTimeout = 5; $0.maximumConnections = 2 }) { port in
            let holders = [try RawConnection(port: port), try RawConnection(port: port)]
            try await Task.sleep(for: .milliseconds(200))
            let waiting = try RawConnection(port: port)
            waiting.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            #expect(await waiting.read(for: 1).text.isEmpty, "not served while two connections are open")
            let served = await waiting.read(for: 8)
            #expect(served.text.hasPrefix("HTTP/1.1 200") && served.text.hasSuffix("ok\n"), "served once the idle ones were closed: \(served.text)")
            _ = holders
        }
    }
}
