import ArgumentParser
import Foundation
import ReformApp
import ReformModel
import ReformRecord

/// `reform plan`: the plan's revisions in the record: publish a file as the next, pull one to a
/// file, list them, compare two, and mark one as a baseline.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Keep the plan in the record: publish, pull, log, diff and baseline its revisions.",
        discussion: """
        Once a revision is published, the record's plan is the plan for every command and every server on the \
        record; programme.yaml is a working copy. `plan pull` writes a revision to the file and remembers which \
        it was, so that `plan publish` knows what the file was drawn from; changes made since by others to other \
        items are kept, and a change to an item someone else changed since is refused, naming who.
        """,
        subcommands: [Publish.self, Pull.self, Log.self, Diff.self, Baseline.self]
    )

    /// Where the record is: beside the programme file, or `--db`.
    struct RecordOfPlan: ParsableArguments {
        @Option(help: ArgumentHelp("The programme file whose record holds the plan (default: programme.yaml).", valueName: "file"))
        var file: String = "programme.yaml"

        @OptionGroup var record: RecordOptions

        var recordOfFile: Record { record.record(for: file) }
    }

    /// `reform plan publish [FILE] --reason TEXT`.
    struct Publish: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Store a programme file as the plan's next revision.")

        @Argument(help: ArgumentHelp("The file to publish (default: programme.yaml).", valueName: "file"))
        var file: String = "programme.yaml"

        @Option(help: ArgumentHelp("Why the plan changes: the log shows it beside what changed.", valueName: "text"))
        var reason: String

        @Option(help: ArgumentHelp("Who publishes it (default: your login name).", valueName: "name"))
        var by: String?

        @Option(help: ArgumentHelp("The revision the file was drawn from, when it was not pulled with `reform plan pull`.", valueName: "n"))
        var base: Int64?

        @Flag(help: "Write JSON instead of text.")
        var json = false

        @OptionGroup var record: RecordOptions

        func run() async throws {
            let outcome = try await PublishPlan(file: file, reason: reason, base: base)
                .run(record: record.record(for: file), moment: .current, person: .commandLine(name: by ?? LoginName.current))
            if json {
                switch outcome {
                case .unchanged(let revision): try JSONOutput.print(PlanPublishJSON(published: false, revision: revision, mergedOnto: nil))
                case .published(let revision, let mergedOnto): try JSONOutput.print(PlanPublishJSON(published: true, revision: revision, mergedOnto: mergedOnto))
                }
                return
            }
            switch outcome {
            case .unchanged(let revision):
                Terminal.write("\(file) is revision \(revision.number ?? 0) already: nothing to publish")
            case .published(let revision, let mergedOnto):
                let number = revision.number ?? 0
                var lines = ["published \(file) as revision \(number) of the plan"]
                if let mergedOnto {
                    lines[0] = "published revision \(number): \(file)'s changes made to revision \(mergedOnto), which changed other items since the file was drawn"
                    lines.append("`reform plan pull` brings \(file) up to date")
                }
                lines += revision.changes.map { "  \($0.words)" }
                Terminal.write(lines.joined(separator: "\n"))
            }
        }
    }

    /// `reform plan pull [--out FILE] [--revision N | --as-of DATE]`.
    struct Pull: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a revision of the plan to a file, byte for byte (default: the latest, to programme.yaml).")

        @Option(help: ArgumentHelp("Where to write it (default: the programme file).", valueName: "file"))
        var out: String?

        @Option(help: ArgumentHelp("Which revision.", valueName: "n"))
        var revision: Int64?

        @Option(name: .customLong("as-of"), help: ArgumentHelp("The revision in force on this day.", valueName: "date"))
        var asOf: String?

        @Flag(help: "Write JSON instead of text.")
        var json = false

        @OptionGroup var plan: RecordOfPlan

        func validate() throws {
            try DayOption.validate(asOf, name: "--as-of")
            if revision != nil, asOf != nil { throw ValidationError("give --revision or --as-of, not both") }
        }

        func run() async throws {
            let target = out ?? plan.file
            let pulled = try await PullPlan(file: target, revision: revision, asOf: DayOption.day(asOf)).run(record: plan.recordOfFile)
            if json { return try JSONOutput.print(PlanPullJSON(file: target, revision: pulled)) }
            Terminal.write("wrote revision \(pulled.number ?? 0) of the plan (\(pulled.recordedAt), by \(pulled.recordedBy)) to \(target)")
        }
    }

    /// `reform plan log [--json]`.
    struct Log: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the plan's revisions, newest first: who, when, why and what changed.")

        @Flag(help: "Write JSON instead of text.")
        var json = false

        @OptionGroup var plan: RecordOfPlan

        func run() async throws {
            let entries = try await ListPlanRevisions().run(record: plan.recordOfFile)
            if json {
                try JSONOutput.print(entries)
                return
            }
            guard !entries.isEmpty else {
                Terminal.write("The record holds no revision of the plan: the plan is \(plan.file). `reform plan publish --reason TEXT` stores it.")
                return
            }
            var text = ""
            for entry in entries {
                let revision = entry.revision
                let marks = entry.baselines.map { " [baseline: \($0)]" }.joined()
                text += "revision \(revision.number ?? 0)\(marks): \(revision.recordedAt) by \(revision.recordedBy): \(revision.reason)\n"
                for change in revision.changes { text += "  \(change.words)\n" }
            }
            Terminal.write(String(text.dropLast()))
        }
    }

    /// `reform plan diff [A] [B] [--json | --text]`.
    struct Diff: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "What changed between two revisions (default: the latest and the one before).")

        @Argument(help: ArgumentHelp("The earlier revision.", valueName: "a"))
        var from: Int64?

        @Argument(help: ArgumentHelp("The later revision (default: the latest).", valueName: "b"))
        var to: Int64?

        @Flag(help: "Write JSON instead of text.")
        var json = false

        @Flag(help: "Show the unified diff of the YAML instead of the changes in words.")
        var text = false

        @OptionGroup var plan: RecordOfPlan

        func validate() throws {
            if json, text { throw ValidationError("give --json or --text, not both") }
        }

        func run() async throws {
            let comparison = try await ComparePlanRevisions(from: from, to: to).run(record: plan.recordOfFile)
            if json {
                try JSONOutput.print(comparison.json)
            } else if text {
                Terminal.write(comparison.diff.isEmpty ? "no difference" : String(comparison.diff.dropLast()))
            } else {
                let heading = "revision \(comparison.from?.number.map(String.init) ?? "none") to revision \(comparison.to.number ?? 0):"
                Terminal.write(([heading] + (comparison.changes.isEmpty ? ["  no change to an action, milestone or burden"] : comparison.changes.map { "  \($0.words)" }))
                    .joined(separator: "\n"))
            }
        }
    }

    /// `reform plan baseline N --name TEXT`.
    struct Baseline: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark a revision as a baseline, such as the plan approved by the committee.")

        @Argument(help: ArgumentHelp("The revision, as `reform plan log` lists it.", valueName: "n"))
        var revision: Int64

        @Option(help: ArgumentHelp("The baseline's name, as the reports print it.", valueName: "text"))
        var name: String

        @Option(help: ArgumentHelp("Who marks it (default: your login name).", valueName: "name"))
        var by: String?

        @Flag(help: "Write JSON instead of text.")
        var json = false

        @OptionGroup var plan: RecordOfPlan

        func run() async throws {
            let mark = try await MarkBaseline(revision: revision, name: name)
                .run(record: plan.recordOfFile, moment: .current, person: .commandLine(name: by ?? LoginName.current))
            if json { return try JSONOutput.print(PlanBaselineJSON(mark)) }
            Terminal.write("revision \(mark.revision) is the baseline '\(mark.name)': the reports compare each action's dates with it")
        }
    }
}
