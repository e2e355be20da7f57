import ReformModel

/// Decodes a programme straight from libyaml events into the model, collecting every problem.
///
/// Problems in the content (an unknown key, a bad date) are recorded and decoding goes on, so
/// one run reports them all. Only a syntax error or a limit stops it; that is thrown.
///
/// Its stored properties are read and written for every event of a large file, always from the
/// one thread that decodes and never while another access is open, so they opt out of Swift's
/// run-time exclusivity checks (`@exclusivity(unchecked)`), which cost a tenth of decoding.
final class ProgrammeDecoder {
    private let reader: PipelinedYAMLReader
    @exclusivity(unchecked) private var peeked: YAMLEvent?
    /// Every problem found so far.
    @exclusivity(unchecked) var diagnostics: [Diagnostic] = []
    /// Where ids, references and due dates were written.
    @exclusivity(unchecked) var sites = DecodingSites()
    /// The first position of each key of the mappings being read, innermost last.
    @exclusivity(unchecked) private var keyPositions: [SourcePosition] = []
    /// The bounds that stop reading: errors, items, entries of a list inside an item, values passed over.
    let limits: LoaderLimits
    /// Errors so far; set `tooManyErrors` once `limits.maxErrors` is reached, and the next read stops.
    @exclusivity(unchecked) private var errorCount = 0
    @exclusivity(unchecked) private var tooManyErrors: SourcePosition?
    /// Items read so far, against `limits.maxItems`.
    @exclusivity(unchecked) private var itemCount = 0

    init(reader: PipelinedYAMLReader, limits: LoaderLimits = .standard) {
        self.reader = reader
        self.limits = limits
    }

    // MARK: Events

    func next() throws -> YAMLEvent {
        if let position = tooManyErrors {
            tooManyErrors = nil
            throw YAMLSyntaxError(position: position, message: "too many errors (\(limits.maxErrors)); stopped reading here: fix these and run again")
        }
        if let event = peeked.take() { return event } // moved out, not copied
        return try reader.next()
    }

    func peek() throws -> YAMLEvent {
        if let event = peeked { return event }
        let event = try reader.next()
        peeked = event
        return event
    }

    /// Consumes one whole value (a scalar, or a mapping or list with everything inside it).
    func skipValue() throws {
        try skipRest(of: next())
    }

    /// Having read `event`, consumes the rest of its value.
    ///
    /// Only wrong values are skipped, and each has been reported; one that goes on for more than
    /// `limits.maxSkippedNodes` values stops reading, so that a misspelt key over 100 MB is refused at once.
    func skipRest(of event: YAMLEvent) throws {
        switch event {
        case .mappingStart, .sequenceStart:
            var depth = 1
            var nodes = 0
            while depth > 0 {
                switch try next() {
                case .mappingStart, .sequenceStart: depth += 1; nodes += 1
                case .mappingEnd, .sequenceEnd: depth -= 1
                case .streamEnd: return
                default: nodes += 1
                }
                if nodes > limits.maxSkippedNodes {
                    throw YAMLSyntaxError(position: event.position, message: "stopped reading: the value that starts here, "
                        + "passed over because of the error reported for it, holds more than \(limits.maxSkippedNodes) values; fix that error and run again")
                }
            }
        default:
            break
        }
    }

    // MARK: Problems

    func error(_ position: SourcePosition, _ message: String) {
        diagnostics.append(Diagnostic(.error, at: position, message))
        errorCount += 1
        if errorCount == limits.maxErrors { tooManyErrors = position }
    }

    func warning(_ position: SourcePosition, _ message: String) {
        diagnostics.append(Diagnostic(.warning, at: position, message))
    }

    // MARK: Structure

    /// Reads a mapping whose keys must be among `section`'s, calling `body` for each known key
    /// to consume its value. Unknown and repeated keys are reported and their values skipped.
    ///
    /// Returns where the mapping starts and which keys it had, or `nil` when the value was not a mapping (reported).
    @discardableResult
    func mapping(_ section: FormatSchema.Section, what: String, _ body: (String, YAMLScalar) throws -> Void) throws -> MappingSite? {
        let event = try next()
        guard case .mappingStart(let start) = event else {
            error(event.position, "expected \(what) as a mapping of 'key: value' lines, found \(event.kindDescription)")
            try skipRest(of: event)
            return nil
        }
        var seen: UInt64 = 0
        // Where each key was first given, on a stack shared by nested mappings so that reading allocates nothing per mapping.
        let base = keyPositions.count
        keyPositions.append(contentsOf: repeatElement(SourcePosition.startOfFile, count: section.keys.count))
        defer { keyPositions.removeLast(section.keys.count) }
        while true {
            let keyEvent = try next()
            switch keyEvent {
            case .mappingEnd:
                return MappingSite(position: start, seen: seen, keyIndex: section.keyIndex)
            case .scalar(let key):
                guard let index = section.keyIndex.index(of: key.value) else {
                    var message = "unknown key '\(key.value)' in \(what)"
                    if let close = Suggestion.closest(to: key.value, among: section.keys) {
                        message += " (did you mean '\(close)'?)"
                    } else {
                        message += " (known keys: \(section.keys.joined(separator: ", ")))"
                    }
                    error(key.position, message)
                    try skipValue()
                    continue
                }
                let bit: UInt64 = 1 << UInt64(index)
                if seen & bit != 0 {
                    error(key.position, "duplicate key '\(key.value)' in \(what) (first given at line \(keyPositions[base + index].line)); give each key once")
                    try skipValue()
                    continue
                }
                seen |= bit
                keyPositions[base + index] = key.position
                try body(key.value, key)
            default:
                error(keyEvent.position, "a key in \(what) must be a plain word, not \(keyEvent.kindDescription)")
                try skipRest(of: keyEvent)
                try skipValue()
            }
        }
    }

    /// Reads a mapping with any keys, calling `body` for each new key; repeated keys are reported and skipped.
    @discardableResult
    func anyMapping(what: String, _ body: (YAMLScalar) throws -> Void) throws -> MappingSite? {
        let event = try next()
        guard case .mappingStart(let start) = event else {
            error(event.position, "expected \(what) as a mapping of 'key: value' lines, found \(event.kindDescription)")
            try skipRest(of: event)
            return nil
        }
        var seen: [String: SourcePosition] = [:]
        while true {
            let keyEvent = try next()
            switch keyEvent {
            case .mappingEnd:
                return MappingSite(position: start, seen: 0, keyIndex: .none)
            case .scalar(let key):
                if let first = seen[key.value] {
                    error(key.position, "duplicate key '\(key.value)' in \(what) (first given at line \(first.line)); give each key once")
                    try skipValue()
                    continue
                }
                guard seen.count < limits.maxListEntries else {
                    throw YAMLSyntaxError(position: start, message: "\(what) has more than \(limits.maxListEntries) entries, the limit for a map inside an item")
                }
                seen[key.value] = key.position
                try body(key)
            default:
                error(keyEvent.position, "a key in \(what) must be a plain word, not \(keyEvent.kindDescription)")
                try skipRest(of: keyEvent)
                try skipValue()
            }
        }
    }

    /// Reads a list, calling `element` once per item to consume it. A null value is an empty list.
    ///
    /// With `maxEntries`, a longer list stops reading at its start: a list inside an item that
    /// long is a broken or hostile file, and reading on would only fill memory.
    func list(what: String, maxEntries: Int? = nil, _ element: () throws -> Void) throws {
        let event = try peek()
        if case .scalar(let scalar) = event, scalar.isNull {
            _ = try next()
            return
        }
        _ = try next()
        guard case .sequenceStart = event else {
            error(event.position, "expected \(what) as a list of '- ' items, found \(event.kindDescription)")
            try skipRest(of: event)
            return
        }
        var entries = 0
        while true {
            if case .sequenceEnd = try peek() {
                _ = try next()
                return
            }
            entries += 1
            if let maxEntries, entries > maxEntries {
                throw YAMLSyntaxError(position: event.position, message: "\(what) has more than \(maxEntries) entries, the limit for a list inside an item")
            }
            try element()
        }
    }

    /// Reads a list of sections, decoding each with `element` and dropping the ones that failed.
    ///
    /// Every item counts towards the file's limit; past it, reading stops.
    func items<T>(what: String, _ element: () throws -> T?) throws -> [T] {
        var result: [T] = []
        try list(what: what) {
            itemCount += 1
            if itemCount > limits.maxItems {
                throw YAMLSyntaxError(position: try peek().position,
                                      message: "the file has more than \(limits.maxItems) items (actions, milestones, burdens and the like), the limit")
            }
            if let item = try element() { result.append(item) }
        }
        return result
    }

    /// Reports a required key that the mapping lacks, at the mapping's start.
    ///
    /// A key that was present but had a bad value has been reported already, so it is not
    /// reported again as missing.
    func require<T>(_ value: T?, _ key: String, in what: @autoclosure () -> String, at mapping: MappingSite, hint: String = "") -> T? {
        if value == nil, !mapping.contains(key) {
            error(mapping.position, "\(what()) is missing '\(key)'" + (hint.isEmpty ? "" : " (\(hint))"))
        }
        return value
    }
}

/// Where a mapping started and which of its section's keys it held, for required-key checks.
struct MappingSite {
    /// Where the mapping starts.
    let position: SourcePosition
    /// A bit for each of the section's keys that was given.
    let seen: UInt64
    /// The section's keys by position.
    let keyIndex: KeyLookup

    /// Whether the mapping gave `key`.
    func contains(_ key: String) -> Bool {
        guard let index = keyIndex.index(of: key) else { return false }
        return seen & (1 << UInt64(index)) != 0
    }
}
