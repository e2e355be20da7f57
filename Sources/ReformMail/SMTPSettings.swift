import Foundation

/// Where and how mail is sent, as `--smtp` or `REFORM_SMTP` gives it:
/// `smtp://user:password@host:587?starttls=required&from=reform@council.gov.uk`
/// (`smtps://` for TLS from the start; `starttls=required|opportunistic|never`; `ca=FILE` for a
/// council's own certificate authority). Certificates are always checked.
public struct SMTPSettings: Sendable, Equatable {
    /// How the connection is encrypted.
    public enum Security: String, Sendable, Equatable {
        /// TLS from the first byte (`smtps://`, usually port 465).
        case tls
        /// STARTTLS, and no mail is sent if the server does not offer it: the default.
        case startTLSRequired = "required"
        /// STARTTLS when the server offers it, plain otherwise.
        case startTLSOpportunistic = "opportunistic"
        /// Never encrypted: only for a relay on the same machine.
        case none = "never"
    }

    public var host: String
    public var port: Int
    public var security: Security
    public var username: String?
    public var password: String?
    /// The sender, as the `From` header and the envelope say.
    public var from: String
    /// A file of certificate authorities to trust instead of the system's.
    public var certificateAuthorities: String?

    /// The server's URL without the password: what messages and logs may show.
    public var description: String {
        let user = username.map { "\($0)@" } ?? ""
        return "\(security == .tls ? "smtps" : "smtp")://\(user)\(host):\(port)"
    }

    /// The URL libcurl is given (no credentials: they are set apart).
    var curlURL: String { "\(security == .tls ? "smtps" : "smtp")://\(host.contains(":") ? "[\(host)]" : host):\(port)" }

    public init(host: String, port: Int, security: Security, username: String? = nil, password: String? = nil, from: String,
                certificateAuthorities: String? = nil) {
        self.host = host
        self.port = port
        self.security = security
        self.username = username
        self.password = password
        self.from = from
        self.certificateAuthorities = certificateAuthorities
    }

    /// The settings `url` gives.
    ///
    /// - Throws: `MailError` of kind `settings`, saying what is wrong and what would be right.
    public static func parse(_ url: String) throws(MailError) -> SMTPSettings {
        let example = "smtp://user:password@host:587?starttls=required&from=reform@council.gov.uk"
        guard let parts = URLComponents(string: url), let scheme = parts.scheme?.lowercased() else {
            throw MailError(.settings, "'\(url)' is not a URL; give it as \(example)")
        }
        guard scheme == "smtp" || scheme == "smtps" else {
            throw MailError(.settings, "the URL begins '\(scheme)://'; it must begin smtp:// (or smtps:// for TLS from the start), as \(example)")
        }
        guard let host = parts.host, !host.isEmpty else { throw MailError(.settings, "the URL names no host; give it as \(example)") }
        let query = Dictionary((parts.queryItems ?? []).map { ($0.name.lowercased(), $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        for name in query.keys where !["starttls", "from", "ca"].contains(name) {
            throw MailError(.settings, "the URL has '\(name)=', which is not known; the settings are starttls, from and ca")
        }
        var security: Security = scheme == "smtps" ? .tls : .startTLSRequired
        if let mode = query["starttls"] {
            guard scheme == "smtp" else { throw MailError(.settings, "starttls= is for smtp:// URLs; smtps:// is TLS from the start") }
            guard let chosen = Security(rawValue: mode.lowercased()) else {
                throw MailError(.settings, "starttls=\(mode) is not known; give starttls=required, opportunistic or never")
            }
            security = chosen
        }
        guard let from = query["from"], !from.isEmpty else {
            throw MailError(.settings, "the URL has no from=, the address mail is sent from; add &from=reform@council.gov.uk")
        }
        if let problem = MailAddress.problem(with: from) { throw MailError(.settings, "from=\(from): \(problem)") }
        return SMTPSettings(host: host, port: parts.port ?? (scheme == "smtps" ? 465 : 587), security: security,
                            username: parts.user?.removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 },
                            password: parts.password?.removingPercentEncoding, from: from,
                            certificateAuthorities: query["ca"].flatMap { $0.isEmpty ? nil : $0 })
    }
}
