import Foundation

/// One email, as plain text and HTML, to one person: what the outbox keeps and the SMTP client sends.
public struct MailMessage: Sendable, Equatable {
    public var to: String
    public var subject: String
    public var text: String
    public var html: String

    public init(to: String, subject: String, text: String, html: String) {
        self.to = to
        self.subject = subject
        self.text = text
        self.html = html
    }

    /// The message as it goes over SMTP (RFC 5322 with MIME): `multipart/alternative` with the
    /// text first and the HTML second, each UTF-8 in base64 (so no line is too long and no line
    /// is a lone dot), the subject an RFC 2047 word when it is not ASCII. Header values have
    /// their line breaks taken out, so nothing typed can add a header.
    public func wire(from: String, date: Date, id: String) -> String {
        let boundary = "reform-\(id.filter { $0.isLetter || $0.isNumber })"
        let host = from.split(separator: "@").last.map(String.init) ?? "localhost"
        let headers = [
            "From: \(Self.headerValue(from))",
            "To: \(Self.headerValue(to))",
            "Subject: \(Self.encodedWord(Self.headerValue(subject)))",
            "Date: \(Self.date(date))",
            "Message-ID: <\(id)@\(host)>",
            "MIME-Version: 1.0",
            "Content-Type: multipart/alternative; boundary=\"\(boundary)\"",
            "Auto-Submitted: auto-generated",
        ]
        func part(_ type: String, _ body: String) -> String {
            "--\(boundary)\r\nContent-Type: \(type); charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n\(Self.base64Lines(body))"
        }
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + part("text/plain", text) + part("text/html", html) + "--\(boundary)--\r\n"
    }

    private static func headerValue(_ value: String) -> String {
        String(String.UnicodeScalarView(value.unicodeScalars.map { $0 == "\r" || $0 == "\n" ? " " : $0 }))
    }

    private static func encodedWord(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { $0.value > 0x7E }) else { return value }
        // Words of at most 45 bytes of UTF-8 (60 in base64), split between characters, folded onto lines of their own.
        var words: [String] = [], chunk = Data()
        for character in value {
            let bytes = Data(String(character).utf8)
            if chunk.count + bytes.count > 45 { words.append("=?UTF-8?B?\(chunk.base64EncodedString())?="); chunk = Data() }
            chunk.append(bytes)
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(chunk.base64EncodedString())?=") }
        return words.joined(separator: "\r\n ")
    }

    private static func base64Lines(_ body: String) -> String {
        Data(body.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed]) + "\r\n"
    }

    private static func date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
