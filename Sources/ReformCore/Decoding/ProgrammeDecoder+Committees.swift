import ReformModel

/// Committees with their meetings and resolutions, and the source documents.
extension ProgrammeDecoder {
    func decodeCommittee() throws -> Committee? {
        var id: String?, name: String?, meetings: [Meeting] = [], source: String?
        guard let at = try mapping(FormatSchema.committee, what: "a committee", { key, _ in
            switch key {
            case "id": id = try defineID(.committee)
            case "name": name = try text(what: "committee name")
            case "meetings": meetings = try items(what: "meetings") { try decodeMeeting(committee: id ?? "?") }
            case "source": source = try reference(.source, what: "source")
            default: try skipValue()
            }
        }) else { return nil }
        guard let id = require(id, "id", in: "a committee", at: at), let name = require(name, "name", in: "committee '\(id)'", at: at) else { return nil }
        return Committee(id: id, name: name, meetings: meetings, source: source)
    }

    private func decodeMeeting(committee: String) throws -> Meeting? {
        var id: String?, date: PlanDate?, item: String?, reportOf: String?, resolutions: [Resolution] = [], source: String?
        guard let at = try mapping(FormatSchema.meeting, what: "a meeting", { key, _ in
            switch key {
            case "id": id = try defineID(.meeting, scope: committee)
            case "date": date = try self.date(what: "meeting date")?.0
            case "item": item = try text(what: "item")
            case "report_of": reportOf = try text(what: "report_of")
            case "resolutions": resolutions = try items(what: "resolutions") { try decodeResolution(meeting: committee + "/" + (id ?? "?")) }
            case "source": source = try reference(.source, what: "source")
            default: try skipValue()
            }
        }) else { return nil }
        guard let id = require(id, "id", in: "a meeting", at: at) else { return nil }
        return Meeting(id: id, date: date, item: item, reportOf: reportOf, resolutions: resolutions, source: source)
    }

    private func decodeResolution(meeting: String) throws -> Resolution? {
        var id: String?, text: String?, due: PlanDate?, response: String?, status: Resolution.Status = .open, contact: String?
        guard let at = try mapping(FormatSchema.resolution, what: "a resolution", { key, _ in
            switch key {
            case "id": id = try defineID(.resolution, scope: meeting)
            case "text": text = try self.text(what: "resolution text")
            case "due": due = try date(what: "due")?.0
            case "response": response = try self.text(what: "response")
            case "status": status = try oneOf(Resolution.Status.self, what: "resolution status") ?? status
            case "contact": contact = try self.text(what: "contact")
            default: try skipValue()
            }
        }) else { return nil }
        guard let id = require(id, "id", in: "a resolution", at: at), let text = require(text, "text", in: "resolution '\(id)'", at: at) else { return nil }
        return Resolution(id: id, text: text, due: due, response: response, status: status, contact: contact)
    }

    func decodeSource() throws -> Source? {
        var id: String?, title: String?, url: String?, published: PlanDate?
        guard let at = try mapping(FormatSchema.source, what: "a source", { key, _ in
            switch key {
            case "id": id = try defineID(.source)
            case "title": title = try text(what: "source title")
            case "url": url = try text(what: "url")
            case "published": published = try date(what: "published")?.0
            default: try skipValue()
            }
        }) else { return nil }
        guard let id = require(id, "id", in: "a source", at: at), let title = require(title, "title", in: "source '\(id)'", at: at) else { return nil }
        return Source(id: id, title: title, url: url, published: published)
    }
}
