import ReformApp
import ReformRecord

/// The frame of every page: the site's header with navigation for the signed-in, the plan's
/// problems for those who can fix them, the page, and the footer.
enum Layout {
    static let template = """
    <!doctype html>
    <html lang="en-GB">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} – ReformTracker</title>
    <link rel="stylesheet" href="/static/reform.css">
    </head>
    <body>
    <a class="skip" href="#main">Skip to the content</a>
    <header class="site">
    <div class="brand"><a href="/">ReformTracker</a>{{#organisation}} <span class="org">{{organisation}}</span>{{/organisation}}</div>
    {{#user}}
    <nav aria-label="Main">
    <ul>
    <li><a href="/">Dashboard</a></li>
    {{#mayUpdate}}<li><a href="/my">My actions</a></li>{{/mayUpdate}}
    <li><a href="/deadlines">Deadlines</a></li>
    <li><a href="/funding">Funding</a></li>
    <li><a href="/risks">Risks</a></li>
    <li><a href="/committee">Committee</a></li>
    <li><a href="/log">Audit log</a></li>
    <li><a href="/reports">Reports</a></li>
    {{#isAdmin}}<li><a href="/admin/users">Users</a></li>{{/isAdmin}}
    </ul>
    </nav>
    <form class="signout" method="post" action="/logout">
    <span>{{name}} ({{role}})</span>
    <input type="hidden" name="csrf" value="{{csrf}}">
    <button type="submit">Sign out</button>
    </form>
    {{/user}}
    </header>
    {{#problems}}
    <section class="problems" role="alert">
    <h2>The plan file no longer validates</h2>
    <p>The last good plan is still being shown. Fix these in the file and the site will use it at once:</p>
    <ul>{{#lines}}<li><code>{{.}}</code></li>{{/lines}}</ul>
    </section>
    {{/problems}}
    <main id="main">
    {{{body}}}
    </main>
    <footer class="site">
    {{#asOf}}<p>Figures as at {{asOf}}, from the plan and every recorded update. RAG is always written in words as well as colour.</p>{{/asOf}}
    </footer>
    </body>
    </html>
    """

    /// The layout's values for a page.
    static func values(title: String, signedIn: SignedInUser?, snapshot: ProgrammeSnapshot?) -> [String: Any] {
        var values: [String: Any] = ["title": title]
        if let snapshot {
            values["organisation"] = snapshot.programme.info.organisation
            values["asOf"] = snapshot.analysis.asOf.longForm
        }
        if let signedIn {
            values["user"] = ["name": signedIn.user.username, "role": signedIn.user.role.rawValue, "csrf": signedIn.csrfToken,
                              "isAdmin": signedIn.user.role == .admin, "mayUpdate": signedIn.user.role >= .contributor]
            // Only those who can change the plan need to see why the file was refused.
            if let snapshot, !snapshot.problems.isEmpty, signedIn.user.role >= .lead {
                values["problems"] = ["lines": snapshot.problems]
            }
        }
        return values
    }
}
