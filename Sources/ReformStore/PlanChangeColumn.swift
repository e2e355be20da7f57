import Foundation
import ReformModel

/// How what a plan revision changed is kept in its column: a JSON array of `{kind, subject, words}`,
/// so that a reader can find the revision that last moved an action without parsing sentences.
enum PlanChangeColumn {
    /// The changes as the column holds them.
    static func text(_ changes: [PlanChange]) -> String {
        String(decoding: (try? JSONEncoder().encode(changes)) ?? Data("[]".utf8), as: UTF8.self)
    }

    /// The changes from the column's text; empty when it holds none.
    static func list(json: String) -> [PlanChange] {
        (try? JSONDecoder().decode([PlanChange].self, from: Data(json.utf8))) ?? []
    }
}
