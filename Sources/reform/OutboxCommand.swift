import ArgumentParser
import ReformApp
import ReformRecord

/// `reform outbox`: the emails queued, sent and given up on.
struct OutboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "outbox", abstract: "List the emails queued, sent and given up on, the newest first.")
    @Flag(help: "Write JSON instead of text.") var json = false
    @OptionGroup var programme: ProgrammeOptions

    func run() async throws {
        let messages = try await ListOutbox().run(record: programme.recordOfFile, person: .commandLine(name: LoginName.current))
        if json { return try JSONOutput.print(messages.map(OutboxJSON.init)) }
        if messages.isEmpty { return Terminal.write("The outbox is empty.") }
        var table = TextTable(["id", "to", "kind", "day", "state", "tries", "last error"])
        for message in messages {
            table.add([String(message.id ?? 0), "\(message.recipient) <\(message.address)>", message.kind.wording, message.day, message.state.rawValue,
                       String(message.attempts), message.lastError ?? ""])
        }
        Terminal.write(table.render())
    }
}
