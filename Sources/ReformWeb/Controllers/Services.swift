import Foundation
import Hummingbird
import ReformApp
import ReformModel
import ReformRecord

/// What every controller works with: the use cases' record and programme source, the clock, the
/// pages, and the server's other parts; made once at start (`WebServer.services`).
public struct WebServices: Sendable {
    let pages: PageRenderer
    /// The programme every page reads, analysed once per change.
    public let live: LiveProgramme
    /// The record, held open for the server's life.
    public let record: Record
    let sessions: Sessions
    /// What forms held when their session had ended, until their person signs in again.
    let drafts: FormDrafts
    let cookies: CookiePolicy
    let plugins: PluginChoices
    /// Report runs waiting for a turn: a few at once, so that a burst of them cannot starve the rest of the server.
    let reportQueue = ReportQueue()
    /// How reminders are sent, as the rounds pages say.
    let mailing: Mailing
    /// How long a report plugin may take, in seconds.
    let reportTimeout: Double
    /// The server's clock, in seconds since 1970, and the day it takes as today: what a test moves.
    let now: @Sendable () -> Int64
    let today: @Sendable () -> CalendarDay

    /// Now, as the use cases take it.
    var moment: Moment { Moment(now: Date(timeIntervalSince1970: TimeInterval(now())), today: today()) }

    /// The snapshot every page reads, or the 503 that says the plan or the record cannot be read.
    func snapshot() async throws(WebFailure) -> ProgrammeSnapshot {
        do { return try await live.current() } catch { throw WebFailure.unavailable(error.message) }
    }

    /// The frame of a page for `request` by `user`.
    func frame(_ title: String, _ request: Request, _ user: SignedInUser?, _ snapshot: ProgrammeSnapshot?, hasErrors: Bool = false) -> PageFrame {
        PageFrame(title: title, signedIn: user, snapshot: snapshot, path: request.uri.path, hasErrors: hasErrors)
    }

    /// The value of a use case, its error the route's failure.
    func run<T>(_ useCase: () async throws(AppError) -> T) async throws(WebFailure) -> T {
        do { return try await useCase() } catch { throw error.webFailure }
    }

    /// The form `request` carries, checked to be this session's (`SubmittedForm`).
    func form<Fields: SentForm, R: Rank>(_ type: Fields.Type, _ request: Request, _ context: SignedIn<R>) async throws(WebFailure) -> Fields {
        try await SubmittedForm.decode(type, from: request, csrf: context.user.csrfToken)
    }

    /// The name of the cookie that holds a kept draft's token.
    static let draftCookie = "reform_draft"

    /// Says the record has changed, after a write, so the next page shows it at once.
    func recorded() async {
        await live.recordChanged()
    }
}

extension SignedIn {
    /// The route's parameter `name` (every route that asks has one).
    func parameter(_ name: String) throws -> String {
        try parameters.require(name)
    }
}
