import ReformModel

/// Finds the references to ids the file never defines, and says what was probably meant.
///
/// Built to stay fast on hostile files: each kind's ids are put in file order once, not once per
/// unknown reference, the search for a "did you mean" has a fixed budget of comparisons, and the
/// check stops at the error limit.
struct ReferenceCheck {
    let sites: DecodingSites
    /// The ids of each kind in file order, made when first needed.
    private var orderedIDs: [ItemKind: [String]] = [:]
    /// How many more candidate ids the "did you mean" searches may compare, in all.
    private var suggestionBudget = 250_000

    init(sites: DecodingSites) {
        self.sites = sites
    }

    /// An error for each reference to an undefined id, in file order, stopping after `limit` of them.
    mutating func unknownReferences(limit: Int) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // References come in runs (the actions of one block name the same pillar, policy and
        // milestone), so the last id found of each kind is not looked up again.
        var lastFound = [String?](repeating: nil, count: ItemKind.allCases.count)
        for reference in sites.references {
            let kind = reference.kind.tableIndex
            if lastFound[kind] == reference.id { continue }
            if sites.definitions[reference.kind][reference.id] != nil {
                lastFound[kind] = reference.id
                continue
            }
            guard diagnostics.count < limit else { break }
            diagnostics.append(Diagnostic(.error, at: reference.position, message(for: reference)))
        }
        return diagnostics
    }

    private mutating func message(for reference: DecodingSites.Reference) -> String {
        let kind = reference.kind
        let ordered = ids(of: kind)
        var message = "unknown \(kind.noun) '\(reference.id)'"
        if ordered.isEmpty {
            return message + " (the file defines no \(kind.plural))"
        }
        var close: String?
        if suggestionBudget >= ordered.count {
            suggestionBudget -= ordered.count
            close = Suggestion.closest(to: reference.id, among: ordered)
        }
        message += close.map { " (did you mean '\($0)'? " } ?? " ("
        if ordered.count <= 12 {
            message += "\(kind.plural) are \(ordered.joined(separator: ", ")))"
        } else {
            message += "\(ordered.count) \(kind.plural) are defined)"
        }
        return message
    }

    /// The ids of `kind` in file order, so messages list them as the author wrote them.
    private mutating func ids(of kind: ItemKind) -> [String] {
        if let known = orderedIDs[kind] { return known }
        let ordered = sites.definitions[kind].sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map(\.key)
        orderedIDs[kind] = ordered
        return ordered
    }
}
