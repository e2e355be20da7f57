import ReformRecord

/// The record's tables as a copy moves them: in an order where every row comes after what it
/// refers to, each read in its own order and a batch at a time, so that a record of any size is
/// copied in bounded memory.
struct Table: Sendable {
    let name: String
    let columns: [String]
    /// What its rows are read in order of.
    let order: String
    /// Whether the database numbers its rows, so that numbering must go on after a copy.
    let numbered: Bool
    /// How many rows a batch holds: few for tables of large values (documents).
    let batch: Int

    /// Every table, in copying order.
    static let all: [Table] = [
        Table(name: RecordedEvent.table, columns: RecordedEvent.columns, order: "id", numbered: true, batch: 10_000),
        Table(name: PlanRevision.table, columns: PlanRevision.columns, order: "id", numbered: true, batch: 10),
        Table(name: ReportRun.table, columns: ReportRun.columns, order: "id", numbered: true, batch: 1_000),
        Table(name: ReportDecision.table, columns: ReportDecision.columns, order: "id", numbered: true, batch: 1_000),
        Table(name: "report_document", columns: ["run_id", "file_name", "media_type", "bytes"], order: "run_id", numbered: false, batch: 1),
        Table(name: CommitteeResponse.table, columns: CommitteeResponse.columns, order: "id", numbered: true, batch: 1_000),
        Table(name: PlanBaseline.table, columns: PlanBaseline.columns, order: "id", numbered: true, batch: 1_000),
        Table(name: UpdateRound.table, columns: UpdateRound.columns, order: "id", numbered: true, batch: 1_000),
        Table(name: RoundClosing.table, columns: RoundClosing.columns, order: "round_id", numbered: false, batch: 1_000),
        Table(name: SignOffRequest.table, columns: SignOffRequest.columns, order: "event_id", numbered: false, batch: 10_000),
        Table(name: SignOffDecision.table, columns: SignOffDecision.columns, order: "id", numbered: true, batch: 10_000),
        Table(name: OutboxMessage.table, columns: OutboxMessage.columns, order: "id", numbered: true, batch: 500),
        Table(name: UserAccount.table, columns: UserAccount.columns, order: "id", numbered: true, batch: 1_000),
        Table(name: WebSession.table, columns: WebSession.columns, order: "started_at, token_hash", numbered: false, batch: 1_000),
        Table(name: "form_draft", columns: ["token_hash", "path", "fields", "kept_at"], order: "token_hash", numbered: false, batch: 100),
        Table(name: "failed_sign_in", columns: ["id", "username", "address", "at", "device"], order: "id", numbered: true, batch: 10_000),
    ]
}
