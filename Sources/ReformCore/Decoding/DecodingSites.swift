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
    /// Every `supersedes` entry (`from` supersedes `to`), in file order: a policy cannot supersede itself through others.
    var supersedes: [Dependency] = []
    /// Where each id was defined, by kind (meetings and resolutions are keyed within their parent).
    var definitions = Definitions()
    /// Where each decoded action's `due` was written, in the order of the programme's actions.
    var actionDue: [SourcePosition?] = []
    /// Each action's place among the programme's actions, by id (the first where ids repeat):
    /// found while decoding, on the thread that has time to spare while libyaml parses, so the
    /// checks after it need not index 100,000 actions again.
    var actionPositions: [String: Int] = [:]

    /// Where each id was defined, one table per kind of item.
    struct Definitions {
        private var tables = [[String: SourcePosition]](repeating: [:], count: ItemKind.allCases.count)

        /// The ids of `kind` and where each was first defined.
        subscript(kind: ItemKind) -> [String: SourcePosition] {
            tables[kind.tableIndex]
        }

        /// Records `id`'s definition at `position`, unless it was defined before: then returns where, and keeps the first.
        mutating func define(_ kind: ItemKind, id: String, at position: SourcePosition) -> SourcePosition? {
            let index = kind.tableIndex
            guard let first = tables[index].updateValue(position, forKey: id) else { return nil }
            tables[index][id] = first
            return first
        }
    }
}

extension ItemKind {
    /// The kind's place among the tables, without hashing its name.
    var tableIndex: Int {
        switch self {
        case .phase: return 0
        case .pillar: return 1
        case .policy: return 2
        case .milestone: return 3
        case .action: return 4
        case .funding: return 5
        case .burden: return 6
        case .indicator: return 7
        case .metric: return 8
        case .risk: return 9
        case .committee: return 10
        case .meeting: return 11
        case .resolution: return 12
        case .source: return 13
        }
    }
}
