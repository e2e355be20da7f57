/// An email address as the users page and `reform users --email` accept it: one mailbox,
/// `local@domain`, with nothing a mail header or an SMTP command could be broken by.
public enum MailAddress {
    /// What is wrong with `address`, in words ending with what would be right; `nil` when it will do.
    public static func problem(with address: String) -> String? {
        let example = "give it as name@council.gov.uk"
        guard !address.isEmpty else { return "the address is empty; \(example)" }
        guard address.utf8.count <= 254 else { return "the address is longer than 254 bytes; \(example)" }
        if let bad = address.unicodeScalars.first(where: { $0.value < 0x21 || $0.value == 0x7F || "<>()[],;:\\\"".unicodeScalars.contains($0) }) {
            let shown = bad.value < 0x21 || bad.value == 0x7F ? "U+\(String(bad.value, radix: 16, uppercase: true).leftPadded(to: 4))" : "'\(bad)'"
            return "an address cannot hold \(shown); \(example)"
        }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return "an address has exactly one @; \(example)" }
        let (local, domain) = (parts[0], parts[1])
        guard !local.isEmpty, local.utf8.count <= 64 else { return "the part before the @ must have 1 to 64 characters; \(example)" }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }) else {
            return "'\(domain)' is not a domain name such as council.gov.uk; \(example)"
        }
        return nil
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
