import ReformModel

/// The action owners a contributor may be given: those the plan names, as it spells them. A
/// name typed otherwise would match no action, and its contributor would see nothing to update.
public enum PlanOwners {
    /// The plan's action owners, each once, in the plan's spelling, sorted.
    public static func all(in programme: Programme) -> [String] {
        var seen = Set<String>()
        return programme.actions.compactMap(\.owner).map { $0.trimmingSpaces() }.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
            .sorted { $0.lowercased() < $1.lowercased() }
    }

    /// `typed`, each the plan's spelling of an owner (the same whatever the case and spacing), or
    /// one of `held` (what the account already has, which a plan edited since may no longer name).
    ///
    /// - Throws: `AppError` naming the first that is no owner of the plan, with the nearest.
    static func matched(_ typed: [String], in programme: Programme, keeping held: [String] = []) throws(AppError) -> [String] {
        let owners = all(in: programme) + held
        var matched: [String] = []
        for name in typed.map({ $0.trimmingSpaces() }).filter({ !$0.isEmpty }) {
            guard let owner = owners.first(where: { $0.lowercased() == name.lowercased() }) else {
                let hint = Suggestion.closest(to: name, among: owners).map { " (did you mean '\($0)'?)" } ?? ""
                throw AppError.invalid("'\(name)' owns no action in the plan\(hint); choose from the plan's owners", .owners, status: .usage)
            }
            if !matched.contains(owner) { matched.append(owner) }
        }
        return matched
    }
}
