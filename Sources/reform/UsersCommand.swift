import ArgumentParser
import Foundation
import ReformApp
import ReformRecord

/// `reform users`: who may sign in to `reform serve`, and what each may do.
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Manage who may sign in to 'reform serve'.",
        discussion: "Roles: viewer (reads), contributor (and updates the actions of their owners), lead (and any action, corrections, reports), admin (and users).",
        subcommands: [Add.self, List.self, Disable.self, Enable.self, SetRole.self, SetOwner.self, SetPassword.self, SetEmail.self]
    )

    /// The record the users are kept in: the programme's, as every command finds it.
    struct Where: ParsableArguments {
        @Option(name: .customLong("file"), help: ArgumentHelp("The programme file, to find its record (default: programme.yaml).", valueName: "file"))
        var file: String = "programme.yaml"

        @OptionGroup var record: RecordOptions

        /// The record, opened when first needed.
        var users: Record { record.record(for: file) }

        /// The plan whose owners `--owner` names, when the file is there (users may be added before it).
        var programme: (any ProgrammeSource)? { FileManager.default.fileExists(atPath: file) ? record.plan(file: file) : nil }

        /// Who is acting: the person at the command line, who may manage users.
        var person: Person { .commandLine(name: LoginName.current) }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a user; the password is asked for on the terminal, or read from standard input.")

        @Argument(help: "Their username.") var username: String
        @Option(help: "viewer, officer, contributor, lead or admin.") var role: Role
        @Option(name: .customLong("owner"), help: ArgumentHelp("An action owner whose actions a contributor may update (repeatable).", valueName: "owner"))
        var owners: [String] = []
        @Option(help: ArgumentHelp("Where their reminders of update rounds are sent.", valueName: "address")) var email: String?
        @Flag(name: .customLong("password-stdin"), help: "Read the password from the first line of standard input.") var passwordStdin = false
        @OptionGroup var place: Where

        func run() async throws {
            let password = try PasswordInput.read(fromStandardInput: passwordStdin, confirm: true)
            var adding = AddUser(username: username, role: role, owners: owners, password: password, email: email)
            adding.programme = place.programme
            let user = try await adding.run(record: place.users, moment: .current, person: place.person)
            Terminal.write("added \(user.username) (\(user.role.rawValue)\(user.owners.isEmpty ? "" : "; updates the actions of \(user.owners.joined(separator: "; "))"))")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the users.")
        @OptionGroup var place: Where

        func run() async throws {
            let users = try await ListUsers().run(record: place.users, person: place.person)
            if users.isEmpty { return Terminal.write("No users yet: add one with reform users add NAME --role admin") }
            var table = TextTable(["user", "role", "state", "email", "owners"])
            for user in users {
                table.add([user.username, user.role.rawValue, user.disabled ? "disabled" : "active", user.email ?? "", user.owners.joined(separator: "; ")])
            }
            Terminal.write(table.render())
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop a user signing in, and end their sessions now.")
        @Argument(help: "Their username.") var username: String
        @OptionGroup var place: Where

        func run() async throws {
            let user = try await ChangeUser(username: username, change: .disable).run(record: place.users, person: place.person)
            Terminal.write("disabled \(user.username); their sessions are ended")
        }
    }

    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Let a disabled user sign in again.")
        @Argument(help: "Their username.") var username: String
        @OptionGroup var place: Where

        func run() async throws {
            let user = try await ChangeUser(username: username, change: .enable).run(record: place.users, person: place.person)
            Terminal.write("enabled \(user.username)")
        }
    }

    struct SetRole: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set-role", abstract: "Give a user another role (from their next request).")
        @Argument(help: "Their username.") var username: String
        @Argument(help: "viewer, officer, contributor, lead or admin.") var role: Role
        @OptionGroup var place: Where

        func run() async throws {
            let user = try await ChangeUser(username: username, change: .role(role)).run(record: place.users, person: place.person)
            Terminal.write("\(user.username) is now \(user.role.rawValue)")
        }
    }

    struct SetOwner: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set-owner", abstract: "Set the action owners whose actions a contributor may update (replacing the list).")
        @Argument(help: "Their username.") var username: String
        @Argument(help: ArgumentHelp("The owners, as the plan's 'owner' values; none clears the list.", valueName: "owner")) var owners: [String] = []
        @OptionGroup var place: Where

        func run() async throws {
            var changing = ChangeUser(username: username, change: .owners(owners))
            changing.programme = place.programme
            let user = try await changing.run(record: place.users, person: place.person)
            Terminal.write("\(user.username) updates the actions of: \(user.owners.isEmpty ? "none" : user.owners.joined(separator: "; "))")
        }
    }

    struct SetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set-password", abstract: "Give a user a new password; their sessions end.")
        @Argument(help: "Their username.") var username: String
        @Flag(name: .customLong("password-stdin"), help: "Read the password from the first line of standard input.") var passwordStdin = false
        @OptionGroup var place: Where

        func run() async throws {
            let password = try PasswordInput.read(fromStandardInput: passwordStdin, confirm: true)
            let user = try await ChangeUser(username: username, change: .password(password)).run(record: place.users, person: place.person)
            Terminal.write("set a new password for \(user.username); their sessions are ended")
        }
    }

    struct SetEmail: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set-email", abstract: "Set where a user's reminders are sent (\"\" for nowhere).")
        @Argument(help: "Their username.") var username: String
        @Argument(help: "Their email address.") var email: String
        @OptionGroup var place: Where

        func run() async throws {
            let user = try await ChangeUser(username: username, change: .email(email)).run(record: place.users, person: place.person)
            Terminal.write(user.email.map { "\(user.username)'s reminders go to \($0)" } ?? "\(user.username) has no email address: no reminder is sent to them")
        }
    }
}

extension Role: ExpressibleByArgument {}
