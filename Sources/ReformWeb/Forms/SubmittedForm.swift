import Hummingbird

/// A form as sent: decoded into a `Decodable` value of its fields with Hummingbird's
/// `URLEncodedFormDecoder`, once its body is read within the size limit and, for a signed-in
/// person's form, its CSRF token and origin are checked.
protocol SentForm: Decodable, Sendable {
    /// The form's CSRF token, as it came.
    var csrf: String? { get }
}

enum SubmittedForm {
    /// The largest body taken: room for a note of `FreeTextLimit.maximumCharacters` characters, percent-encoded. A larger one gets 413.
    static let maximumBytes = 512 * 1024

    /// The form's fields, checked to be this session's: a missing or wrong token, or an `Origin` that
    /// is not this site (`Origin: null` included: no form of ours is sent from a sandbox), is 403.
    ///
    /// - Throws: `WebFailure`: `tooLarge` (413), `malformed` (400), `forgedForm` (403).
    static func decode<Fields: SentForm>(_ type: Fields.Type, from request: Request, csrf expected: String) async throws(WebFailure) -> Fields {
        let fields = try await read(type, from: request)
        guard let given = fields.csrf, !expected.isEmpty, constantTimeEqual(given, expected) else { throw WebFailure.forgedForm }
        if let origin = request.headers[.origin] {
            let host = request.head.authority ?? ""
            guard origin == "http://\(host)" || origin == "https://\(host)" else { throw WebFailure.forgedForm }
        }
        return fields
    }

    /// The form's fields, unchecked: for the sign-in form, whose token is checked against its own cookie.
    static func read<Fields: Decodable>(_ type: Fields.Type, from request: Request) async throws(WebFailure) -> Fields {
        var request = request
        let buffer: ByteBuffer
        do { buffer = try await request.collectBody(upTo: maximumBytes) } catch { throw WebFailure.tooLarge }
        do {
            return try URLEncodedFormDecoder().decode(type, from: String(buffer: buffer))
        } catch {
            throw WebFailure.malformed("the form could not be read")
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

/// A form with nothing but its token: signing out.
struct TokenForm: SentForm {
    let csrf: String?
}

/// Signing in.
struct SignInForm: SentForm {
    let csrf: String?
    let next: String?
    let username: String?
    let password: String?
}

/// An update of an action: each field empty when not given.
struct UpdateForm: SentForm {
    let csrf: String?
    /// The newest event of the action the form was drawn from, empty for none.
    let base: String?
    let status: String?
    let progress: String?
    let due: String?
    let note: String?
}

/// A void of an update.
struct VoidForm: SentForm {
    let csrf: String?
    let reason: String?
}

/// A correction of an update.
struct CorrectForm: SentForm {
    let csrf: String?
    let status: String?
    let progress: String?
    let due: String?
    let note: String?
    let reason: String?
}

/// A response to a committee resolution.
struct ResponseForm: SentForm {
    let csrf: String?
    let response: String?
    let status: String?
}

/// A report run.
struct ReportForm: SentForm {
    let csrf: String?
    let plugin: String?
    let format: String?
    /// `last`, empty for no changes, or `run:N` for an issued run chosen.
    let since: String?
    /// The day the report is as at (a loose date means its last day); today when empty.
    let asOf: String?
    /// `yes` when ticked: the run is the one issued to the committee.
    let issue: String?
    /// Each plugin's options as typed, sent as `option[plugin][name]`; only the chosen plugin's are used.
    let option: [String: [String: String]]?

    private enum CodingKeys: String, CodingKey {
        case csrf, plugin, format, since, asOf = "as_of", issue, option
    }
}

/// A decision on a report run: `issued` or `discarded`, with a reason.
struct ReportDecisionForm: SentForm {
    let csrf: String?
    let outcome: String?
    let reason: String?
}

/// A user added by an admin.
struct NewUserForm: SentForm {
    let csrf: String?
    let username: String?
    let role: String?
    /// The plan's owners ticked, sent as `owners[]`.
    let owners: [String]?
    let password: String?
    let email: String?
}

/// A user changed by an admin.
struct ChangeUserForm: SentForm {
    let csrf: String?
    let role: String?
    /// The plan's owners ticked, sent as `owners[]`.
    let owners: [String]?
    let state: String?
    let email: String?
}

extension Optional where Wrapped == String {
    /// The value, `nil` when absent or only spaces: what a form means by a field left empty.
    var given: String? {
        flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
    }
}
