import Foundation
import Hummingbird

/// A submitted form (`application/x-www-form-urlencoded`), read with a size limit.
struct FormBody: Sendable {
    /// The largest body taken: room for a note of `FreeTextLimit.maximumCharacters` characters, percent-encoded. A larger one gets 413.
    static let maximumBytes = 512 * 1024

    /// The fields; a field sent twice keeps its first value.
    let fields: [String: String]

    /// Reads the request's form.
    ///
    /// - Throws: `tooLarge` past the limit, `malformed` for a body that is not a form.
    static func read(_ request: Request) async throws(WebFailure) -> FormBody {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: maximumBytes)
        } catch {
            throw WebFailure.tooLarge
        }
        let text = String(buffer: buffer)
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]), let value = decode(parts.count > 1 ? parts[1] : "") else {
                throw WebFailure.malformed("the form could not be read: a field is not percent-encoded")
            }
            if fields[name] == nil { fields[name] = value }
        }
        return FormBody(fields: fields)
    }

    /// A field's value, `nil` when absent.
    subscript(_ name: String) -> String? { fields[name] }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
