/// `GET /accessibility`: the accessibility statement the Public Sector Bodies Accessibility
/// Regulations 2018 require of a council's service, for anyone, signed in or not.
struct AccessibilityPage: Sendable {
    let organisation: String
    let contact: String
    let prepared = "6 December 2026"
}
