import Foundation

/// How an account's owners are kept in a column: as a JSON array of strings, the one form every store keeps them in.
enum AccountColumns {
    /// The owners as the column holds them.
    static func owners(_ owners: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(owners)) ?? Data("[]".utf8), as: UTF8.self)
    }

    /// The owners from the column's text; none when it is not a JSON array of strings.
    static func owners(json: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }
}
