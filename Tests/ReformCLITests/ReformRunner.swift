import Foundation
import ReformTestSupport

/// Runs the built `reform` executable and captures what it prints.
enum ReformRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The `reform` binary beside the test bundle (SwiftPM builds it because this target depends on it).
    static let executable: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("reform")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("reform")
    }()

    /// Runs `reform arguments` (or `program arguments`) in `directory` with `input` as its standard input, and the given extra environment.
    static func runBlocking(_ arguments: [String], in directory: URL, environment: [String: String] = [:], input: Data? = nil,
                            program: URL = executable) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        // Each run gets its own history database unless the test chooses one, so no test writes into the repository.
        env["REFORM_DB"] = FileManager.default.temporaryDirectory.appendingPathComponent("reform-test-\(UUID().uuidString).sqlite").path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        try ChildInput.send(input, to: inPipe)
        // Read both pipes concurrently so a full stderr pipe cannot block the child.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return Result(status: status, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A file in the temporary directory, removed when the value is released.
final class TemporaryFile {
    let path: String

    init(_ contents: String, name: String = "programme.yaml") throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reform-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent(name).path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
    }
}

extension ReformRunner {
    /// `run` for an async test: waited for on a thread of its own, so that the test never holds
    /// one of Swift concurrency's threads (one per core) while the child runs. Tests of the
    /// PostgreSQL store need those threads to go on.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:], input: Data? = nil) async throws -> Result {
        try await OwnThread.run { try runBlocking(arguments, in: directory, environment: environment, input: input) }
    }

    /// Runs `pipeline` with bash, `$REFORM` naming the built tool: for what only a shell's pipe shows.
    static func runPipeline(_ pipeline: String, in directory: URL) async throws -> Result {
        try await OwnThread.run {
            try runBlocking(["-c", pipeline], in: directory, environment: ["REFORM": executable.path], program: URL(fileURLWithPath: "/bin/bash"))
        }
    }

    /// Waits for `process` to end without holding a thread.
    static func exit(of process: Process) async -> Int32 {
        await OwnThread.run {
            process.waitUntilExit()
            return process.terminationStatus
        }
    }
}

/// Blocking work run on a thread of its own.
enum OwnThread {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result(catching: body)) }
        }
    }

    static func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: body()) }
        }
    }
}
