/// A change to a table's `CHECK` on one column, for a migration: PostgreSQL replaces the named
/// constraint in place; SQLite, which cannot alter a constraint, rebuilds the table with its rows
/// (foreign keys to it deferred to the end of the migration's transaction, and satisfied again
/// as the rows go back in).
public struct CheckChange: Sendable {
    /// The table.
    let table: String
    /// The constraint's name, as PostgreSQL names an inline column check (`<table>_<column>_check`).
    let constraint: String
    /// The new condition.
    let condition: String
    /// The table as it is to be made again, with the new check, for SQLite: its `CREATE TABLE`
    /// columns, in the order the rows are copied.
    let columns: [String]
    /// Its definition after `CREATE TABLE <table>`, the parenthesised column list.
    let definition: String
    /// Its indexes, made again after the rebuild.
    let indexes: [String]
}
