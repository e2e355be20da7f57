import ReformModel

/// Indicators, metrics and risks: what the programme reports and watches.
extension ProgrammeDecoder {
    func decodeIndicator() throws -> Indicator? {
        var id: String?, title: String?, outcome: String?, enabler: String?, readiness: Indicator.Readiness?, count = 1
        var partnerData: [String] = [], notes: String?, source: String?
        guard let at = try mapping(FormatSchema.indicator, what: "an indicator", { key, _ in
            switch key {
            case "id": id = try defineID(.indicator)
            case "title": title = try text(what: "indicator title")
            case "outcome": outcome = try text(what: "outcome")
            case "enabler": enabler = try text(what: "enabler")
            case "readiness": readiness = try oneOf(Indicator.Readiness.self, what: "readiness")
            case "count": count = try integer(what: "count", in: 1...1_000_000) ?? count
            case "partner_data": partnerData = try textList(what: "partner_data")
            case "notes": notes = try text(what: "notes")
            case "source": source = try reference(.source, what: "source")
            default: try skipValue()
            }
        }) else { return nil }
        guard let id = require(id, "id", in: "an indicator", at: at),
              let title = require(title, "title", in: "indicator '\(id)'", at: at),
              let readiness = require(readiness, "readiness", in: "indicator '\(id)'", at: at, hint: "green, orange or red") else { return nil }
        return Indicator(id: id, title: title, outcome: outcome, enabler: enabler, readiness: readiness, count: count,
                         partnerData: partnerData, notes: notes, source: source)
    }

    func decodeMetric() throws -> Metric? {
        var id: String?, title: String?, value: String?, unit: String?, approximate = false, asOf: PlanDate?, notes: String?, source: String?
        guard let at = try mapping(FormatSchema.metric, what: "a metric", { key, _ in
            switch key {
            case "id": id = try defineID(.metric)
            case "title": title = try text(what: "metric title")
            case "value":
                guard let scalar = try scalar(what: "value"), !scalar.isNull else { return }
                if Self.isPlainDecimal(scalar.value) {
                    value = scalar.value
                } else {
                    error(scalar.position, "metric value '\(scalar.value)' is not a plain number (write 666 or 20.5; put words such as 'about' in notes or approximate: true)")
                }
            case "unit": unit = try text(what: "unit")
            case "approximate": approximate = try boolean(what: "approximate") ?? false
            case "as_of": asOf = try date(what: "as_of")?.0
            case "notes": notes = try text(what: "notes")
            case "source": source = try reference(.source, what: "source")
            default: try skipValue()
            }
        }) else { return nil }
        guard let id = require(id, "id", in: "a metric", at: at),
              let title = require(title, "title", in: "metric '\(id)'", at: at),
              let value = require(value, "value", in: "metric '\(id)'", at: at) else { return nil }
        return Metric(id: id, title: title, value: value, unit: unit, approximate: approximate, asOf: asOf, notes: notes, source: source)
    }

    func decodeRisk() throws -> Risk? {
        var id: String?, title: String?, likelihood: Int?, impact: Int?, owner: String?, mitigation: String?
        var pillars: [String] = [], policy: String?, notes: String?, source: String?
        guard let at = try mapping(FormatSchema.risk, what: "a risk", { key, _ in
            switch key {
            case "id": id = try defineID(.risk)
            case "title": title = try text(what: "risk title")
            case "likelihood": likelihood = try integer(what: "likelihood", in: 1...5)
            case "impact": impact = try integer(what: "impact", in: 1...5)
            case "owner": owner = try text(what: "owner")
            case "mitigation": mitigation = try text(what: "mitigation")
            case "pillars": pillars = try references(.pillar, what: "pillars").map(\.0)
            case "policy": policy = try reference(.policy, what: "policy")
            case "notes": notes = try text(what: "notes")
            case "source": source = try reference(.source, what: "source")
            default: try skipValue()
            }
        }) else { return nil }
        guard let id = require(id, "id", in: "a risk", at: at), let title = require(title, "title", in: "risk '\(id)'", at: at) else { return nil }
        return Risk(id: id, title: title, likelihood: likelihood, impact: impact, owner: owner, mitigation: mitigation, pillars: pillars,
                    policy: policy, notes: notes, source: source)
    }

    /// Digits with at most one decimal point: a figure kept exactly as written.
    private static func isPlainDecimal(_ text: String) -> Bool {
        var digits = 0, points = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") { points += 1 } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { digits += 1 } else { return false }
        }
        return digits > 0 && points <= 1 && text.utf8.last != UInt8(ascii: ".") && text.utf8.first != UInt8(ascii: ".")
    }
}
