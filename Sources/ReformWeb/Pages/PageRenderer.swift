import Hummingbird
import Mustache
import ReformApp
import ReformStore

/// Renders pages: each page's Mustache template inside the one layout, with the signed-in
/// person's navigation. Every value is escaped by Mustache (`{{value}}`); only the page body,
/// itself rendered from a template, goes into the layout unescaped.
struct PageRenderer: Sendable {
    private let library: MustacheLibrary

    /// The pages, their templates parsed once at start (a template error stops the server starting).
    init() throws {
        var library = MustacheLibrary()
        for (name, template) in Self.templates { try library.register(template, named: name) }
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

    /// An error page with its status.
    func error(status: HTTPResponse.Status, heading: String, message: String, request: Request, context: WebContext,
               link: (href: String, text: String)? = nil) -> Response {
        var values: [String: Any] = ["heading": heading, "message": message, "status": Int(status.code)]
        if let link { values["link"] = ["href": link.href, "text": link.text] }
        if context.signedIn == nil { values["signIn"] = true }
        return page("error", title: heading, values: values, context: context, snapshot: nil, status: status)
    }
}
