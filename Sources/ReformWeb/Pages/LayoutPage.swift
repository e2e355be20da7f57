import ReformApp
import ReformRecord

/// The frame of every page: the site's header with the navigation the person's role may use, the
/// plan's problems for those who can fix them, the page, and the footer.
struct LayoutPage: Sendable {
    /// A link of the navigation.
    struct Link: Sendable {
        let href: String
        let text: String
        let current: Bool
    }

    /// Who is signed in, and what they may open.
    struct User: Sendable {
        let name: String
        let role: String
        let csrf: String
        let links: [Link]
    }

    /// The plan's problems, one `file:line:column: error: …` line each.
    struct PlanProblems: Sendable {
        let lines: [String]
    }

    let title: String
    let organisation: String?
    let asOf: String?
    let user: User?
    let planProblems: PlanProblems?
    var body = ""

    init(_ frame: PageFrame) {
        title = (frame.hasErrors ? "Error: " : "") + frame.title
        organisation = frame.snapshot?.programme.info.organisation
        asOf = frame.snapshot?.analysis.asOf.longForm
        user = frame.signedIn.map { signedIn in
            User(name: signedIn.user.username, role: signedIn.user.role.rawValue, csrf: signedIn.csrfToken,
                 links: Navigation.links(for: .signedIn(signedIn.user)).map { Link(href: $0.href, text: $0.text, current: $0.href == frame.path) })
        }
        // Only those who can change the plan need to see why the file was refused.
        if let snapshot = frame.snapshot, !snapshot.problems.isEmpty, let role = frame.signedIn?.user.role, role >= .lead {
            planProblems = PlanProblems(lines: snapshot.problems)
        } else {
            planProblems = nil
        }
    }
}

/// The navigation: every page, shown to those whose role may open it, by the same rule the routes keep.
enum Navigation {
    /// Each page, and the right that opens it.
    static let pages: [(href: String, text: String, right: Right)] = [
        ("/", "Dashboard", .read), ("/my", "My actions", .updateSomething), ("/rounds", "Rounds", .read), ("/plan", "Plan", .read), ("/deadlines", "Deadlines", .read), ("/funding", "Funding", .read),
        ("/risks", "Risks", .read), ("/committee", "Committee", .read), ("/log", "Audit log", .read), ("/reports", "Reports", .read),
        ("/admin/users", "Users", .manageUsers), ("/admin/outbox", "Outbox", .manageUsers),
    ]

    /// The pages `person` may open.
    static func links(for person: Person) -> [(href: String, text: String)] {
        pages.filter { person.may($0.right) }.map { ($0.href, $0.text) }
    }
}
