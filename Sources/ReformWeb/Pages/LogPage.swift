import ReformApp
import ReformRecord

/// `GET /log`: the audit trail: every recorded event, newest first a page at a time, who and
/// when, each field's old and new value, voids marked; and every committee response.
struct LogPage: Sendable {
    /// How many events a page of the log lists.
    static let pageSize = 100

    struct Event: Sendable {
        let id, recordedAt, by, action, day, summary, note: String
        let voided: String?
    }

    struct Response: Sendable {
        let id, recordedAt, by, resolution, anchor, status, response: String
    }

    struct Paging: Sendable {
        let number, count, total: Int
        let previous, next: Int?
    }

    let events: [Event]
    let paging: Paging?
    let responses: [Response]

    /// The page of `page` (newest first), with every response.
    init(_ page: Paged<HistoryEntry>, responses: [CommitteeResponse]) {
        paging = page.count > 1
            ? Paging(number: page.number, count: page.count, total: page.total, previous: page.hasPrevious ? page.number - 1 : nil,
                     next: page.hasNext ? page.number + 1 : nil)
            : nil
        events = page.items.map { entry in
            let event = entry.event
            return Event(id: event.id.map(String.init) ?? "", recordedAt: event.recordedAt, by: event.recordedBy, action: event.action, day: event.day,
                         summary: event.changeSummary, note: event.note ?? "", voided: entry.voidedMark)
        }
        self.responses = responses.reversed().map { response in
            Response(id: response.id.map(String.init) ?? "", recordedAt: response.recordedAt, by: response.recordedBy,
                     resolution: [response.committee, response.meeting, response.resolution].compactMap { $0 }.joined(separator: " / "),
                     anchor: [response.committee, response.meeting, response.resolution].compactMap { $0 }.joined(separator: "-"),
                     status: response.voids.map { "void of response \($0)" } ?? response.status.rawValue,
                     response: response.reason.map { "Voided: \($0)" } ?? response.response)
        }
    }
}
