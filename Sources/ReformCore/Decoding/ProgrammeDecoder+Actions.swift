import ReformModel

/// Actions: the council's own work, with status, progress and dependencies.
extension ProgrammeDecoder {
    func decodeAction() throws -> Action? {
        var id: String?, title: String?, pillar: String?, pillars: [String]?, policy: String?, policies: [String]?, milestone: String?
        var expectations: [Action.Expectation] = []
        var owner: String?, partners: [String] = [], start: PlanDate?, due: PlanDate?, duePosition: SourcePosition?
        var status: Action.Status?, progress: Int?, progressPosition: SourcePosition?, completed: PlanDate?
        var dependsOn: [(String, SourcePosition)] = [], rag: RAGOverride?, requirement: Action.Requirement?, notes: String?, source: String?
        guard let at = try mapping(FormatSchema.action, what: "an action", { key, keyScalar in
            switch key {
            case "id":
                if let (value, position) = try identifier(what: "action id") {
                    define(.action, id: value, at: position)
                    id = value
                }
            case "title": title = try text(what: "action title")
            case "pillar": pillar = try reference(.pillar, what: "pillar")
            case "pillars": pillars = try references(.pillar, what: "pillars").map(\.0)
            case "policy": policy = try reference(.policy, what: "policy")
            case "policies": policies = try references(.policy, what: "policies").map(\.0)
            case "milestone": milestone = try reference(.milestone, what: "milestone")
            case "owner": owner = try text(what: "owner")
            case "partners": partners = try textList(what: "partners")
            case "start": start = try date(what: "start")?.0
            case "due": (due, duePosition) = try date(what: "due").map { ($0.0, $0.1) } ?? (nil, nil)
            case "status": status = try oneOf(Action.Status.self, what: "status")
            case "progress":
                progressPosition = keyScalar.position
                progress = try progressFigure()
            case "completed": completed = try date(what: "completed")?.0
            case "depends_on": dependsOn = try references(.action, what: "depends_on")
            case "rag": rag = try decodeRAGOverride()
            case "requirement": requirement = try oneOf(Action.Requirement.self, what: "requirement")
            case "expectation": expectations = try decodeExpectations()
            case "notes": notes = try text(what: "notes")
            case "source": source = try reference(.source, what: "source")
            default: try skipValue()
            }
        }) else { return nil }
        guard let id = require(id, "id", in: "an action", at: at),
              let title = require(title, "title", in: "action '\(id)'", at: at) else { return nil }
        func what() -> String { "action '\(id)'" } // made only for a message
        if pillar != nil, pillars != nil {
            error(at.position, "\(what()) gives both 'pillar' and 'pillars': give one")
        }
        if policy != nil, policies != nil {
            error(at.position, "\(what()) gives both 'policy' and 'policies': give one ('policies: [A, B]' for several, the first whose deadline it inherits)")
        }
        let allPillars = pillars ?? pillar.map { [$0] } ?? []
        if allPillars.isEmpty {
            error(at.position, "\(what()) has no pillar (add 'pillar: P1', or 'pillars: [P1, P2]')")
        }
        sites.actionDue.append(duePosition) // every path from here returns the action
        // One lookup where the id is new, which it is but for an error reported elsewhere.
        if let first = sites.actionPositions.updateValue(sites.actionDue.count - 1, forKey: id) { sites.actionPositions[id] = first }
        for (target, position) in dependsOn {
            sites.dependencies.append(.init(from: id, to: target, position: position))
        }
        let finalStatus = status ?? .notStarted
        if finalStatus == .complete, let progress, progress < 100, let progressPosition {
            warning(progressPosition, "\(what()) is complete but its progress is \(progress)%; analysis treats a complete action as 100%")
        }
        if completed != nil, finalStatus != .complete {
            warning(at.position, "\(what()) has a 'completed' date but its status is \(finalStatus.rawValue)")
        }
        if let start, let due, due.day < start.day, let duePosition {
            warning(duePosition, "\(what()) is due (\(due.shown)) before it starts (\(start.shown))")
        }
        return Action(id: id, title: title, pillars: allPillars, policy: policy, milestone: milestone, owner: owner, partners: partners,
                      start: start, due: due, status: finalStatus, progress: progress ?? (finalStatus == .complete ? 100 : nil),
                      completed: completed, dependsOn: dependsOn.map(\.0), rag: rag, requirement: requirement, notes: notes, source: source,
                      policies: policies.map(Self.unique), expectations: expectations)
    }

    /// `ids` in their order, each once.
    static func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }

    /// `expectation: {year: 2026/27, requirement: required}`, or a list of them, one a year.
    private func decodeExpectations() throws -> [Action.Expectation] {
        func one() throws -> Action.Expectation? {
            var year: FinancialYear?, requirement: Action.Requirement?
            guard let at = try mapping(FormatSchema.expectation, what: "an expectation", { key, _ in
                switch key {
                case "year": year = try scalar(what: "year").flatMap(financialYear)
                case "requirement": requirement = try oneOf(Action.Requirement.self, what: "requirement")
                default: try skipValue()
                }
            }) else { return nil }
            guard let year = require(year, "year", in: "an expectation", at: at, hint: "a financial year such as 2026/27"),
                  let requirement = require(requirement, "requirement", in: "an expectation", at: at, hint: "required or recommended") else { return nil }
            return Action.Expectation(year: year, requirement: requirement)
        }
        guard case .sequenceStart = try peek() else { return try one().map { [$0] } ?? [] }
        var expectations: [Action.Expectation] = []
        try list(what: "expectation") {
            let position = try peek().position
            guard let expectation = try one() else { return }
            if expectations.contains(where: { $0.year == expectation.year }) {
                error(position, "the expectation for \(expectation.year.label) is given twice: give one a year")
            }
            expectations.append(expectation)
        }
        return expectations
    }

    private func decodeRAGOverride() throws -> RAGOverride? {
        var status: RAGColour?, reason: String?
        guard let at = try mapping(FormatSchema.ragOverride, what: "a RAG override", { key, _ in
            switch key {
            case "status": status = try oneOf(RAGColour.self, what: "RAG status")
            case "reason": reason = try text(what: "RAG reason")
            default: try skipValue()
            }
        }) else { return nil }
        if reason?.trimmingSpaces().isEmpty ?? true {
            error(at.position, "a RAG override needs a reason: add 'reason: ...' saying why the computed RAG does not apply")
            return nil
        }
        guard let status = require(status, "status", in: "a RAG override", at: at, hint: "red, amber or green"), let reason else { return nil }
        return RAGOverride(status: status, reason: reason)
    }
}
