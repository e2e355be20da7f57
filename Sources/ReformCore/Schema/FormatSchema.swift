import ReformModel

/// The keys of programme format 1, section by section: the one list the decoder checks keys
/// against and `reform schema` turns into a JSON Schema, so the two cannot disagree.
///
/// Adding a field to the format means adding it here and decoding it in the section's decoder;
/// a test checks that the published schema matches.
public enum FormatSchema {
    /// What a field holds.
    public indirect enum FieldType: Sendable {
        /// Free text.
        case text
        /// An id: letters, digits, `-`, `_` and `.`.
        case identifier
        /// A date in any form of the format's table.
        case date
        /// An amount of money, or unknown.
        case amount
        /// true or false.
        case boolean
        /// A whole number within a range.
        case integer(ClosedRange<Int>)
        /// A plain decimal number, not negative: `666` or `20.5`.
        case decimal
        /// A percentage from 0 to 100: `90`, or as text `90%` or `90.0`.
        case percent
        /// One of a fixed set of words.
        case oneOf([String])
        /// The id of an item of that kind.
        case reference(ItemKind)
        /// A list of ids of items of that kind (a single id is also accepted).
        case references(ItemKind)
        /// A list of free-text entries.
        case textList
        /// A nested section.
        case section(String)
        /// A list of nested sections.
        case listOf(String)
        /// A map from financial year (`2024/25`) to amount.
        case yearAmounts
        /// A fixed text.
        case constant(String)
        /// Either one of two nested types (used for `funded_by` entries).
        case either(FieldType, FieldType)
    }

    /// One key of a section.
    public struct Field: Sendable {
        /// The key as written in the file.
        public let name: String
        /// What it holds.
        public let type: FieldType
        /// Whether the section is invalid without it.
        public let required: Bool
        /// What it means, for the schema's descriptions.
        public let summary: String

        init(_ name: String, _ type: FieldType, required: Bool = false, _ summary: String) {
            self.name = name
            self.type = type
            self.required = required
            self.summary = summary
        }
    }

    /// One mapping in the format, such as an action.
    public struct Section: Sendable {
        /// The schema definition's name, such as `action`.
        public let name: String
        /// What it is.
        public let summary: String
        /// Its keys, in the order the documentation lists them.
        public let fields: [Field]
        /// The key names, for did-you-mean and the schema.
        public let keys: [String]
        /// Each key's position in `keys`, so the decoder checks a key with one lookup.
        let keyIndex: KeyLookup

        init(name: String, summary: String, fields: [Field]) {
            precondition(fields.count <= 64, "a section's keys are tracked in a 64-bit mask")
            self.name = name
            self.summary = summary
            self.fields = fields
            self.keys = fields.map(\.name)
            self.keyIndex = KeyLookup(keys)
        }
    }

    /// Every section, the top level first.
    public static let sections: [Section] = [
        top, programme, contact, strategy, strategyOutcome, settings, ragThresholds, phase, pillar, policy, duty, milestone, action, ragOverride, expectation,
        funding, payment, consolidated, burden, burdenCost, fundingAttribution, indicator, metric, risk, committee, meeting, resolution, source,
    ]

    static let top = Section(name: "programme-file", summary: "A reform programme, format 1.", fields: [
        Field("format", .constant(Programme.formatTag), required: true, "The format tag; must be reform-programme/1."),
        Field("programme", .section("programme"), required: true, "Who runs the programme and what for."),
        Field("settings", .section("settings"), "Analysis thresholds."),
        Field("phases", .listOf("phase"), "The reform's phases."),
        Field("pillars", .listOf("pillar"), required: true, "The strategic pillars (at least one)."),
        Field("policies", .listOf("policy"), "National strategies, frameworks and statutory guidance."),
        Field("milestones", .listOf("milestone"), "Dated commitments, national and local."),
        Field("actions", .listOf("action"), "The council's actions."),
        Field("funding", .listOf("funding"), "Money coming in."),
        Field("burdens", .listOf("burden"), "Costs of new duties."),
        Field("indicators", .listOf("indicator"), "Data indicators and their readiness."),
        Field("metrics", .listOf("metric"), "Reported figures (baselines)."),
        Field("risks", .listOf("risk"), "Risks to delivery."),
        Field("committees", .listOf("committee"), "Committees, their meetings and resolutions."),
        Field("sources", .listOf("source"), "Documents that facts are taken from."),
    ])

    static let programme = Section(name: "programme", summary: "Who runs the programme and what for.", fields: [
        Field("id", .identifier, required: true, "A short identifier for the programme."),
        Field("title", .text, required: true, "The programme's title."),
        Field("organisation", .text, required: true, "The council running it."),
        Field("sponsor", .text, "The reporting officer's role."),
        Field("vision", .text, "What the programme is for."),
        Field("currency", .text, "ISO 4217 currency code of every amount (default GBP)."),
        Field("as_of", .date, "The date the file's statuses are true at."),
        Field("contacts", .listOf("contact"), "Contact officers."),
        Field("strategy", .section("strategy"), "The council's corporate strategy and its outcomes, for the committee report's alignment section."),
        Field("source", .reference(.source), "Where the facts come from."),
    ])

    static let strategy = Section(name: "strategy", summary: "The council's corporate strategy: its name and its outcomes, in order.", fields: [
        Field("title", .text, required: true, "The strategy's name, such as Our Manchester Strategy."),
        Field("outcomes", .listOf("strategy-outcome"), required: true, "Its outcomes, in the strategy's order (at least one)."),
        Field("source", .reference(.source), "Where the strategy's wording comes from."),
    ])

    static let strategyOutcome = Section(name: "strategy-outcome", summary: "One outcome of the strategy.", fields: [
        Field("title", .text, required: true, "The outcome as the strategy words it."),
        Field("contribution", .text, "How the programme contributes to it; reports say 'Not assessed in this report.' where absent."),
    ])

    static let contact = Section(name: "contact", summary: "A contact officer; the name may be omitted where only the role is known.", fields: [
        Field("name", .text, "The person's name."),
        Field("position", .text, required: true, "Their role."),
        Field("telephone", .text, "Telephone number."),
        Field("email", .text, "Email address."),
    ])

    static let settings = Section(name: "settings", summary: "Analysis thresholds.", fields: [
        Field("rag", .section("rag-thresholds"), "Performance thresholds for RAG, in percent."),
    ])

    static let ragThresholds = Section(name: "rag-thresholds", summary: "At or above green_at is green; at or below red_at is red.", fields: [
        Field("green_at", .integer(0...1000), "Performance at or above which an action is green (default 90)."),
        Field("red_at", .integer(0...1000), "Performance at or below which an action is red (default 70)."),
    ])

    static let phase = Section(name: "phase", summary: "A phase of the reform.", fields: [
        Field("id", .identifier, required: true, "Unique among phases."),
        Field("title", .text, required: true, "The phase's title."),
        Field("start", .date, "When it starts."),
        Field("end", .date, "When it ends."),
        Field("description", .text, "What happens in it."),
        Field("source", .reference(.source), "Where the facts come from."),
    ])

    static let pillar = Section(name: "pillar", summary: "A strategic pillar.", fields: [
        Field("id", .identifier, required: true, "Unique among pillars, for example P3."),
        Field("number", .integer(1...99), "The pillar's number in the national strategy."),
        Field("title", .text, required: true, "A short title."),
        Field("aim", .text, "The pillar's aim in the strategy's words."),
        Field("source", .reference(.source), "Where the facts come from."),
    ])

    static let policy = Section(name: "policy", summary: "A national strategy, framework or statutory guidance.", fields: [
        Field("id", .identifier, required: true, "Unique among policies."),
        Field("title", .text, required: true, "The policy's title."),
        Field("kind", .oneOf(Policy.Kind.allCases.map(\.rawValue)), required: true, "What kind of document it is."),
        Field("published", .date, "When it was published."),
        Field("url", .text, "Where to read it."),
        Field("pillars", .references(.pillar), "The pillars it serves."),
        Field("deadline", .date, "When it must be implemented by."),
        Field("deadline_label", .text, "What the deadline is, in words."),
        Field("statutory", .boolean, "Whether the deadline is a statutory duty."),
        Field("summary", .text, "What it asks of the council."),
        Field("source", .reference(.source), "Where the facts come from."),
        Field("supersedes", .references(.policy), "The policies this one replaces (a programme guide re-issued, a policy paper after a strategy)."),
        Field("delivered_through", .references(.policy), "The programmes or policies through which this one is delivered."),
        Field("carries_over", .text, "What carried over from the policies it supersedes, in words."),
        Field("royal_assent", .date, "For legislation: the day of Royal Assent, from which a duty's after_assent counts."),
        Field("duties", .listOf("duty"), "For legislation: the duties it places on the council, each with its commencement."),
    ])

    static let duty = Section(name: "duty", summary: "A legal duty of an Act, with when it comes into force: give exactly one of in_force, after_assent and by_regulations.", fields: [
        Field("id", .identifier, required: true, "Unique among policies and duties: actions name it in policies."),
        Field("title", .text, required: true, "The duty, in words."),
        Field("section", .text, "The section of the Act, such as s3."),
        Field("in_force", .date, "The day it came or comes into force."),
        Field("after_assent", .text, "A period after Royal Assent, such as 2 months."),
        Field("by_regulations", .boolean, "true: on a day to be appointed by regulations not yet made."),
        Field("expected", .date, "With by_regulations: the loose date given out (late 2027), shown but never counted from."),
        Field("summary", .text, "What it asks of the council."),
        Field("source", .reference(.source), "Where the facts come from."),
    ])

    static let milestone = Section(name: "milestone", summary: "A dated commitment, national (the DfE's) or local.", fields: [
        Field("id", .identifier, required: true, "Unique among milestones."),
        Field("title", .text, required: true, "What is to happen."),
        Field("due", .date, "When it is due."),
        Field("policy", .reference(.policy), "The policy it belongs to."),
        Field("pillars", .references(.pillar), "The pillars it serves."),
        Field("statutory", .boolean, "Whether it is a statutory deadline."),
        Field("national", .boolean, "Whether it is a national (DfE) commitment."),
        Field("owner", .text, "Who delivers it (a role)."),
        Field("notes", .text, "Further detail."),
        Field("source", .reference(.source), "Where the facts come from."),
    ])

    static let action = Section(name: "action", summary: "One thing the council will do.", fields: [
        Field("id", .identifier, required: true, "Unique among actions."),
        Field("title", .text, required: true, "What is to be done."),
        Field("pillar", .reference(.pillar), "The pillar it serves (or use pillars)."),
        Field("pillars", .references(.pillar), "The pillars it serves (or use pillar)."),
        Field("policy", .reference(.policy), "The national policy it implements (or use policies)."),
        Field("policies", .references(.policy), "Every policy or legal duty it serves, the first being the one whose deadline it inherits (or use policy); the roll-ups by policy count it under each."),
        Field("milestone", .reference(.milestone), "The milestone it feeds."),
        Field("owner", .text, "Who is accountable, as a role."),
        Field("partners", .textList, "Who else is involved."),
        Field("start", .date, "When work starts."),
        Field("due", .date, "When it is due."),
        Field("status", .oneOf(Action.Status.allCases.map(\.rawValue)), "Status at the programme's as_of (default not-started)."),
        Field("progress", .percent, "Percent complete (90, 90% and 90.0 mean the same); leave out where none is reported (never read as 0)."),
        Field("completed", .date, "When it was completed."),
        Field("depends_on", .references(.action), "Actions that must finish first."),
        Field("rag", .section("rag-override"), "A RAG set by hand, with its reason."),
        Field("requirement", .oneOf(Action.Requirement.allCases.map(\.rawValue)), "Required or recommended."),
        Field("expectation", .either(.section("expectation"), .listOf("expectation")),
              "What a programme expects of it by financial year: {year: 2026/27, requirement: required}, or a list of them, one a year."),
        Field("notes", .text, "Further detail."),
        Field("source", .reference(.source), "Where the facts come from."),
    ])

    static let expectation = Section(name: "expectation", summary: "What a programme expects of an action in one financial year.", fields: [
        Field("year", .text, required: true, "The financial year, written 2026/27."),
        Field("requirement", .oneOf(Action.Requirement.allCases.map(\.rawValue)), required: true, "Required or recommended that year."),
    ])

    static let ragOverride = Section(name: "rag-override", summary: "A RAG set by hand; the reason is required.", fields: [
        Field("status", .oneOf(RAGColour.allCases.map(\.rawValue)), required: true, "The rating."),
        Field("reason", .text, required: true, "Why the computed rating is overridden."),
    ])

    static let funding = Section(name: "funding", summary: "Money coming in.", fields: [
        Field("id", .identifier, required: true, "Unique among funding lines."),
        Field("title", .text, required: true, "What the money is."),
        Field("payer", .text, "Who pays, for example DfE."),
        Field("status", .oneOf(Funding.Status.allCases.map(\.rawValue)), required: true, "How certain the money is."),
        Field("scope", .oneOf(Funding.Scope.allCases.map(\.rawValue)), "local (default): money to this council; national: context only, never in the council's totals."),
        Field("ring_fenced", .boolean, "Whether it may only be spent on its purpose."),
        Field("policy", .reference(.policy), "The policy it supports."),
        Field("pillars", .references(.pillar), "The pillars it supports."),
        Field("amounts", .yearAmounts, "The amount in each financial year."),
        Field("total", .amount, "The whole amount, where the source gives no split by financial year."),
        Field("notes", .text, "Further detail."),
        Field("source", .reference(.source), "Where the facts come from."),
        Field("determination", .text, "The grant determination it is paid under, such as 31/7834."),
        Field("payments", .listOf("payment"), "Its payment profile: each payment's date and amount."),
        Field("consolidates", .listOf("consolidated"), "Earlier lines it absorbed, each in a financial year: their money that year is inside this line's, still counted against the burdens they fund."),
    ])

    static let burden = Section(name: "burden", summary: "A cost that a new or extended duty places on the council.", fields: [
        Field("id", .identifier, required: true, "Unique among burdens."),
        Field("title", .text, required: true, "What the cost is for."),
        Field("policy", .reference(.policy), "The policy that creates it."),
        Field("pillars", .references(.pillar), "The pillars it falls under."),
        Field("kind", .oneOf(Burden.Kind.allCases.map(\.rawValue)), "What kind of cost it is."),
        Field("costs", .listOf("burden-cost"), "The cost in each financial year."),
        Field("funded_by", .either(.references(.funding), .listOf("funding-attribution")), "Funding lines that pay for it."),
        Field("notes", .text, "Further detail."),
        Field("source", .reference(.source), "Where the facts come from."),
    ])

    static let payment = Section(name: "payment", summary: "One payment of a grant.", fields: [
        Field("date", .date, required: true, "When it is paid."),
        Field("amount", .amount, required: true, "How much, in pounds."),
    ])

    static let consolidated = Section(name: "consolidated", summary: "An earlier funding line absorbed into this one in a financial year.", fields: [
        Field("funding", .reference(.funding), required: true, "The earlier line's id."),
        Field("year", .text, required: true, "The financial year it was absorbed in, written 2025/26."),
    ])

    static let burdenCost = Section(name: "burden-cost", summary: "A burden's cost in one financial year.", fields: [
        Field("year", .text, required: true, "The financial year, written 2024/25."),
        Field("amount", .amount, required: true, "The cost in pounds, or unknown."),
        Field("recurrent", .boolean, required: true, "true for a cost every year, false for a one-off."),
        Field("basis", .text, "How the figure was estimated."),
    ])

    static let fundingAttribution = Section(name: "funding-attribution", summary: "A funding line paying for a burden, with exact amounts.", fields: [
        Field("funding", .reference(.funding), required: true, "The funding line's id."),
        Field("amounts", .yearAmounts, "Exact amounts attributed, by financial year."),
    ])

    static let indicator = Section(name: "indicator", summary: "A data indicator and its reporting readiness.", fields: [
        Field("id", .identifier, required: true, "Unique among indicators."),
        Field("title", .text, required: true, "What the indicator measures."),
        Field("outcome", .text, "The National Framework outcome it evidences."),
        Field("enabler", .text, "The National Framework enabler it evidences."),
        Field("readiness", .oneOf(Indicator.Readiness.allCases.map(\.rawValue)), required: true, "green: reported already; orange: an existing report needs amending; red: a new report needs significant work."),
        Field("count", .integer(1...1_000_000), "How many indicators this entry stands for (default 1)."),
        Field("partner_data", .textList, "Partners whose data it needs."),
        Field("notes", .text, "Further detail."),
        Field("source", .reference(.source), "Where the facts come from."),
    ])

    static let metric = Section(name: "metric", summary: "A reported figure.", fields: [
        Field("id", .identifier, required: true, "Unique among metrics."),
        Field("title", .text, required: true, "What is counted."),
        Field("value", .decimal, required: true, "The figure, a plain decimal number (666, 20.5)."),
        Field("unit", .text, "What it counts in."),
        Field("approximate", .boolean, "Whether the source gives it as approximate."),
        Field("as_of", .date, "When the figure was true."),
        Field("notes", .text, "Further detail."),
        Field("source", .reference(.source), "Where the figure comes from."),
    ])

    static let risk = Section(name: "risk", summary: "A risk to delivery.", fields: [
        Field("id", .identifier, required: true, "Unique among risks."),
        Field("title", .text, required: true, "What might go wrong."),
        Field("likelihood", .integer(1...5), "1 (rare) to 5 (almost certain)."),
        Field("impact", .integer(1...5), "1 (negligible) to 5 (severe)."),
        Field("owner", .text, "Who manages it, as a role."),
        Field("mitigation", .text, "What is being done about it."),
        Field("pillars", .references(.pillar), "Pillars it threatens."),
        Field("policy", .reference(.policy), "The policy it concerns."),
        Field("notes", .text, "Further detail."),
        Field("source", .reference(.source), "Where the risk is named."),
    ])

    static let committee = Section(name: "committee", summary: "A committee overseeing the programme.", fields: [
        Field("id", .identifier, required: true, "Unique among committees."),
        Field("name", .text, required: true, "The committee's name."),
        Field("meetings", .listOf("meeting"), "Its meetings that considered the programme."),
        Field("source", .reference(.source), "Where the facts come from."),
    ])

    static let meeting = Section(name: "meeting", summary: "One meeting and what it resolved.", fields: [
        Field("id", .identifier, required: true, "Unique among the committee's meetings."),
        Field("date", .date, "When it met."),
        Field("item", .text, "The agenda item."),
        Field("report_of", .text, "Whose report it considered."),
        Field("resolutions", .listOf("resolution"), "What it resolved."),
        Field("source", .reference(.source), "Where the facts come from."),
    ])

    static let resolution = Section(name: "resolution", summary: "A resolution and the council's response.", fields: [
        Field("id", .identifier, required: true, "Unique among the meeting's resolutions."),
        Field("text", .text, required: true, "What the committee resolved."),
        Field("due", .date, "When a response is due."),
        Field("response", .text, "The council's response so far."),
        Field("status", .oneOf(Resolution.Status.allCases.map(\.rawValue)), "Where it stands (default open)."),
        Field("contact", .text, "Who to contact about it."),
    ])

    static let source = Section(name: "source", summary: "A document that facts are taken from.", fields: [
        Field("id", .identifier, required: true, "Unique among sources, for example the document's file name."),
        Field("title", .text, required: true, "The document's title."),
        Field("url", .text, "Where to find it."),
        Field("published", .date, "When it was published."),
    ])
}
