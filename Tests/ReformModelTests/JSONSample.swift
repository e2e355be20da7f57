@testable import ReformModel

/// A value with a member of every kind the JSON encoder and decoder meet (text, numbers of
/// several widths, flags, absent optionals, lists, nested lists, dictionaries, nested values,
/// words, money, days and years), which both their suites write and read.
struct JSONSample: Codable, Equatable {
    var title: String
    var count: Int
    var ratio: Double
    var flag: Bool
    var note: String?
    var tags: [String]
    var scores: [String: Int]
    var nested: [Inner]
    var small: Int8
    var big: UInt64
    var colour: RAGColour? = nil
    var matrix: [[Int?]] = []

    struct Inner: Codable, Equatable {
        var day: CalendarDay
        var money: Money?
        var year: FinancialYear? = nil
    }
}
