import ReformCore
import ReformModel

/// Where the rows of an updates CSV come from: a text already in hand, or a file read a piece at
/// a time (`CSVFile`), so that an import of a million rows never holds the file.
public enum UpdateCSVSource: Sendable {
    case text(String)
    case file(path: String)

    /// Calls `body` with each row in order.
    ///
    /// - Throws: `CSV.ParseError`, `FileReadError` (a file that cannot be read or is not UTF-8),
    ///   or what `body` throws.
    func forEachRow(_ body: ([String]) throws -> Void) throws {
        switch self {
        case .text(let text): try CSV.forEachRow(in: text, body)
        case .file(let path): try CSVFile.forEachRow(path: path, body)
        }
    }
}
