import Foundation
import ReformRecord
import ReformStore
import ReformTestSupport
import Testing

/// The record as a council team shares it, on SQLite and on PostgreSQL alike: many writers at
/// once, a killed import, backups, and moving the whole record between stores. One at a time:
/// each runs several processes of its own, and the machine has two cores.
@Suite("The record on either store, from the command line", .serialized, .dropsTestDatabases)
struct SharedRecordTests {
    /// A programme file in its own folder, and a fresh record of one kind for it.
    struct Place {
        let directory: URL
        /// The record, as `REFORM_DB` names it.
        let db: String
        let location: StoreLocation
        var programme: String { directory.appendingPathComponent("programme.yaml").path }

        init(_ kind: StoreKind) async throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("reform-shared-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: CLITests.repository.appendingPathComponent("programme.yaml"),
                                             to: directory.appendingPathComponent("programme.yaml"))
            location = try await kind.freshLocation()
            switch location {
            case .sqlite(let path): db = path
            case .postgres(let url): db = url
            }
        }

        func run(_ arguments: [String], db: String? = nil) async throws -> ReformRunner.Result {
            try await ReformRunner.run(arguments, in: directory, environment: ["REFORM_DB": db ?? self.db])
        }

        func eventCount(db: String? = nil) async throws -> Int {
            let result = try await run(["log", "--json"], db: db)
            return (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Any])?.count ?? -1
        }

        /// A new SQLite file's path in this folder.
        func file(_ name: String) -> String { directory.appendingPathComponent(name).path }
    }

    /// What only processes show: separate programs, each with its own connections, writing one record
    /// at once. (How many updates any number of writers can race is specified in process, by
    /// `RecordUpdateTests`; here a few dozen each show that processes race the same way.)
    @Test("4 processes making 25 updates each at the same time record exactly 100 events", arguments: StoreKind.all)
    func concurrentUpdates(kind: StoreKind) async throws {
        let place = try await Place(kind)
        let reform = ReformRunner.executable.path
        var processes: [(Process, Pipe)] = []
        for worker in 1...4 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", "for i in $(seq 1 25); do \"$0\" update A-MSP-PLAN --note \"w\(worker)-$i\" --by w\(worker) >/dev/null || { echo \"update $i failed\" >&2; exit 1; }; done", reform]
            let errors = Pipe()
            process.standardError = errors
            process.currentDirectoryURL = place.directory
            process.environment = ["REFORM_DB": place.db, "PATH": "/usr/bin:/bin"]
            try process.run()
            processes.append((process, errors))
        }
        for (process, errors) in processes {
            let message = await OwnThread.run { String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }
            #expect(await ReformRunner.exit(of: process) == 0, "\(message)")
        }
        #expect(try await place.eventCount() == 100)
        let log = try await place.run(["log", "--by", "w3", "--json"])
        #expect((try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [Any])?.count == 25)
    }

    @Test("an import of 200,000 rows killed with SIGKILL mid-write leaves all rows or none, and a record that takes writes", arguments: StoreKind.all)
    func killedImport(kind: StoreKind) async throws {
        let place = try await Place(kind)
        let rows = 200_000
        var csv = "action,at,progress,note\n"
        for row in 0..<rows { csv += "A-MSP-PLAN,2024-02-01,\(row % 101),row \(row)\n" }
        let file = place.file("updates.csv")
        try csv.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try await place.run(["update", "A-DSCO", "--note", "before"]).status == 0)
        let process = Process()
        process.executableURL = ReformRunner.executable
        process.arguments = ["import-updates", file, "--file", place.programme]
        process.environment = ["REFORM_DB": place.db]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until rows are being written (the uncommitted rows take a megabyte), then kill.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, process.isRunning, try await Self.uncommittedBytes(at: place.location) < 1_000_000 {
            try await Task.sleep(for: .milliseconds(2))
        }
        let killedMidWrite = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        _ = await ReformRunner.exit(of: process)
        #expect(killedMidWrite, "the import finished before it could be killed; the test proves nothing")
        let count = try await place.eventCount() - 1
        #expect(count == 0 || count == rows, "\(count) rows after the kill")
        #expect(try await place.run(["update", "A-DSCO", "--note", "after"]).status == 0)
        #expect(try await place.eventCount() == count + 2)
        let store = try #require(try await place.location.open(.read))
        #expect(try await store.integrityCheck() == "ok")
    }

    /// How much has been written and not yet committed: SQLite's write-ahead log, or PostgreSQL's table on disk.
    private static func uncommittedBytes(at location: StoreLocation) async throws -> Int {
        switch location {
        case .sqlite(let path):
            return (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        case .postgres(let url):
            return Int(try await TestPostgres.run("SELECT pg_relation_size('event')::text", on: url).first ?? "0") ?? 0
        }
    }

    @Test("store copy moves the whole record to the other kind of store and back, and export-updates of all three is identical",
          arguments: StoreKind.all)
    func copyRoundTrip(kind: StoreKind) async throws {
        let place = try await Place(kind)
        #expect(try await place.run(["update", "A-MSP-PLAN", "--progress", "40", "--note", "tab\there, «quoted»", "--by", "priya"]).status == 0)
        #expect(try await place.run(["update", "A-DSCO", "--status", "in-progress", "--by", "sam"]).status == 0)
        #expect(try await place.run(["void", "1", "--reason", "wrong action", "--by", "priya"]).status == 0)
        let other = StoreKind.all.first { $0.name != kind.name } ?? kind
        let middle = try await Place(other)
        let back = place.file("back.sqlite")
        let there = try await place.run(["store", "copy", "--from", place.db, "--to", middle.db])
        #expect(there.status == 0, "\(there.stderr)")
        #expect(there.stdout.hasPrefix("copied 3 events, 0 report runs"))
        #expect(try await place.run(["store", "copy", "--from", middle.db, "--to", back]).status == 0)
        var exports: [String] = []
        for db in [place.db, middle.db, back] {
            let out = place.file("export-\(UUID().uuidString).csv")
            #expect(try await place.run(["export-updates", "--out", out], db: db).status == 0)
            exports.append(try String(contentsOfFile: out, encoding: .utf8))
        }
        #expect(exports[0] == exports[1])
        #expect(exports[0] == exports[2])
        #expect(exports[0].contains("wrong action"))
        // A copy never merges into a record that has one already.
        let refused = try await place.run(["store", "copy", "--from", place.db, "--to", middle.db])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("the record here is not empty"))
        #expect(try await place.eventCount(db: middle.db) == 3)
    }

    @Test("a backup is a SQLite file that opens as a record and restores with store copy; it never overwrites", arguments: StoreKind.all)
    func backupRestores(kind: StoreKind) async throws {
        let place = try await Place(kind)
        #expect(try await place.run(["update", "A-DSCO", "--note", "kept"]).status == 0)
        let backup = place.file("backup.sqlite")
        #expect(try await place.run(["backup", backup]).status == 0)
        #expect(try await place.run(["backup", backup]).status == 1)
        #expect(try await place.run(["log", "--json"], db: backup).stdout.contains("\"note\" : \"kept\""))
        let restored = try await Place(kind)
        #expect(try await place.run(["store", "copy", "--from", backup, "--to", restored.db]).status == 0)
        #expect(try await place.run(["log", "--json"], db: restored.db).stdout.contains("\"note\" : \"kept\""))
    }

    @Test("with PostgreSQL down, a command prints one line naming the server and what to check, and exits 1")
    func postgresDown() async throws {
        let directory = FileManager.default.temporaryDirectory
        let result = try await ReformRunner.run(["history", "--file", CLITests.repository.appendingPathComponent("programme.yaml").path], in: directory,
                                          environment: ["REFORM_DB": "postgres://reform:secret@127.0.0.1:1/reform"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("postgres://reform@127.0.0.1:1/reform: error: cannot connect to PostgreSQL at 127.0.0.1:1 (connection refused); check"))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(!result.stderr.contains("secret"))
    }
}
