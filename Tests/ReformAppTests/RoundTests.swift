import Foundation
import ReformMail
import ReformPluginHost
import ReformModel
import ReformRecord
import ReformStore
import ReformTestSupport
import Testing
@testable import ReformApp

/// A round of updates before a committee, as a lead and two owners live it, with a real SMTP
/// server receiving what is sent: opening emails, sign-off with a return and an approval, the
/// due-day reminder, and the committee update made when the round closes.
@Suite struct RoundTests {
    static let opening = Moment(now: Date(timeIntervalSince1970: 1_726_394_400), today: CalendarDay(year: 2024, month: 9, day: 15)!)
    static let dueDay = Moment(now: Date(timeIntervalSince1970: 1_726_394_400 + 5 * 86_400), today: CalendarDay(year: 2024, month: 9, day: 20)!)
    static let afterDue = Moment(now: Date(timeIntervalSince1970: 1_726_394_400 + 6 * 86_400), today: CalendarDay(year: 2024, month: 9, day: 21)!)
    static let otherOwner = "Manchester Safeguarding Partnership (MSP)"

    /// A lead, and two contributors with email addresses owning one owner's actions each; a viewer without one.
    static func people(_ world: AppWorld) async throws -> (lead: Person, first: Person, second: Person) {
        func add(_ name: String, _ role: Role, owners: [String], email: String?) async throws -> Person {
            .signedIn(try await world.store.addUser(UserAccount(username: name, passwordHash: "-", role: role, owners: owners,
                                                                createdAt: "2024-09-01T00:00:00Z", email: email)))
        }
        let lead = try await add("lena", .lead, owners: [], email: "lena@council.example.gov.uk")
        let first = try await add("omar", .contributor, owners: [AppWorld.owner], email: "omar@council.example.gov.uk")
        let second = try await add("priya", .contributor, owners: [otherOwner], email: "priya@council.example.gov.uk")
        _ = try await add("vic", .viewer, owners: [], email: nil)
        return (lead, first, second)
    }

    static func send(_ world: AppWorld, through server: TestSMTPServer, at moment: Moment) async throws -> SendOutbox.Outcome {
        let mailing = try Mailing.from(smtp: server.url(), publicURL: "https://reform.council.example.gov.uk", remindBefore: 3)
        let client = try #require(try await CheckMail(mailing: mailing).run())
        return try await OutboxWorker(mailing: mailing, transport: client)
            .pass(programme: world.programme, record: world.record, moment: moment, now: { Int64(moment.now.timeIntervalSince1970) })
    }

    @Test("a round with sign-off: owners are emailed their own actions, a returned update is re-done and approved, the late owner is reminded on the due day, and the committee update counts it all",
          arguments: StoreKind.all)
    func wholeRound(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let server = try TestSMTPServer()
        let (lead, first, second) = try await Self.people(world)
        let mailing = try Mailing.from(smtp: server.url(), publicURL: "https://reform.council.example.gov.uk", remindBefore: 3)

        let round = try await OpenRound(name: "Before the October committee", due: "2024-09-20", signOff: true, mailing: mailing)
            .run(programme: world.programme, record: world.record, moment: Self.opening, person: lead)
        #expect(round.actions.contains(AppWorld.ownedAction) && round.actions.contains(AppWorld.othersAction))
        #expect(try await Self.send(world, through: server, at: Self.opening).sent == 2)
        let opened = try server.received()
        #expect(Set(opened.flatMap(\.to)) == ["omar@council.example.gov.uk", "priya@council.example.gov.uk"])
        let omars = try #require(opened.first { $0.to == ["omar@council.example.gov.uk"] })
        #expect(omars.subject == "[ReformTracker] Updates due by 20 September 2024: Before the October committee")
        #expect(omars.text.contains(AppWorld.ownedAction) && !omars.text.contains(AppWorld.othersAction), "only their own actions")
        #expect(omars.text.contains("https://reform.council.example.gov.uk/my") && omars.html.contains("href=\"https://reform.council.example.gov.uk/my\""))
        #expect(!omars.raw.contains(TestSMTPServer.password))

        // Omar updates; it waits for sign-off and no report shows it.
        let firstTry = try await world.update(AppWorld.ownedAction, progress: "40", note: "Draft policy <b>ready</b>", as: first)
        var view = try await ShowRound(round: round.id).run(programme: world.programme, record: world.record, moment: Self.opening)
        #expect(view.progress.items.first { $0.action == AppWorld.ownedAction }?.state == .awaitingSignOff)
        #expect(try await world.store.signedOffUpdates().allSatisfy { $0.note != "Draft policy <b>ready</b>" })

        // Lena returns it; Omar is told why, by email.
        let returned = await #expect(throws: AppError.self) {
            try await DecideSignOff(event: firstTry.id!, verdict: .returned, reason: "  ").run(programme: world.programme, record: world.record,
                                                                                                  moment: Self.opening, person: lead)
        }
        #expect(returned?.field == .reason)
        let refused = await #expect(throws: AppError.self) {
            try await DecideSignOff(event: firstTry.id!, verdict: .approved).run(programme: world.programme, record: world.record, moment: Self.opening, person: first)
        }
        #expect(refused?.kind == .forbidden(needed: "lead or admin"))
        _ = try await DecideSignOff(event: firstTry.id!, verdict: .returned, reason: "Say what the draft covers & when it goes to DMT", mailing: mailing)
            .run(programme: world.programme, record: world.record, moment: Self.opening, person: lead)
        #expect(try await Self.send(world, through: server, at: Self.opening).sent == 1)
        let told = try #require(try server.received().last)
        #expect(told.to == ["omar@council.example.gov.uk"] && told.subject.contains("Your update was returned"))
        #expect(told.text.contains("Say what the draft covers & when it goes to DMT") && told.html.contains("Say what the draft covers &amp; when it goes to DMT"))
        let twice = await #expect(throws: AppError.self) {
            try await DecideSignOff(event: firstTry.id!, verdict: .approved).run(programme: world.programme, record: world.record, moment: Self.opening, person: lead)
        }
        #expect(twice?.message.contains("returned already") == true, "a decision is never changed")
        let mine = try await MyActions().run(programme: world.programme, record: world.record, moment: Self.opening, person: first)
        #expect(mine.first?.items.first?.round?.state == .returned)

        // Omar updates again, Lena approves.
        let secondTry = try await world.update(AppWorld.ownedAction, progress: "45", note: "Draft covers kinship allowances; DMT on 1 October", as: first)
        _ = try await DecideSignOff(event: secondTry.id!, verdict: .approved).run(programme: world.programme, record: world.record, moment: Self.opening, person: lead)
        // A lead's own update needs no sign-off.
        let leads = try await world.update("A-DSCO", note: "Lead's note", as: lead)
        view = try await ShowRound(round: round.id).run(programme: world.programme, record: world.record, moment: Self.dueDay)
        #expect(view.progress.items.first { $0.action == AppWorld.ownedAction }?.state == .approved)
        #expect(view.progress.items.first { $0.action == "A-DSCO" }?.state == .updated && leads.id != nil)

        // On the due day Priya, who has not updated, is reminded; Omar's updated action is not in his reminder, if he gets one.
        let before = try server.received().count
        #expect(try await Self.send(world, through: server, at: Self.dueDay).sent >= 1)
        let reminders = Array(try server.received().dropFirst(before))
        let priyas = try #require(reminders.first { $0.to == ["priya@council.example.gov.uk"] })
        #expect(priyas.subject == "[ReformTracker] Updates due today: Before the October committee" && priyas.text.contains(AppWorld.othersAction))
        #expect(reminders.allSatisfy { !$0.text.contains(AppWorld.ownedAction) })
        // Sending again that day sends nothing more.
        #expect(try await Self.send(world, through: server, at: Self.dueDay).sent == 0)
        _ = second

        // Closed after the due day (no reason needed), the committee update reports the round.
        _ = try await CloseRound(round: round.id).run(record: world.record, moment: Self.afterDue, person: lead)
        let plugins = RunReport.catalog(for: "committee-update", searchPath: PluginSearchPath(commandLine: []))
        let report = try await RunReport(plugin: "committee-update", format: "markdown", days: ReportPeriod(asOf: Self.afterDue.today, since: nil),
                                         options: [:], plugins: plugins, destination: .shown)
            .run(programme: world.programme, record: world.record, moment: Self.afterDue, person: lead)
        let text = String(decoding: report.document, as: UTF8.self)
        let total = round.actions.count
        #expect(text.contains("Updates for this report: Before the October committee"))
        #expect(text.contains("2 of \(total) were updated: 2 on time and 0 late; \(total - 2) were not updated."))
        #expect(text.contains("0 were awaiting sign-off and 0 had been returned"))
        #expect(text.contains("Draft covers kinship allowances") && !text.contains("Draft policy"), "the approved update is shown, the returned one is not")
        #expect(text.contains(Self.otherOwner) && text.contains(AppWorld.othersAction), "who has not updated, by owner")
    }

    @Test("a round cannot be opened by a contributor, for a day gone by, for an unknown pillar, or while another is open; closing early needs a reason",
          arguments: StoreKind.all)
    func refusals(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let (lead, first, _) = try await Self.people(world)
        func open(_ due: String, pillars: [String] = [], as person: Person) async -> AppError? {
            await #expect(throws: AppError.self) {
                try await OpenRound(name: "R", due: due, pillars: pillars).run(programme: world.programme, record: world.record, moment: Self.opening, person: person)
            }
        }
        #expect(await open("2024-09-30", as: first)?.kind == .forbidden(needed: "lead or admin"))
        let past = await open("2024-09-14", as: lead)
        #expect(past?.field == .due && past?.message.contains("has passed") == true)
        let notADay = await open("30/09/2024", as: lead)
        #expect(notADay?.field == .due && notADay?.message.contains("YYYY-MM-DD") == true)
        let pillar = await open("2024-09-30", pillars: ["P9"], as: lead)
        #expect(pillar?.field == .pillar && pillar?.message.contains("there is no pillar 'P9'") == true)
        let round = try await OpenRound(name: "First", due: "2024-09-30", pillars: ["P3"]).run(programme: world.programme, record: world.record,
                                                                                              moment: Self.opening, person: lead)
        let programme = try await world.programme.plan().programme
        #expect(round.actions.allSatisfy { id in programme.actions.first { $0.id == id }?.pillars.contains("P3") == true })
        #expect(await open("2024-09-30", as: lead)?.kind == .conflict(latestEvent: nil))
        let early = await #expect(throws: AppError.self) { try await CloseRound().run(record: world.record, moment: Self.opening, person: lead) }
        #expect(early?.field == .reason)
        let closed = try await CloseRound(reason: "Committee moved").run(record: world.record, moment: Self.opening, person: lead)
        #expect(closed.closing?.reason == "Committee moved")
        let rounds = try await ListRounds().run(programme: world.programme, record: world.record, moment: Self.opening)
        #expect(rounds.count == 1 && rounds[0].round.isOpen == false)
        // Nothing of a closed round is reminded.
        #expect(try await QueueReminders(mailing: Mailing(), dryRun: true).run(programme: world.programme, record: world.record, moment: Self.dueDay).isEmpty)
    }

    @Test("remind --dry-run says who would be sent what and records nothing; a second queueing of the same reminder queues nothing", arguments: StoreKind.all)
    func dryRun(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let (lead, _, _) = try await Self.people(world)
        _ = try await OpenRound(name: "R", due: "2024-09-20").run(programme: world.programme, record: world.record, moment: Self.opening, person: lead)
        let queuedAtOpening = try await world.store.outbox().count
        let would = try await QueueReminders(mailing: Mailing(), dryRun: true).run(programme: world.programme, record: world.record, moment: Self.dueDay)
        #expect(Set(would.map(\.recipient)) == ["omar", "priya"] && would.allSatisfy { $0.kind == .dueDay })
        #expect(try await world.store.outbox().count == queuedAtOpening, "a dry run records nothing")
        let queued = try await QueueReminders(mailing: Mailing()).run(programme: world.programme, record: world.record, moment: Self.dueDay)
        #expect(queued.count == 2)
        #expect(try await QueueReminders(mailing: Mailing()).run(programme: world.programme, record: world.record, moment: Self.dueDay).isEmpty)
        #expect(try await QueueReminders(mailing: Mailing(), dryRun: true).run(programme: world.programme, record: world.record, moment: Self.dueDay).isEmpty)
    }

    @Test("an SMTP server that is unreachable, refuses the password, or wants TLS that cannot be checked is one line saying what to fix")
    func mailFailures() async throws {
        let server = try TestSMTPServer()
        func check(_ url: String) async -> AppError? {
            await #expect(throws: AppError.self) { _ = try await CheckMail(mailing: try Mailing.from(smtp: url, publicURL: nil, remindBefore: 3)).run() }
        }
        let wrong = await check(server.url(password: "not the password"))
        #expect(wrong?.field == .smtp && wrong?.message.contains("refused the username or password") == true)
        #expect(wrong?.message.contains("not the password") == false, "the password is never shown")
        let closed = server.port
        server.stop()
        let unreachable = await check(server.url(port: closed))
        #expect(unreachable?.message.contains("cannot reach the SMTP server at smtp://reform@127.0.0.1:\(closed)") == true)
        try server.start()
        let untrusted = await check("smtp://reform:x@127.0.0.1:\(server.port)?from=reform@council.example.gov.uk")
        #expect(untrusted?.message.contains("cannot set up TLS") == true)
        let noFrom = await #expect(throws: AppError.self) { _ = try Mailing.from(smtp: "smtp://mail.council.gov.uk", publicURL: nil, remindBefore: 3) }
        #expect(noFrom?.field == .smtp && noFrom?.message.contains("add &from=") == true)
    }

    /// How long the SMTP server is down: a minute with PostgreSQL (the shared deployment, as a mail
    /// server restarted for an upgrade might be), a few seconds with SQLite (the same code, to keep the run short).
    static func outage(_ kind: StoreKind) -> Double { kind.name == StoreKind.postgres.name ? 60 : 5 }

    @Test("two servers sending from one record while the SMTP server is down for a minute send every message exactly once", arguments: StoreKind.all)
    func exactlyOnce(kind: StoreKind) async throws {
        let world = try await AppWorld.make(kind)
        let server = try TestSMTPServer()
        for index in 0..<40 {
            _ = try await world.store.addUser(UserAccount(username: "owner\(index)", passwordHash: "-", role: .contributor,
                                                          owners: [index.isMultiple(of: 2) ? AppWorld.owner : Self.otherOwner],
                                                          createdAt: "2024-09-01T00:00:00Z", email: "owner\(index)@council.example.gov.uk"))
        }
        let lead = AppWorld.signedIn(.lead)
        let retry = RetryPolicy(firstWait: 1, longestWait: 4, giveUpAfter: 3_600, hold: 30)
        var mailing = try Mailing.from(smtp: server.url(), publicURL: nil, remindBefore: 3)
        mailing.retry = retry
        let port = server.port
        server.stop()
        _ = try await OpenRound(name: "R", due: "2024-09-20").run(programme: world.programme, record: world.record, moment: Self.dueDay, person: lead)
        // Two workers, as two servers, each with its own client, passing while the SMTP server is down and after it is back.
        let settings = try SMTPSettings.parse(server.url(port: port))
        // The servers' clock starts at the round's moment and runs in real time, so that waits between tries pass.
        let started = Date()
        let clock: @Sendable () -> Int64 = { Int64(Self.dueDay.now.timeIntervalSince1970 + Date().timeIntervalSince(started)) }
        // The workers go on for 8 seconds after the server is back.
        let restarted = RestartTime()
        let servers = [world.record, Record(location: world.location)]
        try await withThrowingTaskGroup(of: Void.self) { group in
            for record in servers {
                let worker = OutboxWorker(mailing: mailing, transport: SMTPClient(settings), interval: .milliseconds(100))
                group.addTask {
                    while restarted.time.map({ Date() < $0.addingTimeInterval(8) }) ?? true {
                        _ = try await worker.pass(programme: world.programme, record: record, moment: Self.dueDay, now: clock)
                        try await Task.sleep(for: .milliseconds(200))
                    }
                }
            }
            group.addTask {
                try await Task.sleep(for: .seconds(Self.outage(kind)))
                // On a busy machine the first passes may come late: the server stays down until a try has failed.
                while try await world.store.outbox().allSatisfy({ $0.lastError == nil }) { try await Task.sleep(for: .milliseconds(100)) }
                try server.start(port: port)
                restarted.time = Date()
            }
            try await group.waitForAll()
        }
        await servers[1].close()
        let received = try server.received()
        let counts = Dictionary(grouping: received, by: { "\($0.to.joined()) \($0.subject)" }).mapValues(\.count)
        #expect(received.count == 80, "40 opening emails and 40 due-day reminders, the round having opened on its due day")
        #expect(counts.values.allSatisfy { $0 == 1 }, "none twice: \(counts.filter { $0.value > 1 })")
        let outbox = try await world.store.outbox()
        #expect(outbox.count == 80 && outbox.allSatisfy { $0.state == .sent })
        #expect(outbox.contains { $0.attempts > 1 }, "some were tried while the server was down")
    }
}

/// When the test's SMTP server came back, shared between the task that restarts it and the workers.
private final class RestartTime: @unchecked Sendable {
    private let lock = NSLock()
    private var restarted: Date?

    var time: Date? {
        get { lock.withLock { restarted } }
        set { lock.withLock { restarted = newValue } }
    }
}
