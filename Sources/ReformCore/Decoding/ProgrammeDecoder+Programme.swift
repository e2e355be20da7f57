import ReformModel

/// The `programme:` and `settings:` sections.
extension ProgrammeDecoder {
    func decodeInfo() throws -> ProgrammeInfo? {
        var id: String?, title: String?, organisation: String?, sponsor: String?, vision: String?, currency = "GBP"
        var asOf: PlanDate?, contacts: [Contact] = [], strategy: Strategy?, source: String?
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
            case "strategy": strategy = try decodeStrategy()
            case "source": source = try reference(.source, what: "source")
            default: try skipValue()
            }
        }) else { return nil }
        guard let id = require(id, "id", in: what, at: start),
              let title = require(title, "title", in: what, at: start),
              let organisation = require(organisation, "organisation", in: what, at: start, hint: "the council's name") else { return nil }
        return ProgrammeInfo(id: id, title: title, organisation: organisation, sponsor: sponsor, vision: vision, currency: currency,
                             asOf: asOf, contacts: contacts, strategy: strategy, source: source)
    }

    /// `programme.strategy`: the council's strategy, with at least one outcome.
    func decodeStrategy() throws -> Strategy? {
        var title: String?, outcomes: [Strategy.Outcome] = [], source: String?
        let what = "programme.strategy"
        let problemsBefore = diagnostics.count
        guard let start = try mapping(FormatSchema.strategy, what: what, { key, _ in
            switch key {
            case "title": title = try text(what: "strategy title")
            case "outcomes": outcomes = try items(what: "strategy outcomes") { try decodeStrategyOutcome() }
            case "source": source = try reference(.source, what: "source")
            default: try skipValue()
            }
        }) else { return nil }
        guard let title = require(title, "title", in: what, at: start, hint: "the strategy's name, such as Our Manchester Strategy") else { return nil }
        guard !outcomes.isEmpty else {
            // Outcomes that were there but wrong have said so already.
            if diagnostics.count == problemsBefore {
                error(start.position, "programme.strategy lists no outcomes (give its outcomes as a list under outcomes:, each with a title)")
            }
            return nil
        }
        return Strategy(title: title, outcomes: outcomes, source: source)
    }

    private func decodeStrategyOutcome() throws -> Strategy.Outcome? {
        var title: String?, contribution: String?
        guard let start = try mapping(FormatSchema.strategyOutcome, what: "a strategy outcome", { key, _ in
            switch key {
            case "title": title = try text(what: "outcome title")
            case "contribution": contribution = try text(what: "contribution")
            default: try skipValue()
            }
        }) else { return nil }
        guard let title = require(title, "title", in: "a strategy outcome", at: start, hint: "the outcome as the strategy words it") else { return nil }
        return Strategy.Outcome(title: title, contribution: contribution)
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
