internal import CCurl
import Foundation

/// Sends mail over SMTP with libcurl, the client almost every Linux system already trusts with
/// its mail: STARTTLS or TLS with the certificate and host name checked, AUTH PLAIN or LOGIN as
/// the server offers. One connection is kept and reused between messages, one message at a time.
/// Calls block; run them off Swift's cooperative threads.
public final class SMTPClient: @unchecked Sendable {
    public let settings: SMTPSettings
    /// Seconds allowed for connecting, and for a whole message.
    public var connectTimeout = 10, messageTimeout = 60
    private let lock = NSLock()
    private let handle: UnsafeMutableRawPointer

    private static let initialised: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    public init(_ settings: SMTPSettings) {
        _ = Self.initialised
        self.settings = settings
        handle = curl_easy_init()
    }

    deinit { curl_easy_cleanup(handle) }

    /// Connects, says hello, sets up TLS and logs in, then says NOOP: what `reform serve` does at
    /// start, so that a wrong address or password is one line then rather than a failure later.
    public func check() throws(MailError) {
        try perform(recipient: nil, body: nil)
    }

    /// Sends `message`, its `Message-ID` made from `id`.
    public func send(_ message: MailMessage, id: String, date: Date = Date()) throws(MailError) {
        try perform(recipient: message.to, body: Data(message.wire(from: settings.from, date: date, id: id).utf8))
    }

    private func perform(recipient: String?, body: Data?) throws(MailError) {
        lock.lock()
        defer { lock.unlock() }
        curl_easy_reset(handle)
        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        var recipients: UnsafeMutablePointer<curl_slist>?
        defer { curl_slist_free_all(recipients) }
        let source = UploadSource(body ?? Data())
        let code: CURLcode = errorBuffer.withUnsafeMutableBufferPointer { buffer in
            reform_curl_set_string(handle, CURLOPT_URL, settings.curlURL)
            reform_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
            reform_curl_discard_output(handle)
            reform_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT, connectTimeout)
            reform_curl_set_long(handle, CURLOPT_TIMEOUT, messageTimeout)
            reform_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, buffer.baseAddress)
            let useTLS: Int = switch settings.security {
            case .tls, .startTLSRequired: Int(CURLUSESSL_ALL.rawValue)
            case .startTLSOpportunistic: Int(CURLUSESSL_TRY.rawValue)
            case .none: Int(CURLUSESSL_NONE.rawValue)
            }
            reform_curl_set_long(handle, CURLOPT_USE_SSL, useTLS)
            if let file = settings.certificateAuthorities { reform_curl_set_string(handle, CURLOPT_CAINFO, file) }
            if let user = settings.username {
                reform_curl_set_string(handle, CURLOPT_USERNAME, user)
                reform_curl_set_string(handle, CURLOPT_PASSWORD, settings.password ?? "")
            }
            if let recipient {
                reform_curl_set_string(handle, CURLOPT_MAIL_FROM, "<\(settings.from)>")
                recipients = curl_slist_append(nil, "<\(recipient)>")
                reform_curl_set_list(handle, CURLOPT_MAIL_RCPT, recipients)
                reform_curl_set_long(handle, CURLOPT_UPLOAD, 1)
                reform_curl_set_read_function(handle, uploadChunk)
                reform_curl_set_pointer(handle, CURLOPT_READDATA, Unmanaged.passUnretained(source).toOpaque())
            } else {
                reform_curl_set_string(handle, CURLOPT_CUSTOMREQUEST, "NOOP")
            }
            return withExtendedLifetime(source) { curl_easy_perform(handle) }
        }
        guard code != CURLE_OK else { return }
        var response = 0
        reform_curl_response_code(handle, &response)
        let detail = String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        throw failure(code, response: response, detail: detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail, recipient: recipient)
    }

    private func failure(_ code: CURLcode, response: Int, detail: String, recipient: String?) -> MailError {
        let server = "the SMTP server at \(settings.description)"
        switch code {
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_CONNECT, CURLE_OPERATION_TIMEDOUT, CURLE_COULDNT_RESOLVE_PROXY:
            return MailError(.unreachable, "cannot reach \(server) (\(detail)); check the host and port in --smtp and that the server is running")
        case CURLE_LOGIN_DENIED:
            return MailError(.loginRefused, "\(server) refused the username or password (\(detail)); check the user and password in --smtp")
        case CURLE_USE_SSL_FAILED:
            return MailError(.security, "\(server) does not offer STARTTLS; use smtps:// if it takes TLS from the start, or starttls=never only for a relay on this machine")
        case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CERTPROBLEM:
            return MailError(.security, "cannot set up TLS with \(server) (\(detail)); check its certificate, or give the authority that signed it with ca=FILE")
        default:
            if response >= 500, let recipient {
                return MailError(.refused, "\(server) refused the message to \(recipient) (\(detail))")
            }
            return MailError(.unreachable, "\(server) failed while sending (\(detail))")
        }
    }
}

/// The bytes of a message being uploaded, read by libcurl a chunk at a time.
private final class UploadSource {
    let bytes: Data
    var offset = 0
    init(_ bytes: Data) { self.bytes = bytes }
}

private let uploadChunk: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = { buffer, size, count, data in
    guard let buffer, let data else { return 0 }
    let source = Unmanaged<UploadSource>.fromOpaque(data).takeUnretainedValue()
    let length = min(size * count, source.bytes.count - source.offset)
    guard length > 0 else { return 0 }
    source.bytes.withUnsafeBytes { raw in
        UnsafeMutableRawPointer(buffer).copyMemory(from: raw.baseAddress! + source.offset, byteCount: length)
    }
    source.offset += length
    return length
}
