import Foundation
import ReformApp
import ReformCore
import ReformModel

private let programme = try! ProgrammeLoader.parse("""
format: reform-programme/1
programme: {id: t, title: T, organisation: C}
pillars: [{id: P1, title: One}]
actions:
  - {id: A1, title: One, pillar: P1, start: 2024-01-01, due: 2024-12-31}
  - {id: A2, title: Two, pillar: P1, status: complete}
""").programme

/// Feeds arbitrary text to the CSV importer's parsing and checking: errors, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzUpdateCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? UpdateCSV.events(from: text, recorder: UpdateRecorder(programme: programme, now: Date(timeIntervalSince1970: 0)),
                              recorded: [], defaultBy: "fuzz", reopen: false, today: CalendarDay(year: 2025, month: 1, day: 1)!)
    return 0
}
