/// Where a sign-in may send the person afterwards (`next`): only a page this server serves, so a
/// link can neither send anyone to another site nor carry markup into the sign-in form.
///
/// A path is accepted when it matches one of `pages` segment by segment, a `:name` segment taking
/// an id (letters, digits, `.`, `-`, `_`), with at most a query of plain `name=value` pairs. A POST
/// route is never a page, so a form sent after the session ended never comes back as a `next`.
enum ReturnPath {
    /// The pages a person may be sent back to, as the router names them.
    static let pages = [
        "/", "/my", "/pillars/:id", "/actions/:id", "/deadlines", "/funding", "/risks", "/committee", "/log", "/reports",
        "/reports/:run", "/updates/:event/correct", "/admin/users",
    ]

    /// `next` when it is such a page, else `/`.
    static func accepted(_ next: String?) -> String {
        guard let next, next.utf8.count <= 512 else { return "/" }
        let parts = next.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let path = parts[0], query = parts.count > 1 ? parts[1] : nil
        guard pages.contains(where: { matches(path, $0) }), query.map(isPlainQuery) ?? true else { return "/" }
        return next
    }

    private static func matches(_ path: Substring, _ pattern: String) -> Bool {
        let given = path.split(separator: "/", omittingEmptySubsequences: false)
        let wanted = pattern.split(separator: "/", omittingEmptySubsequences: false)
        guard path.hasPrefix("/"), given.count == wanted.count else { return false }
        return zip(given, wanted).allSatisfy { segment, expected in
            expected.hasPrefix(":") ? !segment.isEmpty && segment.unicodeScalars.allSatisfy(isIDScalar) : segment == expected
        }
    }

    private static func isIDScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar))
    }

    private static func isPlainQuery(_ query: Substring) -> Bool {
        query.unicodeScalars.allSatisfy { isIDScalar($0) || $0 == "=" || $0 == "&" }
    }

    /// The page a form posting to `path` is on: the longest start of the path that is a page
    /// (`/actions/A1/updates` is on `/actions/A1`); the dashboard when none is.
    static func page(ofForm path: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        while parts.count > 1 {
            let candidate = parts.joined(separator: "/")
            if !candidate.isEmpty, accepted(candidate) == candidate { return candidate }
            parts.removeLast()
        }
        return "/"
    }
}
