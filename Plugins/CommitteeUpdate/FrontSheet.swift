import ReformModel
import ReformPluginKit
import ReportDocument

/// The front sheet: the council's report cover, with its wording from a Mustache template and
/// its facts from the request.
enum FrontSheet {
    /// The front sheet's blocks, from the template given with `--option template=PATH` (which
    /// the host reads into the request's `files`) or the default.
    static func blocks(_ request: ReportRequest) throws -> [ReportDocument.Block] {
        let given = request.files?["template"]
        let template = given?.text ?? FrontSheetTemplate.manchester
        let file = given?.path ?? "the default front sheet"
        var tokens = TemplateBlocks()
        let context = try self.context(request, tokens: &tokens)
        let parsed = try TemplateCheck.parse(template, file: file)
        do {
            return try tokens.blocks(template: parsed, context: context).blocks
        } catch let error as TemplateError {
            throw ReportRenderError(error.message)
        } catch {
            throw ReportRenderError("the front-sheet template could not be used: \(error)")
        }
    }

    /// The values a template can use, each as an opaque token.
    ///
    /// - Throws: `ReportRenderError` for a `committee=` the programme does not have, or a `meeting=` that is not a date.
    static func context(_ request: ReportRequest, tokens: inout TemplateBlocks) throws -> [String: Any] {
        let programme = request.programme
        let committee = try chosenCommittee(request)
        let meetingDate = try meeting(request)?.shown ?? request.asOf.longForm
        var context: [String: Any] = [
            "organisation": tokens.token(programme.info.organisation),
            "committee": tokens.token(committee?.name ?? "the Committee"),
            "meeting_date": tokens.token(meetingDate),
            "subject": tokens.token(programme.info.title),
            "report_of": tokens.token(programme.info.sponsor ?? "the programme sponsor"),
            "vision": tokens.token(programme.info.vision ?? "Not assessed in this report."),
            "summary": tokens.token(Narrative.overall(request)),
            "legal": tokens.token(legal(programme)),
            "revenue": tokens.token(Narrative.revenue(request)),
            "capital": tokens.token("The programme identifies no capital costs or capital funding."),
            "as_of": tokens.token(request.asOf.longForm),
        ]
        context["contacts"] = programme.info.contacts.map { contact -> [String: Any] in
            let details = [contact.name, contact.telephone, contact.email].compactMap { $0 }
            return ["position": tokens.token(contact.position),
                    "details": tokens.token(details.isEmpty ? "Name and contact details not given in the programme" : details.joined(separator: ", "))]
        }
        context["strategy"] = programme.info.strategy.map { strategy -> [String: Any] in
            ["title": tokens.token(strategy.title),
             "outcomes": strategy.outcomes.map { outcome -> [String: Any] in
                 ["title": tokens.token(outcome.title), "contribution": tokens.token(outcome.contribution ?? "Not assessed in this report.")]
             }]
        }
        context["sources"] = programme.sources.map { source -> [String: Any] in
            ["title": tokens.token(source.title + (source.url.map { " (\($0))" } ?? ""))]
        }
        return context
    }

    private static func legal(_ programme: Programme) -> String {
        let statutory = programme.policies.filter(\.statutory)
        guard !statutory.isEmpty else { return "No statutory duties are identified in the programme." }
        return "Statutory duties apply: " + statutory.map { policy in
            policy.title + (policy.deadline.map { " (\(policy.deadlineLabel ?? "deadline") \($0.shown))" } ?? "")
        }.joined(separator: "; ") + "."
    }

    /// The committee named by `committee=`, else the programme's first.
    private static func chosenCommittee(_ request: ReportRequest) throws -> Committee? {
        let committees = request.programme.committees
        guard let id = request.options["committee"], !id.isEmpty else { return committees.first }
        if let committee = committees.first(where: { $0.id == id }) { return committee }
        let ids = committees.map(\.id)
        let hint = Suggestion.closest(to: id, among: ids).map { " (did you mean '\($0)'?)" } ?? ""
        let listed = ids.isEmpty ? "the programme lists no committees" : "committees: \(ids.joined(separator: ", "))"
        throw ReportRenderError("option committee: no committee '\(id)' in the programme\(hint); \(listed)")
    }

    /// The meeting's date from `meeting=`, parsed like any date of the file format.
    private static func meeting(_ request: ReportRequest) throws -> PlanDate? {
        guard let text = request.options["meeting"], !text.isEmpty else { return nil }
        switch PlanDate.parse(text) {
        case .success(let date): return date
        case .failure(let error): throw ReportRenderError("option meeting: \(error.message)")
        }
    }

    /// The running footer: organisation | Item N | committee | meeting date, as a council's papers carry it.
    static func footer(_ request: ReportRequest) throws -> String {
        let item = request.options["item"].flatMap { $0.isEmpty ? nil : "Item \($0)" }
        let committee = try chosenCommittee(request)?.name
        let date = try meeting(request)?.shown ?? request.asOf.longForm
        return [request.programme.info.organisation, item, committee, date].compactMap { $0 }.joined(separator: " | ")
    }
}
