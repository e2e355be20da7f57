/// Brings a working copy drawn from an older revision up to the latest, item by item, as
/// `reform plan publish` does for a file that others' revisions have overtaken.
///
/// The unit is an item of a list section (an action, a milestone, a burden, by id) or a whole
/// other section (`programme`, `settings`). When no unit the working copy changes has been
/// changed since its base, its changes are made to the latest text in place and nothing of the
/// others' is lost; otherwise the units changed on both sides are named and nothing is merged.
public struct PlanMerge: Sendable {
    /// One unit of the text: `actions/A-X`, or a section's key.
    public struct Unit: Hashable, Sendable, CustomStringConvertible {
        public let section: String
        public let id: String?

        public init(section: String, id: String?) {
            self.section = section
            self.id = id
        }

        /// "action A-X", "burden B-V", "the programme section".
        public var description: String {
            guard let id else { return "the \(section) section" }
            let kind = ["actions": "action", "milestones": "milestone", "burdens": "burden", "funding": "funding line", "risks": "risk",
                        "policies": "policy", "pillars": "pillar", "indicators": "indicator", "metrics": "metric", "phases": "phase",
                        "committees": "committee", "sources": "source"][section] ?? section
            return "\(kind) \(id)"
        }
    }

    /// Why a working copy cannot be brought up to date.
    public enum Refusal: Error, Hashable, Sendable {
        /// These units were changed both in the working copy and since its base.
        case changedOnBothSides([Unit])
        /// The working copy changes text outside every item (comments between sections, the file's heading), which only the latest may do.
        case changedOutsideItems
        /// One of the texts is not YAML a merge can read.
        case unreadable
    }

    /// The units of `text` with their bytes, and the bytes outside every unit.
    public struct Units: Sendable {
        public let outline: PlanOutline
        public let byUnit: [Unit: ArraySlice<UInt8>]
        public let outside: [UInt8]

        public init?(_ text: [UInt8]) {
            guard let outline = PlanOutline(text) else { return nil }
            self.outline = outline
            var byUnit: [Unit: ArraySlice<UInt8>] = [:]
            var covered: [PlanOutline.Span] = []
            for section in outline.sections {
                if !section.items.isEmpty, section.items.allSatisfy({ $0.id != nil }) {
                    for item in section.items {
                        byUnit[Unit(section: section.key, id: item.id)] = outline.bytes(item.lines)
                        covered.append(item.lines)
                    }
                } else {
                    byUnit[Unit(section: section.key, id: nil)] = outline.bytes(section.lines)
                    covered.append(section.lines)
                }
            }
            var outside: [UInt8] = []
            var at = 0
            for span in covered.sorted(by: { $0.lowerBound < $1.lowerBound }) where span.lowerBound >= at {
                outside += text[at..<span.lowerBound]
                at = span.upperBound
            }
            outside += text[min(at, text.count)...]
            self.byUnit = byUnit
            self.outside = outside
        }

        /// The units whose bytes differ from `other`'s (added, removed or changed).
        public func changed(from other: Units) -> Set<Unit> {
            Set(byUnit.keys).union(other.byUnit.keys).filter { byUnit[$0] != other.byUnit[$0] }
        }
    }

    /// The text the working copy's units were drawn from, the latest, and the working copy.
    public let base: [UInt8]
    public let latest: [UInt8]
    public let mine: [UInt8]

    public init(base: [UInt8], latest: [UInt8], mine: [UInt8]) {
        self.base = base
        self.latest = latest
        self.mine = mine
    }

    /// The latest text with the working copy's changes made to it.
    ///
    /// - Throws: `Refusal` naming what was changed on both sides.
    public func merged() throws(Refusal) -> [UInt8] {
        guard let base = Units(base), let latest = Units(latest), let mine = Units(mine) else { throw .unreadable }
        let ours = mine.changed(from: base)
        let theirs = latest.changed(from: base)
        let both = ours.intersection(theirs).filter { mine.byUnit[$0] != latest.byUnit[$0] }
        guard both.isEmpty else { throw .changedOnBothSides(order(Array(both), in: mine)) }
        guard mine.outside == base.outside else { throw .changedOutsideItems }
        var text = latest.outline.text
        var replacements: [(span: PlanOutline.Span, bytes: ArraySlice<UInt8>)] = []
        for unit in ours where latest.byUnit[unit] != mine.byUnit[unit] {
            let now = mine.byUnit[unit] ?? []
            if let span = span(of: unit, in: latest.outline) {
                replacements.append((span, now))
            } else if let section = latest.outline.section(unit.section), let last = section.items.last {
                // Added: after the last item of its section, in the order the working copy has them.
                replacements.append((last.lines.upperBound..<last.lines.upperBound, now))
            } else {
                throw .changedOutsideItems
            }
        }
        // Later spans first; items added at one place keep the working copy's order.
        let ordered = replacements.enumerated().sorted { lhs, rhs in
            lhs.element.span.lowerBound != rhs.element.span.lowerBound ? lhs.element.span.lowerBound > rhs.element.span.lowerBound
                : position(of: lhs.element.bytes, in: mine) > position(of: rhs.element.bytes, in: mine)
        }
        for (_, replacement) in ordered {
            text.replaceSubrange(replacement.span, with: replacement.bytes)
        }
        return text
    }

    private func span(of unit: Unit, in outline: PlanOutline) -> PlanOutline.Span? {
        guard let id = unit.id else { return outline.section(unit.section)?.lines }
        return outline.item(id, in: unit.section)?.lines
    }

    private func position(of bytes: ArraySlice<UInt8>, in units: Units) -> Int { bytes.startIndex }

    private func order(_ units: [Unit], in mine: Units) -> [Unit] {
        units.sorted { (mine.byUnit[$0]?.startIndex ?? .max, $0.description) < (mine.byUnit[$1]?.startIndex ?? .max, $1.description) }
    }
}
