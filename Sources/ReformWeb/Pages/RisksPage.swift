import ReformApp
import ReformModel

/// `GET /risks`: the programme's risks, highest score first.
enum RisksPage {
    static let template = """
    <h1>Risks</h1>
    <p class="lead">Risks to delivery, highest score (likelihood × impact) first; unscored risks last.</p>
    <table>
    <thead><tr><th scope="col">Risk</th><th scope="col" class="num">Likelihood</th><th scope="col" class="num">Impact</th><th scope="col" class="num">Score</th><th scope="col">Owner</th><th scope="col">Mitigation</th></tr></thead>
    <tbody>
    {{#risks}}<tr><th scope="row">{{title}}</th><td class="num">{{likelihood}}</td><td class="num">{{impact}}</td><td class="num">{{score}}</td><td>{{owner}}</td><td>{{mitigation}}</td></tr>{{/risks}}
    </tbody>
    </table>
    {{^risks}}<p>The programme records no risks.</p>{{/risks}}
    """

    /// The risks in the order shown: by score, highest first, unscored last, then as in the file.
    static func ordered(_ programme: Programme) -> [Risk] {
        programme.risks.enumerated().sorted { a, b in
            ((a.element.score ?? -1), -a.offset) > ((b.element.score ?? -1), -b.offset)
        }.map(\.element)
    }

    /// The page's values.
    static func values(_ snapshot: ProgrammeSnapshot) -> [String: Any] {
        ["risks": ordered(snapshot.programme).map { risk -> [String: Any] in
            ["title": risk.title, "likelihood": risk.likelihood.map(String.init) ?? "not assessed", "impact": risk.impact.map(String.init) ?? "not assessed",
             "score": risk.score.map(String.init) ?? "not assessed", "owner": risk.owner ?? "not assigned", "mitigation": risk.mitigation ?? "none recorded"]
        }]
    }
}
