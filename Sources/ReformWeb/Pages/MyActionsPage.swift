import ReformApp
import ReformRecord

/// `GET /my`: the actions the signed-in person may update, those with no update for 30 days
/// first, so that an action owner sees at once what needs their attention.
enum MyActionsPage {
    static let template = """
    <h1>My actions</h1>
    <p class="lead">{{intro}}</p>
    {{^empty(items)}}
    <table>
    <thead><tr><th scope="col">Action</th><th scope="col">Last update</th><th scope="col">Due</th><th scope="col" class="num">Progress</th><th scope="col">RAG</th><th scope="col">Why</th></tr></thead>
    <tbody>{{#items}}<tr><th scope="row"><a href="/actions/{{id}}#record">{{title}}</a><br><span class="id">{{id}}</span></th><td>{{#stale}}<strong>{{last}}</strong>{{/stale}}{{^stale}}{{last}}{{/stale}}</td><td>{{due}}</td><td class="num">{{progress}}</td><td><span class="{{rag.class}}">{{rag.word}}</span></td><td>{{reason}}</td></tr>{{/items}}</tbody>
    </table>
    {{/empty(items)}}
    {{#empty(items)}}<p>There are no open actions for you to update.</p>{{/empty(items)}}
    """

    /// The page's values.
    static func values(_ items: [MyActions.Item], user: UserAccount) -> [String: Any] {
        let intro: String
        switch user.role {
        case .viewer: intro = "Viewers read the plan; they do not record updates. Ask an administrator if you own actions."
        case .contributor:
            intro = "The open actions of \(user.owners.isEmpty ? "no owner yet (ask an administrator to set yours)" : user.owners.joined(separator: "; ")), "
                + "those without an update for \(MyActions.staleAfterDays) days first."
        case .lead, .admin: intro = "Every open action, those without an update for \(MyActions.staleAfterDays) days first."
        }
        return ["intro": intro, "items": items.map { item -> [String: Any] in
            var row = ActionPage.row(item.assessment)
            row["last"] = item.lastUpdate.map { $0.longForm + (item.stale ? " (over \(MyActions.staleAfterDays) days ago)" : "") } ?? "never"
            row["stale"] = item.stale
            return row
        }]
    }
}
