/// The values written as one string in a set form, each stating its pattern.

extension CalendarDay: JSONSchemaLeaf {
    /// An ISO day, `"2024-12-31"`.
    public static let jsonSchema: JSONValue = .object([
        ("type", .string("string")), ("format", .string("date")), ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
    ])
    /// 1 January 2024.
    public static var schemaExample: CalendarDay { CalendarDay(year: 2024, month: 1, day: 1)! }
}

extension Money: JSONSchemaLeaf {
    /// An exact sum in pounds as a decimal string with two places, `"1250.50"`, never a JSON number.
    public static let jsonSchema: JSONValue = .object([
        ("type", .string("string")), ("description", .string("An exact sum in pounds, two decimal places, never a JSON number.")),
        ("pattern", .string("^-?[0-9]+\\.[0-9]{2}$")),
    ])
    /// Nothing.
    public static var schemaExample: Money { Money(pence: 0) }
}

extension Amount: JSONSchemaLeaf {
    /// A `Money` string, or `null` where nobody has given a figure (never zero).
    public static let jsonSchema: JSONValue = .object([
        ("description", .string("An exact sum in pounds, or null where no figure is known (unknown is never zero).")),
        ("anyOf", .array([Money.jsonSchema, .object([("type", .string("null"))])])),
    ])
    /// Unknown.
    public static var schemaExample: Amount { .unknown }
}

extension FinancialYear: JSONSchemaLeaf {
    /// A UK financial year, `"2024/25"`.
    public static let jsonSchema: JSONValue = .object([
        ("type", .string("string")), ("description", .string("A UK financial year, April to March.")),
        ("pattern", .string("^[0-9]{4}/[0-9]{2}$")),
    ])
    /// 2024/25.
    public static var schemaExample: FinancialYear { FinancialYear(Substring("2024/25"))! }
}
