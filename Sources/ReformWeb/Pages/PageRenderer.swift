import Hummingbird
import Mustache
import ReformApp
import ReformRecord

/// Renders pages: each page's Mustache template inside the one layout, with the signed-in
/// person's navigation. Every value is escaped by Unicode scalar (`{{value}}`, `ScalarHTMLEscape`);
/// only the page body, itself rendered from a template, goes into the layout unescaped.
struct PageRenderer: Sendable {
    private let library: MustacheLibrary
    private let bodies = BodyCache()
    private let frames = FrameCache()

    /// The pages, their templates parsed once at start (a template error stops the server starting).
    /// Every template, the layout included, escapes what it shows by Unicode scalar (`ScalarHTMLEscape`).
    init() throws {
        ScalarHTMLEscape.registered
        var library = MustacheLibrary()
        for (name, template) in Self.templates {
            try library.register("{{% CONTENT_TYPE: \(ScalarHTMLEscape.name)}}" + template, named: name)
        }
        self.library = library
    }

    /// Every template by name.
    private static let templates: [String: String] = [
        "layout": Layout.template, "error": ErrorPage.template, "login": LoginPage.template, "dashboard": DashboardPage.template,
        "pillar": PillarPage.template, "action": ActionPage.template, "deadlines": DeadlinesPage.template, "funding": FundingPage.template,
        "risks": RisksPage.template, "committee": CommitteePage.template, "log": LogPage.template, "reports": ReportsPage.template,
        "users": UsersPage.template, "my": MyActionsPage.template, "correct": CorrectPage.template,
    ]

    /// A page: `name`'s template with `values`, inside the layout.
    func page(_ name: String, title: String, values: [String: Any], context: WebContext, snapshot: ProgrammeSnapshot?,
              status: HTTPResponse.Status = .ok) -> Response {
        let body = library.render(values, withTemplate: name) ?? ""
        var layout = Layout.values(title: title, signedIn: context.signedIn, snapshot: snapshot)
        layout["body"] = body
        return WebResponses.html(library.render(layout, withTemplate: "layout") ?? "", status: status)
    }

    /// A page whose body is drawn from the snapshot alone, the same for everyone: rendered once
    /// per snapshot and kept, so that only the layout (who is signed in) is drawn per request.
    func snapshotPage(_ name: String, key: String, title: String, snapshot: ProgrammeSnapshot, context: WebContext,
                      values: () -> [String: Any]) -> Response {
        let body = bodies.body(key, generation: snapshot.generation) { library.render(values(), withTemplate: name) ?? "" }
        // The frame round the body depends only on who is signed in, the title and the snapshot: drawn once for each.
        let signedIn = context.signedIn
        let frameKey = "\(signedIn?.tokenHash ?? "-")|\(signedIn?.user.username ?? "")|\(signedIn?.user.role.rawValue ?? "")|\(title)"
        let frame = frames.frame(frameKey, generation: snapshot.generation) {
            var layout = Layout.values(title: title, signedIn: signedIn, snapshot: snapshot)
            layout["body"] = FrameCache.bodyMark
            return library.render(layout, withTemplate: "layout") ?? ""
        }
        return WebResponses.html(frame.before + body + frame.after)
    }

    /// An error page with its status.
    func error(status: HTTPResponse.Status, heading: String, message: String, request: Request, context: WebContext,
               link: (href: String, text: String)? = nil) -> Response {
        var values: [String: Any] = ["heading": heading, "message": message, "status": Int(status.code)]
        if let link { values["link"] = ["href": link.href, "text": link.text] }
        if context.signedIn == nil { values["signIn"] = true }
        return page("error", title: heading, values: values, context: context, snapshot: nil, status: status)
    }
}
