import ArgumentParser
import Dispatch

/// Runs an `async` command to its end while the calling thread waits: the command line's bridge
/// from a synchronous `main` into the use cases, which are all `async`.
///
/// Safe from deadlock because nothing the commands await runs on the main thread: the use cases
/// and the stores run on Swift concurrency's pool and Dispatch's threads.
enum WaitForCommand {
    /// Runs `command` and rethrows what it threw.
    static func run(_ command: any AsyncParsableCommand) throws {
        let box = CommandBox(command)
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            await box.run()
            done.signal()
        }
        done.wait()
        try box.outcome!.get()
    }
}

/// The command and its outcome, handed to the task and read back once it has signalled.
private final class CommandBox: @unchecked Sendable {
    private var command: any AsyncParsableCommand
    var outcome: Result<Void, any Error>?

    init(_ command: any AsyncParsableCommand) {
        self.command = command
    }

    func run() async {
        do {
            try await command.run()
            outcome = .success(())
        } catch {
            outcome = .failure(error)
        }
        await OpenedRecords.shared.closeAll()
    }
}
