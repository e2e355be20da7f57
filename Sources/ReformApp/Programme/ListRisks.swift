import ReformModel

/// The programme's risks in the order a risk register shows them: by score (likelihood × impact),
/// highest first, unscored last, then as in the file.
public struct ListRisks: Sendable {
    /// A listing.
    public init() {}

    /// The risks, in order.
    public func run(programme source: any ProgrammeSource) async throws(AppError) -> [Risk] {
        Self.ordered(try await source.plan().programme)
    }

    /// `programme`'s risks, in order.
    static func ordered(_ programme: Programme) -> [Risk] {
        programme.risks.enumerated().sorted { a, b in
            ((a.element.score ?? -1), -a.offset) > ((b.element.score ?? -1), -b.offset)
        }.map(\.element)
    }
}
