import Hummingbird

/// The checks every form POST passes before it is read further: its CSRF token matches, in
/// constant time, and, where the browser says where it comes from, it comes from this site.
enum FormGuard {
    /// Throws `forgedForm` unless `form`'s `csrf` field is `expected` and the `Origin`, where the
    /// browser sends one, is this host. `Origin: null` (a sandboxed frame, a page from a file) is
    /// refused: no form of ours is sent from there.
    static func check(_ request: Request, _ form: FormBody, expected: String) throws(WebFailure) {
        guard let given = form["csrf"], !expected.isEmpty, constantTimeEqual(given, expected) else { throw WebFailure.forgedForm }
        if let origin = request.headers[.origin] {
            let host = request.head.authority ?? ""
            guard origin == "http://\(host)" || origin == "https://\(host)" else { throw WebFailure.forgedForm }
        }
    }

    /// Whether two strings are equal, taking as long whatever the first difference.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
