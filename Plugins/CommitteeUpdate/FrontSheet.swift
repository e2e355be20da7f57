import Foundation
import ReformModel
import ReformPluginKit
import ReportDocument

/// The front sheet: the council's report cover, with its wording from a Mustache template and
/// its facts from the request.
enum FrontSheet {
    /// The front sheet's blocks, from the template given with `--option template=PATH` or the default.
    static func blocks(_ request: ReportRequest) throws -> [ReportDocument.Block] {
        let template: String
        if let path = request.options["template"], !path.isEmpty {
            do {
                template = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw ReportRenderError("cannot read the template \(path): \(error.localizedDescription)")
            }
        } else {
            template = FrontSheetTemplate.manchester
        }
        var tokens = TemplateBlocks()
        let context = self.context(request, tokens: &tokens)
        do {
            return try tokens.blocks(template: template, context: context).blocks
        } catch let error as TemplateError {
            throw ReportRenderError(error.message)
        } catch {
            throw ReportRenderError("the front-sheet template could not be used: \(error)")
        }
    }

    /// The values a template can use, each as an opaque token.
    static func context(_ request: ReportRequest, tokens: inout TemplateBlocks) -> [String: Any] {
        let programme = request.programme
        let committee = programme.committees.first { $0.id == request.options["committee"] } ?? programme.committees.first
        let meetingDate = request.options["meeting"].flatMap { try? PlanDate.parse($0).get().shown } ?? request.asOf.longForm
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
}
