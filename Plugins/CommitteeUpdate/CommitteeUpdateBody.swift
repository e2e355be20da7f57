import Foundation
import ReformModel
import ReformPluginKit
import ReportDocument

/// The body of the committee update: progress, deadlines, changes, the recommendations monitor, risks and indicators.
/// A printed page starts before the body, the statutory deadlines and the recommendations monitor; short sections flow on.
enum CommitteeUpdateBody {
    static func blocks(_ request: ReportRequest) -> [ReportDocument.Block] {
        overall(request) + progress(request) + byPolicy(request) + reporting(request) + deadlines(request) + changes(request) + monitor(request) + risks(request) + indicators(request)
    }

    /// The officer's narrative, if given, in their paragraphs, then the position the analysis gives.
    private static func overall(_ request: ReportRequest) -> [ReportDocument.Block] {
        let narrative = (request.options["narrative"] ?? "").replacingOccurrences(of: "\r\n", with: "\n")
            .components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        return [.heading(level: 2, text: "1. Overall position", newPage: true)] + narrative.map { .paragraph($0) } + [.paragraph(Narrative.overall(request))]
    }

    private static func progress(_ request: ReportRequest) -> [ReportDocument.Block] {
        let analysis = request.analysis
        let order = RAGStatus.allCases
        var blocks: [ReportDocument.Block] = [
            .heading(level: 2, text: "2. Progress by pillar"),
            .table(.init(caption: "Actions by RAG status (\(analysis.rollUpRule))",
                         headers: ["Pillar", "Overall", "Red", "Amber", "Green", "Complete", "Not rated"],
                         rows: analysis.pillars.map { pillar in
                             [.init("\(pillar.id) \(pillar.title)"), .rag(pillar.overall)] + order.map { .init(String(pillar.counts[$0] ?? 0)) }
                         }, numeric: [2, 3, 4, 5, 6])),
            .chart(.init(title: "RAG by pillar", description: analysis.pillars.map { pillar in
                "\(pillar.id) " + order.compactMap { status in
                    (pillar.counts[status] ?? 0) > 0 ? "\(pillar.counts[status]!) \(status.label.lowercased())" : nil
                }.joined(separator: ", ")
            }.joined(separator: "; "), svg: SVGChart.ragBars(rows: analysis.pillars.map { ("\($0.id) \($0.title)", $0.counts) }, title: "RAG by pillar"),
              data: .ragCounts(rows: analysis.pillars.map { ("\($0.id) \($0.title)", $0.counts) }))),
        ]
        let byID = Dictionary(analysis.actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let nothingRecorded = analysis.actions.filter { $0.rag.status == .notRated && $0.hasNothingRecorded && $0.status != .cancelled }
        if !nothingRecorded.isEmpty {
            blocks.append(.paragraph("\(nothingRecorded.count) of \(analysis.actions.count) actions \(nothingRecorded.count == 1 ? "has" : "have") no progress recorded, so \(nothingRecorded.count == 1 ? "is" : "are") not rated: "
                + nothingRecorded.map { "\($0.id) (\($0.title), \($0.owner ?? "no owner"))" }.joined(separator: "; ") + "."))
        }
        let contacts = request.programme.info.contacts
        // Each red or amber action once, under the first pillar it serves (in the plan's order), with every pillar it serves listed.
        var shown = Set<String>()
        for pillar in analysis.pillars {
            let troubled = pillar.actions.compactMap { byID[$0] }.filter { ($0.rag.status == .red || $0.rag.status == .amber) && shown.insert($0.id).inserted }
            guard !troubled.isEmpty else { continue }
            blocks.append(.heading(level: 3, text: "\(pillar.id) \(pillar.title): red and amber actions"))
            blocks.append(.table(.init(headers: ["Action", "Pillars", "RAG", "Reason", "Latest commentary", "Owner"], rows: troubled.map { action in
                [.init("\(action.id): \(action.title)"), .init(action.pillars.joined(separator: ", ")), .rag(action.rag.status), .init(action.rag.reason),
                 .init(Narrative.commentary(action.latestNote, owner: action.owner, contacts: contacts)),
                 .init(Narrative.attribution(owner: action.owner, contacts: contacts) ?? "Not assigned")]
            })))
        }
        // The commentary recorded on every other action, so that no officer's note goes unread.
        let others = analysis.actions.filter { $0.latestNote != nil && $0.rag.status != .red && $0.rag.status != .amber }
        if !others.isEmpty {
            blocks.append(.heading(level: 3, text: "Latest commentary on other actions"))
            blocks.append(.list(others.map {
                "\($0.id): \($0.title) (\($0.rag.status.label.lowercased())): \(Narrative.commentary($0.latestNote, owner: $0.owner, contacts: contacts))"
            }))
        }
        return blocks
    }

    /// Progress by policy and legal duty, each action under each of the policies it serves: shown
    /// when an action serves more than one, as the reform's programmes and the Act overlap.
    private static func byPolicy(_ request: ReportRequest) -> [ReportDocument.Block] {
        let assessments = request.analysis.actions
        guard assessments.contains(where: { $0.policies.count > 1 }) else { return [] }
        var rows: [[ReportDocument.Cell]] = []
        // Policies in file order, each followed by its duties.
        let titles = Policy.titles(of: request.programme.policies)
        let ids = request.programme.policies.flatMap { [$0.id] + $0.duties.map(\.id) }
        for (id, title) in ids.compactMap({ id in titles[id].map { (id, $0) } }) {
            for action in assessments where action.policies.contains(id) {
                rows.append([.init(title), .init("\(action.id): \(action.title)"), .rag(action.rag.status)])
            }
        }
        guard !rows.isEmpty else { return [] }
        return [.heading(level: 3, text: "Progress by policy and duty"),
                .paragraph("Each action is listed under every policy or duty it serves; an action serving several counts once under each."),
                .table(.init(headers: ["Policy or duty", "Action", "RAG"], rows: rows))]
    }

    /// How the owners kept to the round of updates this report is made for: on time, late, not
    /// updated, by owner; and what awaited sign-off or was returned (left out of the progress above).
    private static func reporting(_ request: ReportRequest) -> [ReportDocument.Block] {
        guard let round = request.round else { return [] }
        let total = round.total
        let updated = total.onTime + total.late
        var blocks: [ReportDocument.Block] = [.heading(level: 3, text: "Updates for this report: \(round.name)")]
        var summary = "Owners were asked on \(round.opened.longForm) to update \(total.actions) \(total.actions == 1 ? "action" : "actions") by \(round.due.longForm)"
            + (round.closed.map { "; the round closed on \($0.longForm)" } ?? "; the round is still open") + ". "
            + "\(updated) of \(total.actions) \(total.actions == 1 ? "was" : "were") updated: \(total.onTime) on time and \(total.late) late; "
            + "\(total.notUpdated) \(total.notUpdated == 1 ? "was" : "were") not updated."
        if round.signOff {
            summary += " Updates needed a lead's sign-off: when this report was made, \(total.awaitingSignOff) \(total.awaitingSignOff == 1 ? "was" : "were") awaiting sign-off "
                + "and \(total.returned) had been returned; neither is counted in the progress above, which shows each action as of its latest approved update."
        }
        blocks.append(.paragraph(summary))
        var headers = ["Owner", "Actions", "On time", "Late", "Not updated"]
        if round.signOff { headers += ["Awaiting sign-off", "Returned"] }
        blocks.append(.table(.init(caption: "Updates by owner", headers: headers, rows: round.owners.map { tally in
            var row: [ReportDocument.Cell] = [.init(tally.owner.isEmpty ? "No owner" : tally.owner), .init(String(tally.actions)), .init(String(tally.onTime)),
                                              .init(String(tally.late)), .init(String(tally.notUpdated))]
            if round.signOff { row += [.init(String(tally.awaitingSignOff)), .init(String(tally.returned))] }
            return row
        }, numeric: Set(1..<headers.count))))
        let owed = round.owners.filter { !$0.owed.isEmpty }
        if !owed.isEmpty {
            blocks.append(.paragraph("Still to be updated: " + owed.map { "\($0.owner.isEmpty ? "no owner" : $0.owner): \($0.owed.joined(separator: ", "))" }.joined(separator: "; ") + "."))
        }
        return blocks
    }

    private static func deadlines(_ request: ReportRequest) -> [ReportDocument.Block] {
        let analysis = request.analysis
        let statutory = Narrative.statutoryDeadlines(analysis)
        var blocks: [ReportDocument.Block] = [.heading(level: 2, text: "3. Statutory deadlines", newPage: true)]
        if statutory.isEmpty {
            blocks.append(.paragraph("The programme records no statutory deadlines."))
        } else {
            let owners = Dictionary(analysis.actions.map { ($0.id, $0.owner) }, uniquingKeysWith: { first, _ in first })
            blocks.append(.table(.init(headers: ["Deadline", "Date", "State", "Why", "Actions feeding it", "Responsible", "Forecast", "Slack"], rows: statutory.map { deadline in
                let slack = deadline.slackDays.map { $0 >= 0 ? "\($0) days" : "\(-$0) days late" } ?? "Unknown"
                return [.init(deadline.title), .init(deadline.date.shown), .init(Narrative.state(deadline.state).capitalisedFirst),
                        .init(deadline.reason), .init(deadline.feedingActions.isEmpty ? "None" : deadline.feedingActions.joined(separator: ", ")),
                        .init(Narrative.responsible(deadline.feedingActions, owners: owners)), .init(deadline.forecast), .init(slack)]
            })))
        }
        let events = analysis.deadlines.map { ($0.title, $0.date.day, $0.date.shown, $0.statutory) }
        if !events.isEmpty {
            blocks.append(.chart(.init(title: "Timeline of milestones and deadlines",
                                       description: analysis.deadlines.map { "\($0.title), \($0.date.shown)" }.joined(separator: "; ") + "; as at \(analysis.asOf.longForm)",
                                       svg: SVGChart.timeline(events: events.map { (label: $0.0, day: $0.1, shown: $0.2, emphasis: $0.3) },
                                                              asOf: analysis.asOf, title: "Timeline of milestones and deadlines"))))
        }
        return blocks + duties(request) + lineage(request) + baseline(request)
    }

    /// The legislation's duties by commencement: in force, commencing on a known day, awaiting
    /// regulations (with the loose date given out, never a day made up), each with the actions serving it.
    private static func duties(_ request: ReportRequest) -> [ReportDocument.Block] {
        let duties = DutyStatus.all(request.programme, actions: request.analysis.actions, asOf: request.asOf)
        guard !duties.isEmpty else { return [] }
        var blocks: [ReportDocument.Block] = [.heading(level: 3, text: "Legal duties by commencement")]
        for state in DutyStatus.State.allCases {
            let inState = duties.filter { $0.state == state }
            guard !inState.isEmpty else { continue }
            blocks.append(.table(.init(caption: state.heading, headers: ["Duty", "Act", "Commencement", "Actions serving it"], rows: inState.map { duty in
                [.init("\(duty.section.map { "\($0): " } ?? "")\(duty.title)"), .init(duty.policyTitle),
                 .init(duty.commencement + (duty.day.map { state == .inForce ? "; in force since \($0.longForm)" : "; from \($0.longForm)" } ?? "")),
                 .init(duty.actions.isEmpty ? "None yet" : duty.actions.joined(separator: ", "))]
            })))
        }
        return blocks
    }

    /// Which of the plan's policies are superseded, by what, and what carried over; and which are delivered through others.
    private static func lineage(_ request: ReportRequest) -> [ReportDocument.Block] {
        let lineage = PolicyLineage(request.programme.policies)
        guard !lineage.superseded.isEmpty || !lineage.deliveredThrough.isEmpty else { return [] }
        let titles = Dictionary(request.programme.policies.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        var blocks: [ReportDocument.Block] = [.heading(level: 3, text: "Policies superseded, and how they are delivered")]
        if !lineage.superseded.isEmpty {
            blocks.append(.list(lineage.superseded.map { old in
                "\(old.title) is superseded by \(old.by.map { titles[$0] ?? $0 }.joined(separator: " and "))"
                    + (old.chain.count > 2 ? " (\(old.chain.joined(separator: " → ")))" : "")
                    + (old.carriesOver.isEmpty ? "." : ". Carried over: " + old.carriesOver.joined(separator: "; ") + ".")
            }))
        }
        if !lineage.deliveredThrough.isEmpty {
            blocks.append(.list(lineage.deliveredThrough.map { delivery in
                "\(delivery.title) is delivered through \(delivery.through.map { titles[$0] ?? $0 }.joined(separator: " and "))."
            }))
        }
        return blocks
    }

    /// Every action whose date differs from the latest baseline, with the baseline's date, today's, and who moved it, when and why.
    private static func baseline(_ request: ReportRequest) -> [ReportDocument.Block] {
        guard let plan = request.plan else { return [] }
        guard let schedule = plan.baseline else {
            return [.heading(level: 3, text: "Dates against the baseline"),
                    .paragraph("No revision of the plan has been marked as a baseline, so no action's date is compared with one.")]
        }
        var blocks: [ReportDocument.Block] = [.heading(level: 3, text: "Dates moved from the baseline “\(schedule.name)”")]
        guard !schedule.moved.isEmpty else {
            return blocks + [.paragraph("Every action is due when the baseline (revision \(schedule.revision) of the plan) says.")]
        }
        blocks.append(.paragraph("\(schedule.moved.count) of the plan's actions \(schedule.moved.count == 1 ? "is" : "are") due on a date other than the baseline's "
                                 + "(revision \(schedule.revision) of the plan; this report is made from revision \(plan.revision))."))
        blocks.append(.table(.init(headers: ["Action", "Baseline date", "Current date", "Moved", "Why"], rows: schedule.moved.map { move in
            [.init("\(move.action): \(move.title)"), .init(move.baselineDue?.shown ?? "No date"), .init(move.currentDue?.shown ?? "No date"),
             .init(move.lastMove.map { "\(Narrative.day($0.at)) by \($0.by) (revision \($0.number))" } ?? "With its milestone or policy"),
             .init(move.lastMove?.reason ?? "")]
        })))
        return blocks
    }

    private static func changes(_ request: ReportRequest) -> [ReportDocument.Block] {
        var blocks: [ReportDocument.Block] = [.heading(level: 2, text: "4. What has changed since the last report")]
        guard let since = request.changes.since else {
            blocks.append(.paragraph("There is no earlier report to compare with."))
            return blocks
        }
        // Plan changes are listed beside recorded progress, below.
        if request.changes.changes.isEmpty {
            blocks.append(.paragraph("No changes were recorded between \(since.longForm) and \(request.asOf.longForm)."))
        } else {
            blocks.append(.paragraph("Changes between \(since.longForm) and \(request.asOf.longForm):"))
            let owners = Dictionary(request.analysis.actions.map { ($0.id, $0.owner) }, uniquingKeysWith: { first, _ in first })
            blocks.append(.list(request.changes.changes.map {
                Narrative.change($0, owner: owners[$0.action] ?? nil, contacts: request.programme.info.contacts)
            }))
        }
        if let plan = request.plan, !plan.revisions.isEmpty {
            blocks.append(.heading(level: 3, text: "Changes to the plan"))
            blocks.append(.list(plan.revisions.map { revision in
                "Revision \(revision.number), \(Narrative.day(revision.at)), by \(revision.by): “\(revision.reason)”"
                    + (revision.changes.isEmpty ? "" : ". " + revision.changes.map(\.words).joined(separator: "; ") + ".")
            }))
        }
        if !request.changes.directions.isEmpty {
            blocks.append(.heading(level: 3, text: "Direction of travel since \(since.longForm)"))
            blocks.append(.table(.init(headers: ["Action", "Then", "Now", "Direction"], rows: request.changes.directions.map { direction in
                [.init("\(direction.action): \(direction.title)"), .rag(direction.then), .rag(direction.now),
                 .init("\(direction.trend.arrow) \(direction.trend.rawValue)")]
            })))
        }
        return blocks
    }

    private static func monitor(_ request: ReportRequest) -> [ReportDocument.Block] {
        var rows: [[ReportDocument.Cell]] = []
        for committee in request.programme.committees {
            for meeting in committee.meetings {
                for resolution in meeting.resolutions {
                    rows.append([.init(meeting.date?.shown ?? "Not recorded"), .init(meeting.item ?? committee.name), .init(resolution.text),
                                 .init(resolution.response ?? "No response recorded"), .init(resolution.status.rawValue.replacingOccurrences(of: "-", with: " ")),
                                 .init(resolution.contact ?? "Not recorded")])
                }
            }
        }
        return [.heading(level: 2, text: "5. Recommendations monitor", newPage: true),
                rows.isEmpty ? .paragraph("The Committee has made no recommendations on this programme.")
                    : .table(.init(headers: ["Date", "Item", "Recommendation", "Response", "Status", "Contact"], rows: rows))]
    }

    private static func risks(_ request: ReportRequest) -> [ReportDocument.Block] {
        let risks = request.programme.risks.sorted { ($0.score ?? -1) > ($1.score ?? -1) }
        return [.heading(level: 2, text: "6. Risks"),
                risks.isEmpty ? .paragraph("The programme records no risks.")
                    : .table(.init(headers: ["Risk", "Likelihood", "Impact", "Score", "Owner", "Mitigation"], rows: risks.map { risk in
                        [.init(risk.title), .init(risk.likelihood.map(String.init) ?? "Not assessed"), .init(risk.impact.map(String.init) ?? "Not assessed"),
                         .init(risk.score.map(String.init) ?? "Not assessed"), .init(risk.owner ?? "Not assigned"), .init(risk.mitigation ?? "None recorded")]
                    }, numeric: [1, 2, 3]))]
    }

    private static func indicators(_ request: ReportRequest) -> [ReportDocument.Block] {
        let summary = request.analysis.indicators
        var blocks: [ReportDocument.Block] = [.heading(level: 2, text: "7. Indicator readiness")]
        guard summary.total > 0 else { return blocks + [.paragraph("The programme records no indicators.")] }
        blocks.append(.table(.init(headers: ["Readiness", "Meaning", "Indicators"], rows: [
            [.rag(.green), "Existing indicator already reported on", .init(String(summary.readiness[.green] ?? 0))],
            [.init("ORANGE", rag: .amber), "Additions or amendments required to an existing report", .init(String(summary.readiness[.orange] ?? 0))],
            [.rag(.red), "Significant work required to build a new report", .init(String(summary.readiness[.red] ?? 0))],
            ["Total", "", .init(String(summary.total))],
        ], numeric: [2])))
        if !summary.partnerData.isEmpty {
            blocks.append(.paragraph("Some indicators need partner data from: \(summary.partnerData.joined(separator: ", "))."))
        }
        if !summary.metrics.isEmpty {
            blocks.append(.table(.init(caption: "Reported figures", headers: ["Figure", "Value", "As at", "Source"], rows: summary.metrics.map { metric in
                [.init(metric.title), .init((metric.approximate ? "about " : "") + metric.value + (metric.unit.map { $0 == "percent" ? "%" : " \($0)" } ?? "")),
                 .init(metric.asOf?.shown ?? "Not stated"), .init(metric.source.map { id in request.programme.sources.first { $0.id == id }?.title ?? id } ?? "Not stated")]
            })))
        }
        return blocks
    }
}

extension String {
    /// The string with its first letter in capitals.
    var capitalisedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }
}
