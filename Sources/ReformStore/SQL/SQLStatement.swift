/// One SQL statement, written once for every database: text with values bound where they are
/// interpolated (`"… WHERE id = \(bind: id)"`), and fragments a dialect supplies where the
/// databases differ (`\(dialect: \.binaryOrder)`). Each executor renders it with its own
/// placeholders (`?` for SQLite, `$1` for PostgreSQL).
public struct SQLStatement: Sendable, ExpressibleByStringInterpolation {
    enum Piece: Sendable {
        case text(String)
        case bind(SQLValue)
        case dialect(@Sendable (any SQLDialect) -> String)
    }

    var pieces: [Piece]

    public init(stringLiteral text: String) {
        pieces = [.text(text)]
    }

    public init(stringInterpolation: StringInterpolation) {
        pieces = stringInterpolation.pieces
    }

    /// `values` bound one after another, separated by commas: the inside of `VALUES (…)` or `IN (…)`.
    public static func list(_ values: [SQLValue]) -> SQLStatement {
        var statement = SQLStatement(stringLiteral: "")
        for (index, value) in values.enumerated() {
            if index > 0 { statement.pieces.append(.text(", ")) }
            statement.pieces.append(.bind(value))
        }
        return statement
    }

    /// The text for `dialect` and the values bound, in order.
    func rendered(for dialect: any SQLDialect) -> (sql: String, values: [SQLValue]) {
        var sql = ""
        var values: [SQLValue] = []
        for piece in pieces {
            switch piece {
            case .text(let text): sql += text
            case .bind(let value):
                values.append(value)
                sql += dialect.placeholder(values.count)
            case .dialect(let fragment): sql += fragment(dialect)
            }
        }
        return (sql, values)
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        var pieces: [Piece] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) {
            pieces.append(.text(literal))
        }

        /// A value, bound rather than written into the text.
        public mutating func appendInterpolation(bind value: some SQLBindable) {
            pieces.append(.bind(value.sqlValue))
        }

        /// Text the tool itself wrote (a table's column list): never a value from outside.
        public mutating func appendInterpolation(raw text: String) {
            pieces.append(.text(text))
        }

        /// What the database in use writes here.
        public mutating func appendInterpolation(dialect fragment: @escaping @Sendable (any SQLDialect) -> String) {
            pieces.append(.dialect(fragment))
        }

        /// Another statement's pieces, as a part of this one.
        public mutating func appendInterpolation(_ statement: SQLStatement) {
            pieces += statement.pieces
        }
    }
}
