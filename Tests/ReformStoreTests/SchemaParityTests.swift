import ReformTestSupport
import Testing
@testable import ReformStore

/// The migrations are written once; what they make must be the same on every database: the same
/// tables, the same columns in each, the same triggers keeping the record append-only.
@Suite("One schema on every database", .dropsTestDatabases, .enabled(if: TestPostgres.isEnabled))
struct SchemaParityTests {
    /// Tables, columns and triggers of a fresh store of `kind`, by name.
    private func schema(_ kind: StoreKind) async throws -> (columns: [String: [String]], triggers: Set<String>) {
        let store = try await kind.makeStore()
        defer { Task { await store.close() } }
        let tablesQuery: SQLStatement = kind.name == "SQLite"
            ? "SELECT m.name AS tbl, p.name AS col FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid"
            : """
              SELECT c.table_name::text AS tbl, c.column_name::text AS col FROM information_schema.columns c
              JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
              WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position
              """
        let dialect = store.database.dialect
        let (rows, triggers) = try await store.read { connection in
            (try await connection.query(tablesQuery).map { (try $0.text("tbl"), try $0.text("col")) },
             Set(try await connection.query(dialect.enabledTriggers).map { try $0.text("name") }))
        }
        return (Dictionary(grouping: rows, by: \.0).mapValues { $0.map(\.1) }, triggers)
    }

    @Test("SQLite and PostgreSQL have the same tables, the same columns in the same order, and the same triggers")
    func sameSchema() async throws {
        let sqlite = try await schema(.sqlite), postgres = try await schema(.postgres)
        #expect(sqlite.columns.keys.sorted() == postgres.columns.keys.sorted())
        for table in sqlite.columns.keys.sorted() {
            #expect(sqlite.columns[table] == postgres.columns[table], "\(table)")
        }
        // A SQLite trigger answers one statement, so a rule is two (`…_update`, `…_delete`); a PostgreSQL
        // one answers both, and PostgreSQL alone has TRUNCATE, refused by `…_is_never_emptied`.
        let sqliteRules = Set(sqlite.triggers.map { $0.replacingOccurrences(of: "_update", with: "").replacingOccurrences(of: "_delete", with: "") })
        let postgresRules = postgres.triggers.filter { !$0.hasSuffix("_is_never_emptied") }
        #expect(sqliteRules.map { $0 == "event_void_is_of_an" ? "event_void_is_of_an_update" : $0 }.sorted() == postgresRules.sorted())
        #expect(postgresRules.count >= 4, "the append-only rules: \(postgresRules.sorted())")
    }
}
