import ReformApp
import ReformModel

/// `GET /pillars/{id}`: a pillar's actions, each with its RAG and why.
enum PillarPage {
    static let template = """
    <h1>{{number}}{{title}}</h1>
    {{#aim}}<p class="lead">{{aim}}</p>{{/aim}}
    <p>Overall: <span class="{{overall.class}}">{{overall.word}}</span></p>
    <table>
    <caption>The pillar's actions as at {{asOf}}</caption>
    <thead><tr><th scope="col">Action</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col" class="num">Progress</th><th scope="col">RAG</th><th scope="col">Why</th></tr></thead>
    <tbody>
    {{#actions}}
    <tr><th scope="row"><a href="/actions/{{id}}">{{title}}</a><br><span class="id">{{id}}</span></th><td>{{owner}}</td><td>{{due}}</td><td class="num">{{progress}}</td>
    <td><span class="{{rag.class}}">{{rag.word}}</span></td><td>{{reason}}</td></tr>
    {{/actions}}
    </tbody>
    </table>
    {{^actions}}<p>No actions are in this pillar.</p>{{/actions}}
    """

    /// The page's values for one pillar.
    static func values(_ pillar: Pillar, _ snapshot: ProgrammeSnapshot) -> [String: Any] {
        let analysis = snapshot.analysis
        let rollUp = analysis.pillars.first { $0.id == pillar.id }
        return Views.present([
            "number": pillar.number.map { "Pillar \($0): " } ?? "", "title": pillar.title, "aim": pillar.aim,
            "overall": Views.rag(rollUp?.overall ?? .notRated), "asOf": analysis.asOf.longForm,
            "actions": analysis.actions.filter { $0.pillars.contains(pillar.id) }.map(ActionPage.row),
        ])
    }
}
