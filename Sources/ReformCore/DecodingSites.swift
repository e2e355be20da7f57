/// Where things were found while decoding, kept for the checks that need the whole file:
/// references, dependency order and deadlines.
///
/// Positions stay out of the model, which is plain values; this record sits beside it.
struct DecodingSites {
    /// A reference to an item by id, and where it was written.
    struct Reference {
        let kind: ItemKind
        let id: String
        let position: SourcePosition
    }

    /// A `depends_on` entry: `from` depends on `to`.
    struct Dependency {
        let from: String
        let to: String
        let position: SourcePosition
    }

    /// Every reference, in file order.
    var references: [Reference] = []
    /// Every dependency edge, in file order.
    var dependencies: [Dependency] = []
    /// Where each id was defined, by kind (meetings and resolutions are keyed within their parent).
    var definitions: [ItemKind: [String: SourcePosition]] = [:]
    /// Where each action's `due` was written.
    var actionDue: [String: SourcePosition] = [:]
}
