import Hummingbird

/// The form that opens a round: its name, due day, pillars (`pillars[]`, none for all) and whether
/// contributors' updates need sign-off.
struct OpenRoundForm: SentForm {
    let csrf: String?
    let name: String?
    let due: String?
    let pillars: [String]?
    let signOff: String?

    enum CodingKeys: String, CodingKey {
        case csrf, name, due, pillars, signOff = "sign_off"
    }
}

/// The form that closes a round, and the one that returns an update: a reason.
struct ReasonForm: SentForm {
    let csrf: String?
    let reason: String?
}
