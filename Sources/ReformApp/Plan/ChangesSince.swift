import ReformCore
import ReformModel
import ReformRecord
import ReformStore

/// Who changed an item since a revision, and how: what a refused publish and a form's 409 show,
/// so that nobody's change is overwritten unseen.
enum ChangesSince {
    /// For each unit, the revisions after `base` up to `latest` that changed its text, in words:
    /// "action A-X: revision 3 by lead, 2026-12-06T10:00:00Z (“reason”): A-X rescheduled from … to …".
    static func describe(_ units: [PlanMerge.Unit], after base: Int64, upTo latest: Int64, record: Record) async throws(AppError) -> [String] {
        let revisions: [PlanRevision] = try await record.read(ifNone: []) { store throws(StoreError) in
            var found: [PlanRevision] = []
            for number in base...latest { if let revision = try await store.revision(number) { found.append(revision) } }
            return found
        }
        let outlined = revisions.compactMap { revision in PlanMerge.Units(revision.text).map { (revision, $0) } }
        var lines: [String] = []
        for unit in units {
            for (earlier, later) in zip(outlined, outlined.dropFirst()) where earlier.1.byUnit[unit] != later.1.byUnit[unit] {
                let revision = later.0
                let said = revision.changes.filter { $0.subject == unit.id }.map(\.words)
                lines.append("\(unit): revision \(revision.number ?? 0) by \(revision.recordedBy), \(revision.recordedAt) (“\(revision.reason)”)"
                             + (said.isEmpty ? "" : ": " + said.joined(separator: "; ")))
            }
        }
        return lines
    }
}
