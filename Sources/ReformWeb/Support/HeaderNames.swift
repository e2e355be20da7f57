import HTTPTypes

/// The header names the server uses that HTTPTypes does not name.
extension HTTPField.Name {
    static let xFrameOptions = Self("X-Frame-Options")!
    static let referrerPolicy = Self("Referrer-Policy")!
    static let xForwardedFor = Self("X-Forwarded-For")!
    static let xForwardedProto = Self("X-Forwarded-Proto")!
    static let link = Self("Link")!
    static let xTotalCount = Self("X-Total-Count")!
    static let strictTransportSecurity = Self("Strict-Transport-Security")!
}
