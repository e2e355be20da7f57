import ReformModel
import ReformPluginKit

/// The sentences a councillor reads: the overall position and the financial consequences, in words.
enum Narrative {
    /// Are we on track, on time, and funded? One paragraph.
    static func overall(_ request: ReportRequest) -> String {
        let analysis = request.analysis
        var counts: [RAGStatus: Int] = [:]
        for action in analysis.actions { counts[action.rag.status, default: 0] += 1 }
        let total = analysis.actions.count
        var sentences = ["As at \(analysis.asOf.longForm), the programme has \(total) action\(total == 1 ? "" : "s"): "
            + RAGStatus.allCases.map { "\(counts[$0] ?? 0) \($0.label.lowercased())" }.joined(separator: ", ") + "."]
        let statutory = statutoryDeadlines(analysis)
        if !statutory.isEmpty {
            sentences.append("Statutory deadlines: " + statutory.map { "\($0.title) (\($0.date.shown)) is \(state($0.state))" }.joined(separator: "; ") + ".")
        }
        let funding = analysis.funding
        if !funding.total.isCosted {
            sentences.append("None of the \(funding.unquantified.count) new burdens identified has yet been costed, so the funding gap cannot be quantified.")
        } else {
            sentences.append("New burdens quantified at \(funding.total.cost.formatted()) have \(funding.total.confirmed.formatted()) of confirmed funding, leaving \(funding.total.unfunded.formatted()) unfunded"
                + (funding.unquantified.isEmpty ? "." : "; \(funding.unquantified.count) more are not yet quantified."))
        }
        if analysis.updatesApplied == 0, let baseline = analysis.baseline {
            sentences.append("No progress has been recorded since the plan's baseline of \(baseline.shown).")
        }
        return sentences.joined(separator: " ")
    }

    /// The revenue consequences, from the funding analysis.
    static func revenue(_ request: ReportRequest) -> String {
        let funding = request.analysis.funding
        var sentences: [String] = []
        if funding.total.cost > .zero {
            sentences.append("Quantified new burdens total \(funding.total.cost.formatted()) (\(funding.total.oneOffCost.formatted()) one-off, \(funding.total.recurrentCost.formatted()) recurrent), against \(funding.total.confirmed.formatted()) of confirmed funding; \(funding.total.atRisk.formatted()) depends on indicative funding and \(funding.total.noFundingIdentified.formatted()) has no funding identified.")
        } else {
            sentences.append("No new burden has yet been costed.")
        }
        if funding.total.carriedForward > .zero {
            sentences.append("The recurrent figure assumes \(funding.total.carriedForward.formatted()) of recurrent costs continue into years the plan gives no figure for: "
                             + funding.carriedForward.map(\.assumption).joined(separator: " "))
        }
        if !funding.unquantified.isEmpty {
            sentences.append("Not yet quantified: " + funding.unquantified.map { $0.title }.joined(separator: "; ") + ".")
        }
        if !funding.unknownFunding.isEmpty {
            sentences.append("Confirmed or indicative funding whose amount is not yet known: " + funding.unknownFunding.map { "\($0.title) (\($0.year?.label ?? ""))" }.joined(separator: "; ") + ".")
        }
        if !funding.national.isEmpty {
            sentences.append("National funding, not the Council's: " + funding.national.map { line in
                "\(line.title), \(line.amount.money?.formatted() ?? "amount unknown")\(line.year.map { " in \($0.label)" } ?? "")"
            }.joined(separator: "; ") + ".")
        }
        sentences.append("Under the New Burdens doctrine the Council expects new duties to be funded by central government.")
        return sentences.joined(separator: " ")
    }

    /// The council's statutory deadlines, once each: where a statutory milestone falls on its policy's
    /// deadline day, the milestone stands for it.
    static func statutoryDeadlines(_ analysis: ProgrammeAnalysis) -> [DeadlineAssessment] {
        // Every statutory deadline, national milestones too: a statutory duty lands on the council whoever sets its date.
        let statutory = analysis.deadlines.filter { $0.statutory }
        let milestoneDays = Set(statutory.filter { $0.kind == .milestone }.map(\.date.day))
        return statutory.filter { $0.kind == .milestone || !milestoneDays.contains($0.date.day) }
    }

    static func state(_ state: DeadlineAssessment.State) -> String {
        switch state {
        case .met: return "met"
        case .onTrack: return "on track"
        case .atRisk: return "at risk"
        case .missed: return "missed"
        case .noActions: return "not yet planned for"
        }
    }

    /// The latest note in words: "“Draft with partners” (Head of Service, 3 September 2024)", or that none is recorded.
    /// The latest note on an action as the public papers print it: attributed to the action's
    /// owner (a post, with the person's name where the plan's contacts give one for it), never to
    /// the login name of whoever typed it.
    static func commentary(_ note: ActionNote?, owner: String?, contacts: [Contact]) -> String {
        guard let note else { return "None recorded" }
        let who = attribution(owner: owner, contacts: contacts).map { "\($0), " } ?? ""
        return "\u{201C}\(note.text)\u{201D} (\(who)\(note.day.longForm))"
    }

    /// An owner as the public papers name them: "Jane Smith, Head of Service" where the plan's
    /// contacts name the post's holder, else the post.
    static func attribution(owner: String?, contacts: [Contact]) -> String? {
        guard let owner, !owner.isEmpty else { return nil }
        let holder = contacts.first { $0.position.caseInsensitiveCompare(owner) == .orderedSame }?.name
        return holder.map { "\($0), \(owner)" } ?? owner
    }

    /// A change as the public papers print it: a note is attributed as `commentary` does, never to a login name.
    static func change(_ change: ProgrammeChanges.Change, owner: String?, contacts: [Contact]) -> String {
        guard change.kind == .note, let note = change.note else { return change.summary }
        let who = attribution(owner: owner, contacts: contacts).map { " from \($0)" } ?? ""
        return "\(change.action) (\(change.title)): update\(who) on \(note.day.longForm): \(note.text)"
    }

    /// The owners of `actions`, each once, in order: who answers for a deadline.
    static func responsible(_ actions: [String], owners: [String: String?]) -> String {
        var seen = Set<String>(), names: [String] = []
        for action in actions {
            guard let owner = owners[action] ?? nil, seen.insert(owner).inserted else { continue }
            names.append(owner)
        }
        return names.isEmpty ? "No owner named" : names.joined(separator: "; ")
    }

    /// A UTC stamp's day, as a paper prints it: "3 March 2026".
    static func day(_ stamp: String) -> String {
        CalendarDay(iso: Substring(stamp.prefix(10)))?.longForm ?? stamp
    }
}
