import Hummingbird
import ReformApp
import ReformRecord

/// A recorded update, for leads (and its owner on the day they recorded it): voiding it with a reason, or correcting it (a void and the
/// corrected update, on the original's day). Nothing recorded is ever changed in place.
struct UpdatesController {
    let services: WebServices

    /// The correction form's fields, by the use case's arguments.
    static let correctFields: [InputField: String] = [.status: "status", .progress: "progress", .due: "due", .note: "note", .reason: "reason", .event: "reason"]

    func addRoutes(to routes: RouteTable) {
        // A lead voids or corrects any update; an owner their own on the day they recorded it (the use cases decide).
        let contributor = routes.signedIn(Contributor.self)
        contributor.post("/updates/:event/void", use: void)
        contributor.get("/updates/:event/correct", use: correctForm)
        contributor.post("/updates/:event/correct", use: correct)
    }

    private var record: Record { services.record }

    /// The event number in the path; a path that is not a number names no update.
    private func eventNumber(_ context: SignedIn<Contributor>) throws -> Int64 {
        let text = try context.parameter("event")
        guard let number = Int64(text) else { throw WebFailure.notFound("There is no update '\(text)'.") }
        return number
    }

    private func void(_ request: Request, _ context: SignedIn<Contributor>) async throws -> Response {
        let form = try await services.form(VoidForm.self, request, context)
        let number = try eventNumber(context)
        let (_, voided) = try await services.run { () async throws(AppError) in
            try await VoidUpdate(event: number, reason: form.reason ?? "").run(programme: services.live, record: record, moment: services.moment,
                                                                                person: context.person)
        }
        await services.recorded()
        return WebResponses.redirect(to: "/actions/\(voided.action)#updates")
    }

    private func correctForm(_ request: Request, _ context: SignedIn<Contributor>) async throws -> Response {
        let number = try eventNumber(context)
        let event = try await services.run { () async throws(AppError) in try await ShowUpdate(event: number).run(programme: services.live, record: record, moment: services.moment, person: context.person) }
        return services.pages.page(.correct, CorrectPage(event, csrf: context.user.csrfToken),
                                   frame: services.frame("Correct update \(number)", request, context.user, try await services.snapshot()))
    }

    private func correct(_ request: Request, _ context: SignedIn<Contributor>) async throws -> Response {
        let form = try await services.form(CorrectForm.self, request, context)
        let number = try eventNumber(context)
        let event = try await services.run { () async throws(AppError) in try await ShowUpdate(event: number).run(programme: services.live, record: record, moment: services.moment, person: context.person) }
        // A field left as it was recorded is not a correction of it.
        func changed(_ typed: String?, _ recorded: String?) -> String? {
            typed.given.flatMap { $0 == recorded ? nil : $0 }
        }
        let correction = CorrectUpdate(event: number, status: changed(form.status, event.statusNew?.rawValue),
                                       progress: changed(form.progress, event.progressNew.map(String.init)), due: changed(form.due, event.dueNew),
                                       note: changed(form.note, event.note), reason: form.reason ?? "")
        do {
            _ = try await correction.run(programme: services.live, record: record, moment: services.moment, person: context.person)
            await services.recorded()
            return WebResponses.redirect(to: "/actions/\(event.action)#updates")
        } catch where error.kind == .invalidInput {
            let typed = CorrectPage.Typed(status: form.status ?? "", progress: form.progress ?? "", due: form.due ?? "", note: form.note ?? "",
                                          reason: form.reason ?? "")
            let page = CorrectPage(event, csrf: context.user.csrfToken, typed: typed, errors: FormErrors(error, fields: Self.correctFields, fallback: "reason"))
            return services.pages.page(.correct, page, frame: services.frame("Correct update \(number)", request, context.user, try await services.snapshot(),
                                                                             hasErrors: true), status: .unprocessableContent)
        } catch {
            throw error.webFailure
        }
    }
}
