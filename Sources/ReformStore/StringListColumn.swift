import Foundation

/// How a list of strings is kept in a column (an account's owners):
/// as a JSON array of strings, the one form every store keeps them in.
enum StringListColumn {
    /// The list as the column holds it.
    static func text(_ list: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(list)) ?? Data("[]".utf8), as: UTF8.self)
    }

    /// The list from the column's text; empty when it is not a JSON array of strings.
    static func list(json: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }
}
