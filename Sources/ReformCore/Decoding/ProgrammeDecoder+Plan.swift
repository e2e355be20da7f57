import ReformModel

/// Phases, pillars, policies and milestones: the shape of the national reform.
extension ProgrammeDecoder {
    func decodePhase() throws -> Phase? {
        var id: String?, title: String?, start: PlanDate?, end: PlanDate?, description: String?, source: String?
        guard let at = try mapping(FormatSchema.phase, what: "a phase", { key, _ in
            switch key {
            case "id": id = try defineID(.phase)
            case "title": title = try text(what: "phase title")
            case "start": start = try date(what: "start")?.0
            case "end": end = try date(what: "end")?.0
            case "description": description = try text(what: "description")
            case "source": source = try reference(.source, what: "source")
            default: try skipValue()
            }
        }) else { return nil }
        guard let id = require(id, "id", in: "a phase", at: at), let title = require(title, "title", in: "phase '\(id)'", at: at) else { return nil }
        if let start, let end, end.day < start.day {
            error(at.position, "phase '\(id)' ends (\(end.shown)) before it starts (\(start.shown))")
        }
        return Phase(id: id, title: title, start: start, end: end, description: description, source: source)
    }

    func decodePillar() throws -> Pillar? {
        var id: String?, number: Int?, title: String?, aim: String?, source: String?
        guard let at = try mapping(FormatSchema.pillar, what: "a pillar", { key, _ in
            switch key {
            case "id": id = try defineID(.pillar)
            case "number": number = try integer(what: "pillar number", in: 1...99)
            case "title": title = try text(what: "pillar title")
            case "aim": aim = try text(what: "aim")
            case "source": source = try reference(.source, what: "source")
            default: try skipValue()
            }
        }) else { return nil }
        guard let id = require(id, "id", in: "a pillar", at: at), let title = require(title, "title", in: "pillar '\(id)'", at: at) else { return nil }
        return Pillar(id: id, number: number, title: title, aim: aim, source: source)
    }

    func decodePolicy() throws -> Policy? {
        var id: String?, title: String?, kind: Policy.Kind?, published: PlanDate?, url: String?, pillars: [String] = []
        var deadline: PlanDate?, deadlineLabel: String?, statutory = false, summary: String?, source: String?
        var supersedes: [(String, SourcePosition)] = [], deliveredThrough: [String] = [], carriesOver: String?, royalAssent: PlanDate?
        var duties: [Duty] = [], needsAssent: SourcePosition?, dutiesAt: SourcePosition?
        guard let at = try mapping(FormatSchema.policy, what: "a policy", { key, keyScalar in
            switch key {
            case "id": id = try defineID(.policy)
            case "title": title = try text(what: "policy title")
            case "kind": kind = try oneOf(Policy.Kind.self, what: "policy kind")
            case "published": published = try date(what: "published")?.0
            case "url": url = try text(what: "url")
            case "pillars": pillars = try references(.pillar, what: "pillars").map(\.0)
            case "deadline": deadline = try date(what: "deadline")?.0
            case "deadline_label": deadlineLabel = try text(what: "deadline_label")
            case "statutory": statutory = try boolean(what: "statutory") ?? false
            case "summary": summary = try text(what: "summary")
            case "source": source = try reference(.source, what: "source")
            case "supersedes": supersedes = try references(.policy, what: "supersedes")
            case "delivered_through": deliveredThrough = try references(.policy, what: "delivered_through").map(\.0)
            case "carries_over": carriesOver = try text(what: "carries_over")
            case "royal_assent": royalAssent = try date(what: "royal_assent")?.0
            case "duties":
                dutiesAt = keyScalar.position
                duties = try items(what: "duties") {
                    guard let (duty, countsFromAssent) = try decodeDuty() else { return nil }
                    if countsFromAssent, needsAssent == nil { needsAssent = keyScalar.position }
                    return duty
                }
            default: try skipValue()
            }
        }) else { return nil }
        guard let id = require(id, "id", in: "a policy", at: at),
              let title = require(title, "title", in: "policy '\(id)'", at: at),
              let kind = require(kind, "kind", in: "policy '\(id)'", at: at, hint: Policy.Kind.allCases.map(\.rawValue).joined(separator: ", ")) else { return nil }
        if let dutiesAt, !duties.isEmpty, kind != .legislation {
            error(dutiesAt, "policy '\(id)' has duties but is of kind \(kind.rawValue): only legislation places duties (kind: legislation)")
        }
        if let needsAssent, royalAssent == nil {
            error(needsAssent, "policy '\(id)' has a duty that commences after Royal Assent, but no royal_assent: add 'royal_assent: DATE' to the policy")
        }
        for (superseded, position) in supersedes where superseded == id {
            error(position, "policy '\(id)' supersedes itself: name the policy it replaces")
        }
        sites.supersedes.append(contentsOf: supersedes.map { .init(from: id, to: $0.0, position: $0.1) })
        return Policy(id: id, title: title, kind: kind, published: published, url: url, pillars: pillars, deadline: deadline,
                      deadlineLabel: deadlineLabel, statutory: statutory, summary: summary, source: source,
                      supersedes: supersedes.map(\.0), deliveredThrough: deliveredThrough, carriesOver: carriesOver, royalAssent: royalAssent,
                      duties: duties)
    }

    /// A legal duty of an Act, and whether its commencement counts from Royal Assent. Its id is
    /// defined among the policies', so that an action names it in `policies`.
    func decodeDuty() throws -> (Duty, Bool)? {
        var id: String?, title: String?, section: String?, summary: String?, source: String?
        var inForce: PlanDate?, afterAssent: Int?, byRegulations: Bool?, expected: PlanDate?
        var commencementKeys: [String] = []
        guard let at = try mapping(FormatSchema.duty, what: "a duty", { key, _ in
            switch key {
            case "id": id = try defineID(.policy)
            case "title": title = try text(what: "duty title")
            case "section": section = try text(what: "section")
            case "in_force":
                commencementKeys.append(key)
                inForce = try date(what: "in_force")?.0
            case "after_assent":
                commencementKeys.append(key)
                if let scalar = try scalar(what: "after_assent"), !scalar.isNull {
                    afterAssent = Self.months(scalar.value)
                    if afterAssent == nil {
                        error(scalar.position, "'\(scalar.value)' is not a period after Royal Assent: write it as '2 months' (1 to 120 months)")
                    }
                }
            case "by_regulations":
                commencementKeys.append(key)
                byRegulations = try boolean(what: "by_regulations")
            case "expected": expected = try date(what: "expected")?.0
            case "summary": summary = try text(what: "summary")
            case "source": source = try reference(.source, what: "source")
            default: try skipValue()
            }
        }) else { return nil }
        guard let id = require(id, "id", in: "a duty", at: at), let title = require(title, "title", in: "duty '\(id)'", at: at) else { return nil }
        let choices = "in_force: DATE, after_assent: 2 months, or by_regulations: true (with expected: DATE where a date is given out)"
        guard commencementKeys.count == 1 else {
            error(at.position, commencementKeys.isEmpty ? "duty '\(id)' has no commencement: give one of \(choices)"
                  : "duty '\(id)' gives \(commencementKeys.joined(separator: " and ")): give one commencement")
            return nil
        }
        let commencement: Duty.Commencement
        if let inForce {
            commencement = .on(inForce)
        } else if let afterAssent {
            commencement = .afterAssent(months: afterAssent)
        } else if byRegulations == true {
            commencement = .byRegulations(expected: expected)
        } else {
            if byRegulations == false { error(at.position, "duty '\(id)' has by_regulations: false, which says no commencement: give one of \(choices)") }
            return nil
        }
        if expected != nil, byRegulations != true {
            error(at.position, "duty '\(id)' has expected, which is for a duty awaiting regulations (by_regulations: true)")
        }
        return (Duty(id: id, title: title, section: section, commencement: commencement, summary: summary, source: source), afterAssent != nil)
    }

    /// "2 months", "1 month", "two months" as a number of months, 1 to 120.
    static func months(_ text: String) -> Int? {
        let words = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "nine": 9, "twelve": 12]
        let parts = text.lowercased().split(separator: " ")
        guard parts.count == 2, parts[1] == "months" || parts[1] == "month", let count = Int(parts[0]) ?? words[String(parts[0])],
              (1...120).contains(count) else { return nil }
        return count
    }

    func decodeMilestone() throws -> Milestone? {
        var id: String?, title: String?, due: PlanDate?, policy: String?, pillars: [String] = [], statutory = false, national = false
        var owner: String?, notes: String?, source: String?
        guard let at = try mapping(FormatSchema.milestone, what: "a milestone", { key, _ in
            switch key {
            case "id": id = try defineID(.milestone)
            case "title": title = try text(what: "milestone title")
            case "due": due = try date(what: "due")?.0
            case "policy": policy = try reference(.policy, what: "policy")
            case "pillars": pillars = try references(.pillar, what: "pillars").map(\.0)
            case "statutory": statutory = try boolean(what: "statutory") ?? false
            case "national": national = try boolean(what: "national") ?? false
            case "owner": owner = try text(what: "owner")
            case "notes": notes = try text(what: "notes")
            case "source": source = try reference(.source, what: "source")
            default: try skipValue()
            }
        }) else { return nil }
        guard let id = require(id, "id", in: "a milestone", at: at), let title = require(title, "title", in: "milestone '\(id)'", at: at) else { return nil }
        return Milestone(id: id, title: title, due: due, policy: policy, pillars: pillars, statutory: statutory, national: national,
                         owner: owner, notes: notes, source: source)
    }

    /// Reads an item's id and records its definition.
    func defineID(_ kind: ItemKind, scope: String = "") throws -> String? {
        guard let (id, position) = try identifier(what: "\(kind.noun) id") else { return nil }
        define(kind, id: id, at: position, scope: scope)
        return id
    }
}
