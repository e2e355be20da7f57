import Hummingbird
import Mustache
import ReformApp
import ReformRecord

/// Renders pages: each page's template with its typed value, inside the one layout with the
/// signed-in person's navigation. Every value is escaped by Unicode scalar (`ScalarHTMLEscape`);
/// only the page body, itself rendered from a template, goes into the layout unescaped.
struct PageRenderer: Sendable {
    private let library: MustacheLibrary
    private let bodies = BodyCache()
    private let frames = FrameCache()
    /// The style sheet, served at `/static/reform.css`.
    let styleSheet: String

    /// The templates, parsed once at start from the files embedded at build time.
    ///
    /// - Throws: `AppError` naming a template that is missing or does not parse: the server does not start.
    init() throws(AppError) {
        ScalarHTMLEscape.registered
        var library = MustacheLibrary()
        for template in Template.allCases {
            guard let text = EmbeddedFiles.text[template.fileName] else {
                throw AppError("the page template \(template.fileName) is missing from this build; rebuild reform")
            }
            do {
                try library.register("{{% CONTENT_TYPE: \(ScalarHTMLEscape.name)}}" + text, named: template.rawValue)
            } catch {
                throw AppError("the page template \(template.fileName) does not parse: \(error)")
            }
        }
        guard let css = EmbeddedFiles.text["reform.css"] else { throw AppError("the style sheet reform.css is missing from this build; rebuild reform") }
        self.library = library
        styleSheet = css
    }

    /// `template` rendered with `value` (never nil: every template was registered at start).
    func render(_ template: Template, _ value: Any) -> String {
        library.render(value, withTemplate: template.rawValue) ?? ""
    }

    /// A page: `template`'s body with `value`, inside the layout.
    func page(_ template: Template, _ value: Any, frame: PageFrame, status: HTTPResponse.Status = .ok) -> Response {
        var layout = LayoutPage(frame)
        layout.body = render(template, value)
        return WebResponses.html(render(.layout, layout), status: status)
    }

    /// A page whose body is drawn from the snapshot alone, the same for everyone: rendered once
    /// per snapshot and kept, so that only the layout (who is signed in) is drawn per request.
    func snapshotPage(_ template: Template, key: String, frame: PageFrame, generation: Int,
                      value: () async throws(WebFailure) -> Any) async throws(WebFailure) -> Response {
        let body: String
        if let kept = bodies.kept(key, generation: generation) {
            body = kept
        } else {
            body = render(template, try await value())
            bodies.keep(body, key, generation: generation)
        }
        // The frame round the body depends only on who is signed in, the title, the path and the snapshot: drawn once for each.
        let signedIn = frame.signedIn
        let frameKey = "\(signedIn?.tokenHash ?? "-")|\(signedIn?.user.username ?? "")|\(signedIn?.user.role.rawValue ?? "")|\(frame.title)|\(frame.path)"
        let drawn = frames.frame(frameKey, generation: generation) {
            var layout = LayoutPage(frame)
            layout.body = FrameCache.bodyMark
            return render(.layout, layout)
        }
        return WebResponses.html(drawn.before + body + drawn.after)
    }

    /// An error page with its status.
    func error(status: HTTPResponse.Status, heading: String, message: String, frame: PageFrame, link: (href: String, text: String)? = nil) -> Response {
        page(.error, ErrorPage(heading: heading, message: message, link: link.map { ErrorPage.Link(href: $0.href, text: $0.text) },
                               signIn: frame.signedIn == nil), frame: frame, status: status)
    }
}

/// What the layout of one response is drawn from: the page's title, who is signed in, the
/// programme's snapshot (its organisation, day and problems), the path asked for, and whether the
/// page shows a form's errors (its title then starts "Error:").
struct PageFrame: Sendable {
    let title: String
    let signedIn: SignedInUser?
    let snapshot: ProgrammeSnapshot?
    let path: String
    var hasErrors = false
}
