import ReformModel
import ReformPluginKit

/// A one-page summary of a programme: RAG by pillar, the statutory deadlines and the funding
/// position. Also the smallest complete example of a Swift report plugin.
struct SummaryReport: ReportPlugin {
    static let manifest = PluginManifest(
        id: "summary",
        name: "Programme summary",
        version: "1.0.0",
        description: "A one-page summary: RAG by pillar, statutory deadlines and the New Burdens position.",
        formats: [.init(id: "markdown", mediaType: "text/markdown", extension: "md")],
        options: [.init(name: "title", description: "A heading to use instead of the programme's title.")],
        // The large parts it reads: the rest arrive empty, and the host computes none of their analysis (docs/writing-plugins.md).
        reads: [.pillarRollUps, .deadlines]
    )

    static func render(_ request: ReportRequest) throws -> [UInt8] {
        let analysis = request.analysis
        var out = "# \(request.options["title"] ?? request.programme.info.title)\n\n"
        out += "\(request.programme.info.organisation), as at \(analysis.asOf.longForm).\n\n"
        out += "## Progress by pillar\n\n| Pillar | Overall | Red | Amber | Green | Complete | Not rated |\n| --- | --- | --: | --: | --: | --: | --: |\n"
        for pillar in analysis.pillars {
            let counts = RAGStatus.allCases.map { String(pillar.counts[$0] ?? 0) }
            out += "| \(pillar.id) \(pillar.title) | \(pillar.overall.label) | " + counts.joined(separator: " | ") + " |\n"
        }
        out += "\n## Statutory deadlines\n\n"
        for deadline in analysis.deadlines where deadline.statutory {
            out += "- **\(deadline.title)**, \(deadline.date.shown): \(deadline.state.rawValue) (\(deadline.reason))\n"
        }
        let total = analysis.funding.total
        if total.isCosted {
            out += "\n## New burdens\n\nQuantified cost \(total.cost.formatted()), confirmed funding \(total.confirmed.formatted()), "
            out += "unfunded \(total.unfunded.formatted()); \(analysis.funding.unquantified.count) burdens not yet quantified.\n"
        } else {
            out += "\n## New burdens\n\nNot costed: none of the \(analysis.funding.unquantified.count) burdens has a cost estimate yet.\n"
        }
        return Array(out.utf8)
    }
}

/// The one exported symbol of the contract.
@_cdecl("reform_plugin_v1")
public func reformPluginV1() -> UnsafeRawPointer {
    ReportPluginExport.table(for: SummaryReport.self)
}
