import Foundation
import Testing
@testable import ReformStore

/// Where a PostgreSQL record is, from a URL and the environment as libpq reads them.
@Suite("PostgreSQL addresses")
struct PostgresAddressTests {
    private func address(_ url: String, _ environment: [String: String]) throws -> PostgresAddress {
        try #require(try PostgresAddress.parse(url, environment: environment))
    }

    @Test("what the URL leaves out comes from PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD and PGSSLMODE, so no password need be in the URL")
    func environmentFillsTheGaps() throws {
        let environment = ["PGHOST": "db.council.example", "PGPORT": "6432", "PGUSER": "reform", "PGDATABASE": "reform_live", "PGPASSWORD": "s3cret",
                           "PGSSLMODE": "require", "USER": "someone"]
        let bare = try address("postgres://", environment)
        #expect(bare == PostgresAddress(host: "db.council.example", port: 6432, username: "reform", password: "s3cret", database: "reform_live", sslMode: .require))
        #expect(!bare.description.contains("s3cret"))
        // The URL wins where it speaks.
        let mixed = try address("postgres://other@host2/records?sslmode=disable", environment)
        #expect(mixed == PostgresAddress(host: "host2", port: 6432, username: "other", password: "s3cret", database: "records", sslMode: .disable))
        // Nothing set: libpq's defaults.
        let defaults = try address("postgres:///", ["USER": "sam"])
        #expect(defaults == PostgresAddress(host: "localhost", port: 5432, username: "sam", password: nil, database: "sam", sslMode: .prefer))
    }

    @Test("the password file gives the first matching line's password, with * and escapes; one others can read is refused, naming it")
    func passwordFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("pgpass").path
        try """
        # host:port:database:user:password
        other:5432:*:reform:wrong
        db.council.example:*:reform_live:reform:pa\\:ss\\\\word
        *:*:*:reform:fallback
        """.write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let environment = ["PGPASSFILE": file]
        #expect(try address("postgres://reform@db.council.example/reform_live", environment).password == "pa:ss\\word")
        #expect(try address("postgres://reform@elsewhere/x", environment).password == "fallback")
        #expect(try address("postgres://nobody@elsewhere/x", environment).password == nil)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        let error = #expect(throws: StoreError.self) { try PostgresAddress.parse("postgres://reform@elsewhere/x", environment: environment) }
        #expect(error?.message.contains("chmod 600 \(file)") == true)
    }

    @Test("a PGPORT or PGSSLMODE that cannot be used is an error naming it, and a socket directory in PGHOST is refused")
    func badEnvironment() {
        for (environment, words) in [(["PGPORT": "port"], "PGPORT is 'port'"), (["PGSSLMODE": "always"], "PGSSLMODE must be one of"),
                                     (["PGHOST": "/var/run/postgresql"], "Unix socket directory")] {
            let error = #expect(throws: StoreError.self) { try PostgresAddress.parse("postgres://u@/d", environment: environment) }
            #expect(error?.message.contains(words) == true, "\(environment)")
        }
    }
}
