/// What differs between the databases the record is kept in, and nothing else: placeholders,
/// column types, how a change is refused, how writers of events wait for each other, and how a
/// copy's numbering is carried on. Statements and migrations are written once, with these.
public protocol SQLDialect: Sendable {
    /// The database's name, as messages say it.
    var name: String { get }
    /// The placeholder of the `index`th value bound (from 1).
    func placeholder(_ index: Int) -> String

    /// A numbered primary key that the database assigns in order.
    var identity: String { get }
    /// A 64-bit integer column.
    var bigint: String { get }
    /// A column of bytes.
    var blob: String { get }
    /// A true-or-false column.
    var boolean: String { get }
    /// After `ORDER BY` of a text column: byte order, whatever the database's locale.
    var byteOrder: String { get }

    /// What must exist before any guard is made (PostgreSQL's function that refuses).
    var setup: [String] { get }
    /// The statements that make `guarded` refuse its changes.
    func statements(making guarded: Guard) -> [String]
    /// The latest status, progress and due date of every action with live (not voided) events,
    /// each field from the last live event (by day, then as recorded) that set it, with the day of
    /// its last event: columns `action`, `status`, `progress`, `due`, `last_day`, by action in byte
    /// order. The one statement written in each database's own way, since the fastest form of it
    /// differs by a factor of four between them (BENCHMARKS.md).
    var latestStates: SQLStatement { get }
    /// The triggers a guard is made of, by name.
    func triggerNames(of guarded: Guard) -> [String]
    /// The statements that change a table's check on one column, its rows kept.
    func statements(changing check: CheckChange) -> [String]

    /// A statement answering with a row when the table `name` exists, and none when it does not.
    func tableExists(_ name: String) -> SQLStatement
    /// What a migration runs first, so that two processes never migrate one database at once;
    /// `nil` where a write transaction already excludes others.
    var lockMigrations: SQLStatement? { get }

    /// The database's own check of its soundness, answering "ok" in the column `answer` when sound.
    var integrityCheck: SQLStatement { get }
    /// The triggers in force, in the column `name`.
    var enabledTriggers: SQLStatement { get }

    /// What every writer of events runs first, so that a check and the write after it are never
    /// split and numbers follow commits; `nil` where a write transaction already excludes others.
    var lockEventWriters: SQLStatement? { get }
    /// What a sign-in's claim runs first, so that claims counted at once are counted one after another;
    /// `nil` where a write transaction already excludes others.
    var lockSignInClaims: SQLStatement? { get }
    /// What a publisher of a plan revision runs first, so that its check of the latest revision and
    /// its write are never split; `nil` where a write transaction already excludes others.
    var lockPlanWriters: SQLStatement? { get }
    /// What carries a table's numbering on after rows were copied in with their numbers.
    func continueNumbering(_ table: String) -> SQLStatement?
    /// The number the next row of `table` will be given, as the column `next`.
    func nextNumber(_ table: String) -> SQLStatement
}

/// A table's guard, kept by the database itself: the record is append-only however it is reached.
public struct Guard: Sendable {
    /// A change a guard refuses.
    public enum Change: String, Sendable {
        case update = "UPDATE", delete = "DELETE"
    }

    /// The table guarded.
    public let table: String
    /// What it refuses: changes to rows, or an insert when `insertWhen` holds of `NEW`.
    public let changes: [Change]
    public let insertWhen: String?
    /// The trigger's name, and the name of the one refusing `TRUNCATE` where a database has it.
    public let name: String
    public let emptyingName: String?
    /// What the refusal says.
    public let message: String

    /// A guard refusing `changes` to any row of `table`.
    public static func refusing(_ changes: [Change], on table: String, name: String, emptying: String? = nil, message: String) -> Guard {
        Guard(table: table, changes: changes, insertWhen: nil, name: name, emptyingName: emptying, message: message)
    }

    /// A guard refusing an insert into `table` when `condition` (SQL over `NEW`) holds.
    public static func refusingInsert(into table: String, when condition: String, name: String, message: String) -> Guard {
        Guard(table: table, changes: [], insertWhen: condition, name: name, emptyingName: nil, message: message)
    }
}
