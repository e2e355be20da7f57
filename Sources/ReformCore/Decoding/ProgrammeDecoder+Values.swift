import ReformModel

/// Typed single values: text, ids, numbers, booleans, dates, amounts and fixed words.
extension ProgrammeDecoder {
    /// Reads one scalar; a mapping or list in its place is reported and skipped.
    ///
    /// `what` names the value in a message, and is worked out only when there is one: these
    /// readers run for every value of a large file, and almost every value is fine.
    func scalar(what: @autoclosure () -> String) throws -> YAMLScalar? {
        let event = try next()
        guard case .scalar(let scalar) = event else {
            error(event.position, "expected a single value for \(what()), found \(event.kindDescription)")
            try skipRest(of: event)
            return nil
        }
        return scalar
    }

    /// Free text; null means absent.
    func text(what: @autoclosure () -> String) throws -> String? {
        guard let scalar = try scalar(what: what()), !scalar.isNull else { return nil }
        return scalar.value
    }

    /// An id: letters, digits, `-`, `_` and `.`.
    func identifier(what: @autoclosure () -> String) throws -> (String, SourcePosition)? {
        guard let scalar = try scalar(what: what()) else { return nil }
        guard !scalar.isNull, !scalar.value.isEmpty else {
            error(scalar.position, "\(what()) is empty (an id is letters, digits, '-', '_' and '.')")
            return nil
        }
        guard scalar.value.utf8.allSatisfy(Self.isIdentifierByte) else {
            error(scalar.position, "'\(scalar.value)' is not a valid id for \(what()) (use letters, digits, '-', '_' and '.')")
            return nil
        }
        return (scalar.value, scalar.position)
    }

    /// A reference to an item of `kind`, checked once the whole file is read.
    func reference(_ kind: ItemKind, what: String) throws -> String? {
        guard let (id, position) = try identifier(what: what) else { return nil }
        sites.references.append(.init(kind: kind, id: id, position: position))
        return id
    }

    /// A list of references (a single id is accepted as a list of one).
    func references(_ kind: ItemKind, what: String) throws -> [(String, SourcePosition)] {
        if case .scalar(let scalar) = try peek() {
            if scalar.isNull {
                _ = try next()
                return []
            }
            guard let (id, position) = try identifier(what: what) else { return [] }
            sites.references.append(.init(kind: kind, id: id, position: position))
            return [(id, position)]
        }
        var result: [(String, SourcePosition)] = []
        try list(what: what, maxEntries: limits.maxListEntries) {
            if let (id, position) = try identifier(what: "an entry of \(what)") {
                sites.references.append(.init(kind: kind, id: id, position: position))
                result.append((id, position))
            }
        }
        return result
    }

    /// A list of free-text entries (a single text is accepted as a list of one).
    func textList(what: String) throws -> [String] {
        if case .scalar = try peek() {
            return try text(what: what).map { [$0] } ?? []
        }
        var result: [String] = []
        try list(what: what, maxEntries: limits.maxListEntries) {
            if let entry = try text(what: "an entry of \(what)") { result.append(entry) }
        }
        return result
    }

    /// A whole number within `range`.
    func integer(what: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let scalar = try scalar(what: what), !scalar.isNull else { return nil }
        guard scalar.isPlain, let value = Int(scalar.value) else {
            error(scalar.position, "\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(scalar.value)'")
            return nil
        }
        guard range.contains(value) else {
            error(scalar.position, "\(what) must be from \(range.lowerBound) to \(range.upperBound), not \(value)")
            return nil
        }
        return value
    }

    /// A progress figure: `90`, `90%` or `90.0`, read as the command line and a CSV read it.
    func progressFigure() throws -> Int? {
        guard let scalar = try scalar(what: "progress"), !scalar.isNull else { return nil }
        switch ProgressFigure.parse(scalar.value) {
        case .success(let value): return value
        case .failure(let failure):
            error(scalar.position, failure.message)
            return nil
        }
    }

    /// true or false (also yes or no).
    func boolean(what: String) throws -> Bool? {
        guard let scalar = try scalar(what: what), !scalar.isNull else { return nil }
        switch scalar.isPlain ? scalar.value.lowercased() : "" {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            error(scalar.position, "\(what) must be true or false, not '\(scalar.value)'")
            return nil
        }
    }

    /// A date in any of the format's forms.
    func date(what: String) throws -> (PlanDate, SourcePosition)? {
        guard let scalar = try scalar(what: what), !scalar.isNull else { return nil }
        switch PlanDate.parse(scalar.value) {
        case .success(let date): return (date, scalar.position)
        case .failure(let problem):
            error(scalar.position, problem.message)
            return nil
        }
    }

    /// An amount of money; `unknown`, `~`, `null` or nothing mean unknown.
    func amount(what: String) throws -> Amount? {
        guard let scalar = try scalar(what: what) else { return nil }
        if scalar.isNull || (scalar.isPlain && scalar.value.lowercased() == "unknown") { return .unknown }
        switch Money.parse(scalar.value) {
        case .success(let money): return .known(money)
        case .failure(let problem):
            error(scalar.position, problem.message)
            return nil
        }
    }

    /// A financial year, written `2024/25`.
    func financialYear(_ scalar: YAMLScalar) -> FinancialYear? {
        switch FinancialYear.parse(scalar.value) {
        case .success(let year): return year
        case .failure(let problem):
            error(scalar.position, problem.message)
            return nil
        }
    }

    /// One of a fixed set of words, such as a status.
    func oneOf<Value: RawRepresentable & CaseIterable>(_ type: Value.Type, what: String) throws -> Value? where Value.RawValue == String {
        guard let scalar = try scalar(what: what), !scalar.isNull else { return nil }
        if let value = Value(rawValue: scalar.value) { return value }
        let allowed = Value.allCases.map(\.rawValue)
        var message = "'\(scalar.value)' is not a valid \(what) (allowed: \(allowed.joined(separator: ", ")))"
        if let close = Suggestion.closest(to: scalar.value, among: allowed) {
            message = "'\(scalar.value)' is not a valid \(what) (did you mean '\(close)'? allowed: \(allowed.joined(separator: ", ")))"
        }
        error(scalar.position, message)
        return nil
    }

    /// A map from financial year to amount, such as `{2024/25: 8000, 2025/26: unknown}`.
    func yearAmounts(what: String) throws -> [YearAmount] {
        var result: [YearAmount] = []
        try anyMapping(what: what) { key in
            guard let year = financialYear(key) else {
                try skipValue()
                return
            }
            if let amount = try amount(what: "the \(year.label) amount") {
                result.append(YearAmount(year: year, amount: amount))
            }
        }
        return result
    }

    /// Records where an item's id was defined, reporting a duplicate.
    func define(_ kind: ItemKind, id: String, at position: SourcePosition, scope: String = "") {
        let key = scope.isEmpty ? id : scope + "/" + id
        if let first = sites.definitions.define(kind, id: key, at: position) {
            error(position, "duplicate \(kind.noun) id '\(id)' (first defined at line \(first.line)); ids must be unique")
        }
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }
}
