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
        guard let at = try mapping(FormatSchema.policy, what: "a policy", { key, _ in
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
            default: try skipValue()
            }
        }) else { return nil }
        guard let id = require(id, "id", in: "a policy", at: at),
              let title = require(title, "title", in: "policy '\(id)'", at: at),
              let kind = require(kind, "kind", in: "policy '\(id)'", at: at, hint: Policy.Kind.allCases.map(\.rawValue).joined(separator: ", ")) else { return nil }
        return Policy(id: id, title: title, kind: kind, published: published, url: url, pillars: pillars, deadline: deadline,
                      deadlineLabel: deadlineLabel, statutory: statutory, summary: summary, source: source)
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
