/// Why mail could not be sent, or the settings used: one line saying what to fix.
public struct MailError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The `--smtp` URL is wrong.
        case settings
        /// The server could not be reached (name, address, port, network, time out).
        case unreachable
        /// TLS could not be set up or the certificate was not trusted.
        case security
        /// The server refused the username or password.
        case loginRefused
        /// The server refused this message or recipient.
        case refused
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
