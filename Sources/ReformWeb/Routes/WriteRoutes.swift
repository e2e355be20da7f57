import Foundation
import Hummingbird
import ReformApp
import ReformModel
import ReformRecord
import ReformStore

/// The forms that write: an update of an action, a void or a correction, a committee response,
/// a report run; and the download of a report's document. Every POST checks the session's CSRF
/// token and the person's rights on the record before anything is read further.
struct WriteRoutes: Sendable {
    let pages: PageRenderer
    let live: LiveProgramme
    let store: RecordStore
    let plugins: PluginChoices
    /// Report runs waiting for a turn: a few at once, so that a burst of them cannot starve the rest of the server.
    let reportQueue: ReportQueue
    /// How long a report plugin may take, in seconds.
    let reportTimeout: Double
    let workspace: Workspace
    let today: @Sendable () -> CalendarDay
    /// The server's clock, in seconds since 1970: what updates are stamped with.
    let now: @Sendable () -> Int64

    func register(on router: Router<WebContext>) {
        router.post("/actions/:id/updates") { request, context in try await self.update(request, context) }
        router.post("/updates/:event/void") { request, context in try await self.void(request, context) }
        router.get("/updates/:event/correct") { request, context in try await self.correctForm(request, context) }
        router.post("/updates/:event/correct") { request, context in try await self.correct(request, context) }
        router.post("/committee/resolutions/:id/responses") { request, context in try await self.respond(request, context) }
        router.post("/reports") { request, context in try await self.runReport(request, context) }
        router.get("/reports/:run") { request, context in try await self.download(request, context) }
    }

    private func snapshot() async throws(WebFailure) -> ProgrammeSnapshot {
        try await live.snapshotForPage()
    }


    private func update(_ request: Request, _ context: WebContext) async throws -> Response {
        let (signedIn, form) = try await Access.signedInForm(request, context)
        let id = try context.parameters.require("id")
        let programme: Programme
        do { programme = try await live.plan() } catch { throw WebFailure.unavailable(error.message) }  // the plan only: a write needs no analysis
        let action = try ActionLookup.find(id, in: programme)
        guard Permissions.mayUpdate(action, user: signedIn.user) else {
            throw WebFailure.forbidden(needed: "lead", detail: "You may update only the actions of: \(signedIn.user.owners.isEmpty ? "no owner" : signedIn.user.owners.joined(separator: "; ")).")
        }
        guard let baseText = form["base"], baseText.isEmpty || Int64(baseText) != nil else {
            throw WebFailure.malformed("the form has no 'base': reload the page and send it again")
        }
        let base = Int64(baseText)
        func blank(_ name: String) -> String? { form[name].flatMap { $0.trimmingSpaces().isEmpty ? nil : $0 } }
        let update = UpdateRequest(action: id, status: blank("status"), progress: blank("progress"), note: blank("note"), due: blank("due"),
                                   by: signedIn.user.username)
        do {
            var recording = RecordUpdate(update, today: today())
            recording.now = Date(timeIntervalSince1970: TimeInterval(now()))
            let event = try await recording.run(programme: programme, store: store, basedOn: base)
            await live.recordChanged()
            return WebResponses.redirect(to: "/actions/\(id)?recorded=\(event.id ?? 0)#record")
        } catch {
            let snapshot = try await snapshot()
            let (assessment, _) = try ActionLookup.find(id, in: snapshot)
            var state = ActionPage.FormState(form)
            let status: HTTPResponse.Status
            switch error.kind {
            case .invalidInput:
                state.error = error.message.replacingOccurrences(of: "error: ", with: "")
                status = .unprocessableContent
            case .conflict(let latest):
                var newer: RecordedEvent?
                if let latest { newer = try await store.event(id: latest) }
                state.conflict = newer.map { "update \($0.id ?? 0) by \($0.recordedBy), recorded \($0.recordedAt): \($0.changeSummary)\($0.note.map { " (“\($0)”)" } ?? "")" }
                    ?? "an update was recorded meanwhile"
                status = .conflict
            default:
                throw WebFailure.unavailable(error.message)
            }
            var input = ActionPage.Input(assessment: assessment, snapshot: snapshot, events: try await ReadHistory(action: id).log(in: store),
                                         signedIn: signedIn, mayUpdate: true)
            input.form = state
            return pages.page("action", title: assessment.title, values: ActionPage.values(input), context: context, snapshot: snapshot, status: status)
        }
    }

    private func void(_ request: Request, _ context: WebContext) async throws -> Response {
        let (signedIn, form) = try await Access.signedInForm(request, context)
        guard Permissions.isLead(signedIn.user) else { throw WebFailure.forbidden(needed: "lead", detail: nil) }
        guard let event = Int64(try context.parameters.require("event")) else { throw WebFailure.notFound(what: "update '\(try context.parameters.require("event"))'", suggestion: nil) }
        let snapshot = try await snapshot()
        let reason = form["reason"] ?? ""
        do {
            var voiding = VoidUpdate(event: event, reason: reason, by: signedIn.user.username, today: today())
            voiding.now = Date(timeIntervalSince1970: TimeInterval(now()))
            let (_, voided) = try await voiding.run(programme: snapshot.programme, store: store)
            await live.recordChanged()
            return WebResponses.redirect(to: "/actions/\(voided.action)#updates")
        } catch {
            switch error.kind {
            case .notFound: throw WebFailure.notFound(what: "update \(event)", suggestion: nil)
            case .invalidInput: throw WebFailure.unprocessable(error.message.replacingOccurrences(of: "error: ", with: "").replacingOccurrences(of: "with --reason", with: "in the Reason box"))
            default: throw WebFailure.unavailable(error.message)
            }
        }
    }

    /// The event a void or correction names, for a lead.
    private func leadsEvent(_ request: Request, _ context: WebContext) async throws -> (SignedInUser, RecordedEvent) {
        let signedIn = try Access.signedIn(request, context)
        guard Permissions.isLead(signedIn.user) else { throw WebFailure.forbidden(needed: "lead", detail: nil) }
        let text = try context.parameters.require("event")
        guard let id = Int64(text), let event = try await store.event(id: id), !event.isVoid else {
            throw WebFailure.notFound(what: "update '\(text)'", suggestion: nil)
        }
        return (signedIn, event)
    }

    private func correctForm(_ request: Request, _ context: WebContext) async throws -> Response {
        let (signedIn, event) = try await leadsEvent(request, context)
        return pages.page("correct", title: "Correct update \(event.id ?? 0)", values: CorrectPage.values(event, signedIn: signedIn, form: nil, error: nil),
                          context: context, snapshot: try await snapshot())
    }

    private func correct(_ request: Request, _ context: WebContext) async throws -> Response {
        let (signedIn, form) = try await Access.signedInForm(request, context)
        let (_, event) = try await leadsEvent(request, context)
        let snapshot = try await snapshot()
        func given(_ name: String, _ recorded: String?) -> String? {
            let value = form[name] ?? ""
            return value.trimmingSpaces().isEmpty || value == recorded ? nil : value
        }
        var correction = CorrectUpdate(event: event.id!, status: given("status", event.statusNew?.rawValue), progress: given("progress", event.progressNew.map(String.init)),
                                       due: given("due", event.dueNew), note: given("note", event.note), reason: form["reason"] ?? "",
                                       by: signedIn.user.username, today: today())
        correction.now = Date(timeIntervalSince1970: TimeInterval(now()))
        do {
            _ = try await correction.run(programme: snapshot.programme, store: store)
            await live.recordChanged()
            return WebResponses.redirect(to: "/actions/\(event.action)#updates")
        } catch {
            guard error.kind == .invalidInput else { throw WebFailure.unavailable(error.message) }
            let message = error.message.replacingOccurrences(of: "error: ", with: "").replacingOccurrences(of: "with --reason", with: "in “Why it is corrected”")
                .replacingOccurrences(of: "the corrected --status, --progress, --due or --note", with: "at least one changed field")
            return pages.page("correct", title: "Correct update \(event.id ?? 0)", values: CorrectPage.values(event, signedIn: signedIn, form: form, error: message),
                              context: context, snapshot: snapshot, status: .unprocessableContent)
        }
    }

    private func respond(_ request: Request, _ context: WebContext) async throws -> Response {
        let (signedIn, form) = try await Access.signedInForm(request, context)
        guard Permissions.isLead(signedIn.user) else { throw WebFailure.forbidden(needed: "lead", detail: nil) }
        let id = try context.parameters.require("id")
        let snapshot = try await snapshot()
        do {
            let recorded = try await RespondToResolution(resolution: id, response: form["response"] ?? "", status: form["status"] ?? "",
                                                         by: signedIn.user.username).run(programme: snapshot.programme, store: store)
            return WebResponses.redirect(to: "/committee?recorded=\(recorded.id ?? 0)#\(recorded.resolution)")
        } catch {
            switch error.kind {
            case .notFound: throw WebFailure.notFound(what: "resolution '\(id)'", suggestion: nil)
            case .invalidInput: throw WebFailure.unprocessable(error.message)
            default: throw WebFailure.unavailable(error.message)
            }
        }
    }

    private func runReport(_ request: Request, _ context: WebContext) async throws -> Response {
        let (signedIn, form) = try await Access.signedInForm(request, context)
        guard Permissions.isLead(signedIn.user) else { throw WebFailure.forbidden(needed: "lead", detail: nil) }
        guard let plugin = form["plugin"], !plugin.isEmpty else { throw WebFailure.unprocessable("choose a report to run") }
        let since: ReportPeriod.Since?
        switch form["since"] ?? "" {
        case "": since = nil
        case "last": since = .lastRun
        case let text:
            switch PlanDate.parse(text) {
            case .success(let date): since = .day(date.firstDay)
            case .failure(let error): throw WebFailure.unprocessable("Changes since: \(error.message)")
            }
        }
        var run = RunReport(plugin: plugin, format: form["format"].flatMap { $0.isEmpty ? nil : $0 }, days: ReportPeriod(asOf: today(), since: since),
                            options: [:], searchPath: plugins.catalog.searchPath, timeout: reportTimeout, out: nil)
        run.keptBy = signedIn.user.username
        run.catalog = plugins.catalog
        do {
            let outcome = try await reportQueue.run { [run] () async throws(AppError) in try await run.run(OpenProgramme(workspace)) }
            await live.recordChanged()
            return WebResponses.redirect(to: "/reports?ran=\(outcome.run.id ?? 0)")
        } catch {
            if let detail = error.detail { context.logger.error("report run failed", metadata: ["plugin": .string(plugin), "detail": .string(detail)]) }
            if case .busy(let seconds) = error.kind { throw WebFailure.throttled(retryAfter: seconds) }
            throw WebFailure.unprocessable(error.message.replacingOccurrences(of: "error: ", with: ""))
        }
    }

    private func download(_ request: Request, _ context: WebContext) async throws -> Response {
        _ = try Access.signedIn(request, context)
        let text = try context.parameters.require("run")
        guard let id = Int64(text) else { throw WebFailure.notFound(what: "report run '\(text)'", suggestion: nil) }
        do {
            let (_, document) = try await DownloadReport(run: id).run(in: store)
            var headers: HTTPFields = [.contentType: document.mediaType, .contentDisposition: "attachment; filename=\"\(document.fileName)\""]
            headers[.cacheControl] = "private, no-store"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: document.bytes)))
        } catch {
            if error.kind == .notFound { throw WebFailure.notFound(what: "report document for run \(id)", suggestion: nil) }
            throw WebFailure.unavailable(error.message)
        }
    }
}
