import ReformModel

/// The `programme:` and `settings:` sections.
extension ProgrammeDecoder {
    func decodeInfo() throws -> ProgrammeInfo? {
        var id: String?, title: String?, organisation: String?, sponsor: String?, vision: String?, currency = "GBP"
        var asOf: PlanDate?, contacts: [Contact] = [], source: String?
        let what = "the programme section"
        guard let start = try mapping(FormatSchema.programme, what: what, { key, _ in
            switch key {
            case "id": id = try identifier(what: "programme id")?.0
            case "title": title = try text(what: "programme title")
            case "organisation": organisation = try text(what: "organisation")
            case "sponsor": sponsor = try text(what: "sponsor")
            case "vision": vision = try text(what: "vision")
            case "currency":
                guard let scalar = try scalar(what: "currency"), !scalar.isNull else { return }
                if scalar.value.count == 3, scalar.value.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                    currency = scalar.value
                } else {
                    error(scalar.position, "'\(scalar.value)' is not a currency code (write a three-letter ISO 4217 code such as GBP)")
                }
            case "as_of": asOf = try date(what: "as_of")?.0
            case "contacts": contacts = try items(what: "contacts") { try decodeContact() }
            case "source": source = try reference(.source, what: "source")
            default: try skipValue()
            }
        }) else { return nil }
        guard let id = require(id, "id", in: what, at: start),
              let title = require(title, "title", in: what, at: start),
              let organisation = require(organisation, "organisation", in: what, at: start, hint: "the council's name") else { return nil }
        return ProgrammeInfo(id: id, title: title, organisation: organisation, sponsor: sponsor, vision: vision, currency: currency,
                             asOf: asOf, contacts: contacts, source: source)
    }

    func decodeContact() throws -> Contact? {
        var name: String?, position: String?, telephone: String?, email: String?
        guard let start = try mapping(FormatSchema.contact, what: "a contact", { key, _ in
            switch key {
            case "name": name = try text(what: "contact name")
            case "position": position = try text(what: "contact position")
            case "telephone": telephone = try text(what: "telephone")
            case "email": email = try text(what: "email")
            default: try skipValue()
            }
        }) else { return nil }
        guard let position = require(position, "position", in: "a contact", at: start, hint: "the officer's role") else { return nil }
        return Contact(name: name, position: position, telephone: telephone, email: email)
    }

    func decodeSettings() throws -> Settings? {
        var settings = Settings()
        guard try mapping(FormatSchema.settings, what: "settings", { key, _ in
            switch key {
            case "rag": settings.rag = try decodeThresholds() ?? settings.rag
            default: try skipValue()
            }
        }) != nil else { return nil }
        return settings
    }

    private func decodeThresholds() throws -> RAGThresholds? {
        var thresholds = RAGThresholds()
        guard let start = try mapping(FormatSchema.ragThresholds, what: "settings.rag", { key, _ in
            switch key {
            case "green_at": thresholds.greenAt = try integer(what: "green_at", in: 0...1000) ?? thresholds.greenAt
            case "red_at": thresholds.redAt = try integer(what: "red_at", in: 0...1000) ?? thresholds.redAt
            default: try skipValue()
            }
        }) else { return nil }
        guard thresholds.redAt < thresholds.greenAt else {
            error(start.position, "red_at (\(thresholds.redAt)) must be below green_at (\(thresholds.greenAt))")
            return nil
        }
        return thresholds
    }
}
