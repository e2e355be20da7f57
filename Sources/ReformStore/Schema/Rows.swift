import ReformModel
import ReformRecord

/// How each of the record's types sits in its table, written once for every database: its
/// columns (named by the type's own keys) and the row it is read from and written as.
protocol StoredRow {
    /// The table.
    static var table: String { get }
    /// The columns, in the order `values` gives them.
    static var columns: [String] { get }
    /// The row as it is read.
    init(row: SQLRow) throws
    /// The values of `columns`, in order.
    var values: [SQLValue] { get }
}

extension StoredRow {
    /// The columns for a `SELECT`.
    static var columnList: String { columns.joined(separator: ", ") }

    /// The columns but the first, the number the database assigns, for an `INSERT` of a new row.
    static var newColumnList: String { columns.dropFirst().joined(separator: ", ") }

    /// An insert of a new row, the number left to the database, answering with the number.
    var insertNew: SQLStatement {
        "INSERT INTO \(raw: Self.table) (\(raw: Self.newColumnList)) VALUES (\(SQLStatement.list(Array(values.dropFirst())))) RETURNING id"
    }

    /// An insert of the row as it is, every column given.
    var insert: SQLStatement {
        "INSERT INTO \(raw: Self.table) (\(raw: Self.columnList)) VALUES (\(SQLStatement.list(values)))"
    }
}

extension RecordedEvent: StoredRow {
    static let table = "event"
    static let columns = CodingKeys.allCases.map(\.rawValue)

    init(row: SQLRow) throws {
        self.init(id: try row.int64(CodingKeys.id.rawValue), action: try row.text(CodingKeys.action.rawValue),
                  occurredAt: try row.text(CodingKeys.occurredAt.rawValue), day: try row.text(CodingKeys.day.rawValue),
                  recordedAt: try row.text(CodingKeys.recordedAt.rawValue), recordedBy: try row.text(CodingKeys.recordedBy.rawValue),
                  note: try row.optionalText(CodingKeys.note.rawValue),
                  statusOld: try row.optionalText(CodingKeys.statusOld.rawValue).flatMap(Action.Status.init(rawValue:)),
                  statusNew: try row.optionalText(CodingKeys.statusNew.rawValue).flatMap(Action.Status.init(rawValue:)),
                  progressOld: try row.optionalInt(CodingKeys.progressOld.rawValue), progressNew: try row.optionalInt(CodingKeys.progressNew.rawValue),
                  dueOld: try row.optionalText(CodingKeys.dueOld.rawValue), dueNew: try row.optionalText(CodingKeys.dueNew.rawValue),
                  origin: EventOrigin(rawValue: try row.text(CodingKeys.origin.rawValue)) ?? .update,
                  voids: try row.optionalInt64(CodingKeys.voids.rawValue), reason: try row.optionalText(CodingKeys.reason.rawValue))
    }

    var values: [SQLValue] {
        [id.sqlValue, action.sqlValue, occurredAt.sqlValue, day.sqlValue, recordedAt.sqlValue, recordedBy.sqlValue, note.sqlValue,
         statusOld?.rawValue.sqlValue ?? .null, statusNew?.rawValue.sqlValue ?? .null, progressOld.sqlValue, progressNew.sqlValue,
         dueOld.sqlValue, dueNew.sqlValue, origin.rawValue.sqlValue, voids.sqlValue, reason.sqlValue]
    }
}

extension ReportRun: StoredRow {
    static let table = "report_run"
    static let columns = CodingKeys.columns.map(\.rawValue)

    init(row: SQLRow) throws {
        self.init(id: try row.int64(CodingKeys.id.rawValue), plugin: try row.text(CodingKeys.plugin.rawValue),
                  pluginVersion: try row.text(CodingKeys.pluginVersion.rawValue), format: try row.text(CodingKeys.format.rawValue),
                  asOf: try row.text(CodingKeys.asOf.rawValue), since: try row.optionalText(CodingKeys.since.rawValue),
                  generatedAt: try row.text(CodingKeys.generatedAt.rawValue), outputSHA256: try row.text(CodingKeys.outputSHA256.rawValue),
                  outputBytes: try row.int(CodingKeys.outputBytes.rawValue), outputPath: try row.optionalText(CodingKeys.outputPath.rawValue),
                  actions: try row.text(CodingKeys.actions.rawValue), runBy: try row.optionalText(CodingKeys.runBy.rawValue),
                  planRevision: try row.optionalInt64(CodingKeys.planRevision.rawValue))
    }

    var values: [SQLValue] {
        [id.sqlValue, plugin.sqlValue, pluginVersion.sqlValue, format.sqlValue, asOf.sqlValue, since.sqlValue, generatedAt.sqlValue,
         outputSHA256.sqlValue, outputBytes.sqlValue, outputPath.sqlValue, actions.sqlValue, runBy.sqlValue, planRevision.sqlValue]
    }
}

extension ReportDecision: StoredRow {
    static let table = "report_decision"
    static let columns = CodingKeys.allCases.map(\.rawValue)

    init(row: SQLRow) throws {
        self.init(id: try row.int64(CodingKeys.id.rawValue), run: try row.int64(CodingKeys.run.rawValue),
                  outcome: Outcome(rawValue: try row.text(CodingKeys.outcome.rawValue)) ?? .discarded,
                  decidedBy: try row.text(CodingKeys.decidedBy.rawValue), decidedAt: try row.text(CodingKeys.decidedAt.rawValue),
                  reason: try row.optionalText(CodingKeys.reason.rawValue))
    }

    var values: [SQLValue] {
        [id.sqlValue, run.sqlValue, outcome.rawValue.sqlValue, decidedBy.sqlValue, decidedAt.sqlValue, reason.sqlValue]
    }
}

extension PlanRevision: StoredRow {
    static let table = "plan_revision"
    static let columns = Column.allCases.map(\.rawValue)

    init(row: SQLRow) throws {
        try self.init(row: row, text: try row.blob(Column.text.rawValue))
    }

    /// A revision read without its text (a log's line), `text` empty.
    init(rowWithoutText row: SQLRow) throws {
        try self.init(row: row, text: [])
    }

    private init(row: SQLRow, text: [UInt8]) throws {
        self.init(number: try row.int64(Column.number.rawValue), text: text, sha256: try row.text(Column.sha256.rawValue),
                  recordedBy: try row.text(Column.recordedBy.rawValue), recordedAt: try row.text(Column.recordedAt.rawValue),
                  reason: try row.text(Column.reason.rawValue), base: try row.optionalInt64(Column.base.rawValue),
                  changes: PlanChangeColumn.list(json: try row.text(Column.changes.rawValue)))
    }

    var values: [SQLValue] {
        [number.sqlValue, text.sqlValue, sha256.sqlValue, recordedBy.sqlValue, recordedAt.sqlValue, reason.sqlValue, base.sqlValue,
         PlanChangeColumn.text(changes).sqlValue]
    }
}

extension PlanBaseline: StoredRow {
    static let table = "plan_baseline"
    static let columns = Column.allCases.map(\.rawValue)

    init(row: SQLRow) throws {
        self.init(id: try row.int64(Column.id.rawValue), revision: try row.int64(Column.revision.rawValue), name: try row.text(Column.name.rawValue),
                  markedBy: try row.text(Column.markedBy.rawValue), markedAt: try row.text(Column.markedAt.rawValue))
    }

    var values: [SQLValue] {
        [id.sqlValue, revision.sqlValue, name.sqlValue, markedBy.sqlValue, markedAt.sqlValue]
    }
}

extension CommitteeResponse: StoredRow {
    static let table = "committee_response"
    static let columns = CodingKeys.allCases.map(\.rawValue)

    init(row: SQLRow) throws {
        self.init(id: try row.int64(CodingKeys.id.rawValue), committee: try row.optionalText(CodingKeys.committee.rawValue),
                  meeting: try row.optionalText(CodingKeys.meeting.rawValue), resolution: try row.text(CodingKeys.resolution.rawValue),
                  response: try row.text(CodingKeys.response.rawValue),
                  status: Resolution.Status(rawValue: try row.text(CodingKeys.status.rawValue)) ?? .open,
                  recordedBy: try row.text(CodingKeys.recordedBy.rawValue), recordedAt: try row.text(CodingKeys.recordedAt.rawValue),
                  voids: try row.optionalInt64(CodingKeys.voids.rawValue), reason: try row.optionalText(CodingKeys.reason.rawValue))
    }

    var values: [SQLValue] {
        [id.sqlValue, resolution.sqlValue, response.sqlValue, status.rawValue.sqlValue, recordedBy.sqlValue, recordedAt.sqlValue, committee.sqlValue,
         meeting.sqlValue, voids.sqlValue, reason.sqlValue]
    }
}

extension UserAccount: StoredRow {
    static let table = "user_account"
    static let columns = Column.allCases.map(\.rawValue)

    init(row: SQLRow) throws {
        self.init(id: try row.int64(Column.id.rawValue), username: try row.text(Column.username.rawValue),
                  passwordHash: try row.text(Column.passwordHash.rawValue), role: Role(rawValue: try row.text(Column.role.rawValue)) ?? .viewer,
                  owners: StringListColumn.list(json: try row.text(Column.owners.rawValue)), disabled: try row.bool(Column.disabled.rawValue),
                  createdAt: try row.text(Column.createdAt.rawValue), email: try row.optionalText(Column.email.rawValue))
    }

    var values: [SQLValue] {
        [id.sqlValue, username.sqlValue, passwordHash.sqlValue, role.rawValue.sqlValue, StringListColumn.text(owners).sqlValue, disabled.sqlValue,
         createdAt.sqlValue, email.sqlValue]
    }
}

extension WebSession: StoredRow {
    static let table = "web_session"
    static let columns = Column.allCases.map(\.rawValue)

    init(row: SQLRow) throws {
        self.init(tokenHash: try row.text(Column.tokenHash.rawValue), userID: try row.int64(Column.userID.rawValue),
                  csrfToken: try row.text(Column.csrfToken.rawValue), startedAt: try row.int64(Column.startedAt.rawValue),
                  lastSeenAt: try row.int64(Column.lastSeenAt.rawValue))
    }

    var values: [SQLValue] {
        [tokenHash.sqlValue, userID.sqlValue, csrfToken.sqlValue, startedAt.sqlValue, lastSeenAt.sqlValue]
    }
}

extension LatestState {
    init(row: SQLRow) throws {
        self.init(action: try row.text(CodingKeys.action.rawValue),
                  status: try row.optionalText(CodingKeys.status.rawValue).flatMap(Action.Status.init(rawValue:)),
                  progress: try row.optionalInt(CodingKeys.progress.rawValue), due: try row.optionalText(CodingKeys.due.rawValue),
                  lastDay: try row.text(CodingKeys.lastDay.rawValue))
    }
}

extension UpdateRound: StoredRow {
    static let table = "update_round"
    static let columns = Column.allCases.map(\.rawValue)

    init(row: SQLRow) throws {
        self.init(id: try row.int64(Column.id.rawValue), name: try row.text(Column.name.rawValue), due: try row.text(Column.due.rawValue),
                  pillars: StringListColumn.list(json: try row.text(Column.pillars.rawValue)),
                  actions: StringListColumn.list(json: try row.text(Column.actions.rawValue)), signOff: try row.bool(Column.signOff.rawValue),
                  openedBy: try row.text(Column.openedBy.rawValue), openedAt: try row.text(Column.openedAt.rawValue),
                  afterEvent: try row.int64(Column.afterEvent.rawValue))
    }

    var values: [SQLValue] {
        [id.sqlValue, name.sqlValue, due.sqlValue, StringListColumn.text(pillars).sqlValue, StringListColumn.text(actions).sqlValue,
         signOff.sqlValue, openedBy.sqlValue, openedAt.sqlValue, afterEvent.sqlValue]
    }
}

extension RoundClosing: StoredRow {
    static let table = "round_closing"
    static let columns = Column.allCases.map(\.rawValue)

    init(row: SQLRow) throws {
        self.init(round: try row.int64(Column.round.rawValue), closedBy: try row.text(Column.closedBy.rawValue),
                  closedAt: try row.text(Column.closedAt.rawValue), reason: try row.optionalText(Column.reason.rawValue))
    }

    var values: [SQLValue] { [round.sqlValue, closedBy.sqlValue, closedAt.sqlValue, reason.sqlValue] }
}

extension SignOffRequest: StoredRow {
    static let table = "sign_off_request"
    static let columns = Column.allCases.map(\.rawValue)

    init(row: SQLRow) throws {
        self.init(event: try row.int64(Column.event.rawValue), round: try row.int64(Column.round.rawValue))
    }

    var values: [SQLValue] { [event.sqlValue, round.sqlValue] }
}

extension SignOffDecision: StoredRow {
    static let table = "sign_off_decision"
    static let columns = Column.allCases.map(\.rawValue)

    init(row: SQLRow) throws {
        self.init(id: try row.int64(Column.id.rawValue), event: try row.int64(Column.event.rawValue), round: try row.int64(Column.round.rawValue),
                  verdict: Verdict(rawValue: try row.text(Column.verdict.rawValue)) ?? .returned, decidedBy: try row.text(Column.decidedBy.rawValue),
                  decidedAt: try row.text(Column.decidedAt.rawValue), reason: try row.optionalText(Column.reason.rawValue))
    }

    var values: [SQLValue] {
        [id.sqlValue, event.sqlValue, round.sqlValue, verdict.rawValue.sqlValue, decidedBy.sqlValue, decidedAt.sqlValue, reason.sqlValue]
    }
}

extension OutboxMessage: StoredRow {
    static let table = "outbox_message"
    static let columns = Column.allCases.map(\.rawValue)

    init(row: SQLRow) throws {
        self.init(id: try row.int64(Column.id.rawValue), key: try row.text(Column.key.rawValue), round: try row.optionalInt64(Column.round.rawValue),
                  recipient: try row.text(Column.recipient.rawValue), address: try row.text(Column.address.rawValue),
                  kind: ReminderKind(rawValue: try row.text(Column.kind.rawValue)) ?? .opening, day: try row.text(Column.day.rawValue),
                  subject: try row.text(Column.subject.rawValue), text: try row.text(Column.text.rawValue), html: try row.text(Column.html.rawValue),
                  queuedAt: try row.int64(Column.queuedAt.rawValue), attempts: try row.int(Column.attempts.rawValue),
                  nextAttemptAt: try row.int64(Column.nextAttemptAt.rawValue), claimedUntil: try row.optionalInt64(Column.claimedUntil.rawValue),
                  sentAt: try row.optionalInt64(Column.sentAt.rawValue), failedAt: try row.optionalInt64(Column.failedAt.rawValue),
                  lastError: try row.optionalText(Column.lastError.rawValue))
    }

    var values: [SQLValue] {
        [id.sqlValue, key.sqlValue, round.sqlValue, recipient.sqlValue, address.sqlValue, kind.rawValue.sqlValue, day.sqlValue, subject.sqlValue,
         text.sqlValue, html.sqlValue, queuedAt.sqlValue, attempts.sqlValue, nextAttemptAt.sqlValue, claimedUntil.sqlValue, sentAt.sqlValue,
         failedAt.sqlValue, lastError.sqlValue]
    }
}
