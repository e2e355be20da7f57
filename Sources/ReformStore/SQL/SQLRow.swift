/// One row of an answer: its values by column name, read as the type the caller expects.
///
/// A value of another type than expected is a `SQLDecodingFailure` naming the column: the
/// schema is the tool's own, so that means a database changed behind its back.
public struct SQLRow: Sendable {
    /// The answer's column names, shared by all its rows.
    final class Columns: Sendable {
        let indexByName: [String: Int]
        init(_ names: [String]) {
            indexByName = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    let columns: Columns
    let values: [SQLValue]

    private func value(_ column: String) throws -> SQLValue {
        guard let index = columns.indexByName[column] else { throw SQLDecodingFailure(column: column, found: "no such column") }
        return values[index]
    }

    public func text(_ column: String) throws -> String {
        guard let text = try optionalText(column) else { throw SQLDecodingFailure(column: column, found: "NULL") }
        return text
    }

    public func optionalText(_ column: String) throws -> String? {
        switch try value(column) {
        case .null: return nil
        case .text(let text): return text
        case let other: throw SQLDecodingFailure(column: column, found: "\(other)")
        }
    }

    public func int64(_ column: String) throws -> Int64 {
        guard let number = try optionalInt64(column) else { throw SQLDecodingFailure(column: column, found: "NULL") }
        return number
    }

    public func optionalInt64(_ column: String) throws -> Int64? {
        switch try value(column) {
        case .null: return nil
        case .integer(let number): return number
        case let other: throw SQLDecodingFailure(column: column, found: "\(other)")
        }
    }

    public func int(_ column: String) throws -> Int { Int(try int64(column)) }
    public func optionalInt(_ column: String) throws -> Int? { try optionalInt64(column).map { Int($0) } }

    /// A truth value: PostgreSQL's `boolean`, SQLite's 0 or 1.
    public func bool(_ column: String) throws -> Bool {
        switch try value(column) {
        case .boolean(let truth): return truth
        case .integer(let number): return number != 0
        case let other: throw SQLDecodingFailure(column: column, found: "\(other)")
        }
    }

    public func blob(_ column: String) throws -> [UInt8] {
        switch try value(column) {
        case .blob(let bytes): return bytes
        case let other: throw SQLDecodingFailure(column: column, found: "\(other)")
        }
    }
}

/// A column held something other than the schema says.
public struct SQLDecodingFailure: Error, CustomStringConvertible {
    public let column: String
    public let found: String
    public var description: String { "the column \(column) held \(found), not what the tool wrote there" }
}
