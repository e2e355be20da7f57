import ReformMail
import ReformModel

/// A user's email address as typed: trimmed, empty meaning none, checked for form.
enum EmailAddresses {
    /// The address to keep, `nil` for none.
    ///
    /// - Throws: `AppError` about the `email` field, saying what is wrong and what would be right.
    static func checked(_ typed: String?) throws(AppError) -> String? {
        guard let address = typed?.trimmingSpaces(), !address.isEmpty else { return nil }
        if let problem = MailAddress.problem(with: address) { throw AppError.invalid(problem, .email, status: .usage) }
        return address
    }
}
