import Foundation
import ReformModel
import ReformPluginKit
import ReportDocument

/// The scrutiny committee update: are we on track, on time, and funded? The council's front
/// sheet, then progress by pillar, the statutory deadlines, what changed since the last report,
/// the recommendations monitor, risks and indicator readiness.
struct CommitteeUpdateReport: ReportPlugin {
    static let manifest = PluginManifest(
        id: "committee-update",
        name: "Scrutiny committee update",
        version: "1.0.0",
        description: "The committee's progress report with the council's front sheet: RAG by pillar, statutory deadlines, changes since the last report, recommendations monitor, risks and indicators.",
        formats: [
            .init(id: "markdown", mediaType: "text/markdown", extension: "md"),
            .init(id: "html", mediaType: "text/html", extension: "html"),
            .init(id: "docx", mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx"),
        ],
        options: [
            .init(name: "template", description: "A Mustache front-sheet template to use instead of the default (Manchester's).", kind: .file),
            .init(name: "committee", description: "The id of the committee the report goes to (default: the programme's first)."),
            .init(name: "meeting", description: "The meeting's date, in any date form (default: the as-of day)."),
            .init(name: "item", description: "The item's number on the meeting's agenda, for the running footer (default: none)."),
            .init(name: "narrative", description: "The officer's narrative for the meeting, in their words, printed first under the overall position (a blank line starts a new paragraph)."),
        ],
        // The analysis of each action, the deadlines and the pillars' roll-ups: not the programme's own list of actions or milestones.
        reads: [.actionAssessments, .deadlines, .pillarRollUps]
    )

    static func render(_ request: ReportRequest) throws -> [UInt8] {
        let document = try self.document(request)
        switch request.format {
        case "markdown": return Array(MarkdownRenderer.render(document).utf8)
        case "html": return Array(HTMLRenderer.render(document).utf8)
        case "docx":
            let noon = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"),
                                      year: request.asOf.year, month: request.asOf.month, day: request.asOf.day, hour: 12).date ?? Date(timeIntervalSince1970: 0)
            do {
                return try DOCXRenderer.render(document, modified: noon)
            } catch {
                throw ReportRenderError("\(error)")
            }
        default: throw ReportRenderError("format '\(request.format)' is not one this plugin writes")
        }
    }

    /// The whole report as a document, the same for every format.
    static func document(_ request: ReportRequest) throws -> ReportDocument {
        let front = try FrontSheet.blocks(request)
        return ReportDocument(title: "\(request.programme.info.organisation): \(request.programme.info.title), update as at \(request.asOf.longForm)",
                              blocks: front + CommitteeUpdateBody.blocks(request), footer: try FrontSheet.footer(request))
    }
}

@_cdecl("reform_plugin_v1")
public func reformPluginV1() -> UnsafeRawPointer {
    ReportPluginExport.table(for: CommitteeUpdateReport.self)
}
