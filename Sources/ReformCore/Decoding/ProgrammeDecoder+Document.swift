import ReformModel

/// The stream, the document and the top-level keys.
extension ProgrammeDecoder {
    /// Decodes the one document of the stream. Returns `nil` when the file has no usable top level.
    func decodeDocument() throws -> Programme? {
        guard case .streamStart = try next() else { return nil }
        let first = try next()
        guard case .documentStart = first else {
            error(.startOfFile, "the file is empty: a programme file starts with 'format: \(Programme.formatTag)'")
            return nil
        }
        let root = try peek()
        if case .scalar(let scalar) = root, scalar.isNull {
            error(.startOfFile, "the file is empty: a programme file starts with 'format: \(Programme.formatTag)'")
            _ = try next()
        } else if case .mappingStart = root {
            // decoded below
        } else {
            // Nothing in a file whose top level is not a mapping can be read as a programme: stop here, however large it is.
            error(root.position, "the top level of a programme file must be a mapping starting with 'format: \(Programme.formatTag)', found \(root.kindDescription)")
            return nil
        }
        let programme: Programme?
        if case .mappingStart = root { programme = try decodeTopLevel() } else { programme = nil }
        _ = try next() // document end
        let after = try next()
        if case .documentStart(let position) = after {
            error(position, "the file holds more than one YAML document; a programme file holds exactly one (remove the '---' separator and what follows, or split the file)")
        }
        return programme
    }

    private func decodeTopLevel() throws -> Programme? {
        var formatSeen = false
        var info: ProgrammeInfo?
        var settings = Settings()
        var phases: [Phase] = [], pillars: [Pillar] = [], policies: [Policy] = [], milestones: [Milestone] = []
        var actions: [Action] = [], funding: [Funding] = [], burdens: [Burden] = [], indicators: [Indicator] = []
        var metrics: [Metric] = [], risks: [Risk] = [], committees: [Committee] = [], sources: [Source] = []
        var pillarsSeen = false, infoSeen = false

        try mapping(FormatSchema.top, what: "the programme file") { key, keyScalar in
            switch key {
            case "format":
                formatSeen = true
                guard let value = try scalar(what: "format") else { return }
                if value.value != Programme.formatTag {
                    error(value.position, "format '\(value.value)' is not supported: this tool reads '\(Programme.formatTag)'")
                }
            case "programme":
                infoSeen = true
                info = try decodeInfo()
            case "settings": settings = try decodeSettings() ?? settings
            case "phases": phases = try items(what: "phases") { try decodePhase() }
            case "pillars":
                pillarsSeen = true
                pillars = try items(what: "pillars") { try decodePillar() }
                if pillars.isEmpty { error(keyScalar.position, "'pillars' is empty: a programme needs at least one pillar") }
            case "policies": policies = try items(what: "policies") { try decodePolicy() }
            case "milestones": milestones = try items(what: "milestones") { try decodeMilestone() }
            case "actions": actions = try items(what: "actions") { try decodeAction() }
            case "funding": funding = try items(what: "funding") { try decodeFunding() }
            case "burdens": burdens = try items(what: "burdens") { try decodeBurden() }
            case "indicators": indicators = try items(what: "indicators") { try decodeIndicator() }
            case "metrics": metrics = try items(what: "metrics") { try decodeMetric() }
            case "risks": risks = try items(what: "risks") { try decodeRisk() }
            case "committees": committees = try items(what: "committees") { try decodeCommittee() }
            case "sources": sources = try items(what: "sources") { try decodeSource() }
            default: try skipValue()
            }
        }
        if !formatSeen {
            error(.startOfFile, "missing 'format: \(Programme.formatTag)' (every programme file states its format on its first line)")
        }
        if !infoSeen {
            error(.startOfFile, "missing the 'programme:' section (id, title, organisation)")
        }
        if !pillarsSeen {
            error(.startOfFile, "missing the 'pillars:' section: a programme needs at least one pillar")
        }
        guard let info else { return nil }
        return Programme(info: info, settings: settings, phases: phases, pillars: pillars, policies: policies, milestones: milestones,
                         actions: actions, funding: funding, burdens: burdens, indicators: indicators, metrics: metrics, risks: risks,
                         committees: committees, sources: sources)
    }
}
