import ReformApp

extension LiveProgramme {
    /// The snapshot every page reads, or the 503 that says the plan or the record cannot be read.
    func snapshotForPage() async throws(WebFailure) -> ProgrammeSnapshot {
        do { return try await current() } catch { throw WebFailure.unavailable(error.message) }
    }
}
