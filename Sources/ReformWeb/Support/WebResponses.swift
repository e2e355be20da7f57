import Foundation
import Hummingbird
import ReformApp

/// The shapes of response every route gives: a page, JSON, a redirect.
enum WebResponses {
    /// Whether the client asked for JSON rather than a page.
    static func wantsJSON(_ request: Request) -> Bool {
        guard let accept = request.headers[.accept] else { return false }
        return accept.contains("application/json") && !accept.contains("text/html")
    }

    /// `value` as the `--json` output gives it.
    static func json<Value: Encodable>(_ value: Value, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try JSONOutputText.data(value)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `{"error": message}` with `status`.
    static func jsonError(_ status: HTTPResponse.Status, _ message: String) -> Response {
        (try? json(["error": message], status: status)) ?? Response(status: status)
    }

    /// An HTML page.
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The `Link` header of a paged list (RFC 8288: `rel="next"`, `rel="prev"`), and its total
    /// in `X-Total-Count`, so that a script can walk every page of the JSON.
    static func addPageLinks<Element>(_ response: inout Response, _ page: Paged<Element>, path: String) {
        var links: [String] = []
        if page.hasPrevious { links.append("<\(path)?page=\(page.number - 1)>; rel=\"prev\"") }
        if page.hasNext { links.append("<\(path)?page=\(page.number + 1)>; rel=\"next\"") }
        if !links.isEmpty { response.headers[.link] = links.joined(separator: ", ") }
        response.headers[.xTotalCount] = String(page.total)
    }

    /// A 303 to `location`, after a form.
    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// "3 minutes", "1 minute", for a wait in seconds (rounded up).
    static func minutes(_ seconds: Int64) -> String {
        let minutes = max(1, (seconds + 59) / 60)
        return minutes == 1 ? "1 minute" : "\(minutes) minutes"
    }
}
