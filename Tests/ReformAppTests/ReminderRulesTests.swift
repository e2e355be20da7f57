import Foundation
import ReformMail
import ReformModel
import ReformRecord
import Testing
@testable import ReformApp

/// When reminders fall, and what an email is on the wire: values alone.
@Suite struct ReminderRulesTests {
    static func round(opened: String, due: String, closed: Bool = false) -> UpdateRound {
        UpdateRound(id: 1, name: "R", due: due, pillars: [], actions: ["A"], signOff: false, openedBy: "lena", openedAt: "\(opened)T09:00:00Z",
                    closing: closed ? RoundClosing(round: 1, closedBy: "lena", closedAt: "\(due)T17:00:00Z", reason: nil) : nil)
    }

    static func day(_ iso: String) -> CalendarDay { CalendarDay(iso: Substring(iso))! }

    @Test("three days before, on the due day, then weekly while open; only the latest come due; none before the round opened or after it closed")
    func schedule() {
        let schedule = ReminderSchedule(daysBefore: 3)
        let round = Self.round(opened: "2026-11-02", due: "2026-11-20")
        #expect(schedule.reminder(for: round, today: Self.day("2026-11-16")) == nil)
        #expect(schedule.reminder(for: round, today: Self.day("2026-11-17"))! == (.beforeDue, Self.day("2026-11-17")))
        #expect(schedule.reminder(for: round, today: Self.day("2026-11-19"))! == (.beforeDue, Self.day("2026-11-17")))
        #expect(schedule.reminder(for: round, today: Self.day("2026-11-20"))! == (.dueDay, Self.day("2026-11-20")))
        #expect(schedule.reminder(for: round, today: Self.day("2026-11-26"))! == (.dueDay, Self.day("2026-11-20")))
        #expect(schedule.reminder(for: round, today: Self.day("2026-11-27"))! == (.overdue, Self.day("2026-11-27")))
        #expect(schedule.reminder(for: round, today: Self.day("2026-12-06"))! == (.overdue, Self.day("2026-12-04")), "weekly: the 4 December one, a server down since")
        #expect(schedule.reminder(for: Self.round(opened: "2026-11-19", due: "2026-11-20"), today: Self.day("2026-11-19")) == nil,
                "the reminder before the due date fell before the round opened")
        #expect(schedule.reminder(for: Self.round(opened: "2026-11-02", due: "2026-11-20", closed: true), today: Self.day("2026-11-20")) == nil)
        #expect(ReminderSchedule(daysBefore: 0).reminder(for: round, today: Self.day("2026-11-19")) == nil)
    }

    @Test("waits between tries double from the first to the longest")
    func retries() {
        let policy = RetryPolicy(firstWait: 60, longestWait: 3_600, giveUpAfter: 86_400)
        #expect((1...8).map(policy.wait(afterAttempts:)) == [60, 120, 240, 480, 960, 1_920, 3_600, 3_600])
    }

    @Test("an email is multipart text and HTML in base64, its subject an RFC 2047 word when not ASCII, and nothing typed can add a header")
    func wire() throws {
        let message = MailMessage(to: "omar@council.example.gov.uk", subject: "Updates due: “Before January”\r\nBcc: everyone@example.com",
                                  text: "A line\n.\nA dot alone", html: "<p>Hello</p>")
        let wire = message.wire(from: "reform@council.example.gov.uk", date: Date(timeIntervalSince1970: 1_796_547_600), id: "7.1")
        let head = try #require(wire.components(separatedBy: "\r\n\r\n").first)
        #expect(!head.contains("\r\nBcc:"), "a line break in the subject cannot start a header")
        #expect(head.contains("Subject: =?UTF-8?B?") && head.contains("Date: Sun, 06 Dec 2026 09:00:00 +0000"))
        #expect(head.contains("Content-Type: multipart/alternative; boundary=\"reform-71\""))
        #expect(!wire.contains("\r\n.\r\n"), "no line is a lone dot")
        #expect(wire.contains(Data("A line\n.\nA dot alone".utf8).base64EncodedString()))
        #expect(wire.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 998 })
    }

    @Test("an SMTP URL gives its server, security and sender, or one line saying what is wrong; an address is checked for form")
    func settings() throws {
        let url = try SMTPSettings.parse("smtp://reform%40council:p%40ss@mail.council.gov.uk:587?starttls=required&from=reform@council.gov.uk")
        #expect(url.host == "mail.council.gov.uk" && url.port == 587 && url.security == .startTLSRequired && url.username == "reform@council")
        #expect(url.password == "p@ss" && url.description == "smtp://reform@council@mail.council.gov.uk:587")
        #expect(try SMTPSettings.parse("smtps://mail.council.gov.uk?from=a@council.gov.uk").port == 465)
        #expect(try SMTPSettings.parse("smtp://relay.local:25?starttls=never&from=a@council.gov.uk").security == .none)
        for (bad, says) in [("http://mail.council.gov.uk?from=a@council.gov.uk", "must begin smtp://"), ("smtp://mail.council.gov.uk", "has no from="),
                            ("smtp://mail?from=a@council.gov.uk&starttls=maybe", "starttls=maybe is not known"),
                            ("smtp://mail?from=a@council.gov.uk&tls=1", "'tls=', which is not known"), ("smtp://mail?from=nobody", "exactly one @")] {
            #expect(throws: MailError.self, "\(bad)") { try SMTPSettings.parse(bad) }
            #expect((try? SMTPSettings.parse(bad)) == nil)
            do { _ = try SMTPSettings.parse(bad) } catch { #expect(error.message.contains(says), "\(bad): \(error.message)") }
        }
        #expect(MailAddress.problem(with: "omar.khan@council.gov.uk") == nil)
        #expect(MailAddress.problem(with: "omar@localhost")?.contains("not a domain name") == true)
        #expect(MailAddress.problem(with: "omar@council.gov.uk\r\nBcc: x")?.contains("U+000D") == true)
        #expect(MailAddress.problem(with: "<omar@council.gov.uk>")?.contains("'<'") == true)
    }
}
