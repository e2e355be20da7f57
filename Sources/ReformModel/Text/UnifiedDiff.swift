/// Two texts compared line by line in the unified format `diff -u` and `git diff` print, with
/// three lines of context: what `reform plan diff --text` shows a reviewer.
public struct UnifiedDiff: Sendable {
    /// The diff, empty when the texts are the same.
    public let text: String

    /// The difference from `old` to `new`, headed with their names.
    public init(old: [UInt8], new: [UInt8], oldName: String, newName: String, context: Int = 3) {
        let before = Self.lines(old), after = Self.lines(new)
        // Which lines of each side are removed or added; the rest pair up in order.
        var removed = Set<Int>(), added = Set<Int>()
        for change in after.difference(from: before) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): added.insert(offset)
            }
        }
        guard !removed.isEmpty || !added.isEmpty else {
            text = ""
            return
        }
        // The edit script as (kind, old line, new line), in order.
        enum Step { case same(Int, Int), remove(Int), add(Int) }
        var steps: [Step] = []
        var i = 0, j = 0
        while i < before.count || j < after.count {
            if i < before.count, removed.contains(i) { steps.append(.remove(i)); i += 1 }
            else if j < after.count, added.contains(j) { steps.append(.add(j)); j += 1 }
            else if i < before.count, j < after.count { steps.append(.same(i, j)); i += 1; j += 1 }
            else if i < before.count { steps.append(.remove(i)); i += 1 }
            else { steps.append(.add(j)); j += 1 }
        }
        // Hunks: runs of changes with their context, joined where the context overlaps.
        let changed = steps.indices.filter { if case .same = steps[$0] { return false }; return true }
        var hunks: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - context)...min(steps.count - 1, index + context)
            if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                hunks.append(range)
            }
        }
        var out = "--- \(oldName)\n+++ \(newName)\n"
        for hunk in hunks {
            var oldStart: Int?, newStart: Int?, oldCount = 0, newCount = 0
            var body = ""
            for step in steps[hunk] {
                switch step {
                case .same(let a, let b):
                    oldStart = oldStart ?? a; newStart = newStart ?? b; oldCount += 1; newCount += 1
                    body += " \(before[a])\n"
                case .remove(let a):
                    oldStart = oldStart ?? a; oldCount += 1
                    body += "-\(before[a])\n"
                case .add(let b):
                    newStart = newStart ?? b; newCount += 1
                    body += "+\(after[b])\n"
                }
            }
            // An empty side is placed after the lines of it that come before the hunk, as `diff -u` does.
            let oldBefore = steps[..<hunk.lowerBound].filter { if case .add = $0 { return false }; return true }.count
            let newBefore = steps[..<hunk.lowerBound].filter { if case .remove = $0 { return false }; return true }.count
            let oldFrom = oldCount == 0 ? oldBefore : (oldStart ?? 0) + 1
            let newFrom = newCount == 0 ? newBefore : (newStart ?? 0) + 1
            out += "@@ -\(oldFrom),\(oldCount) +\(newFrom),\(newCount) @@\n" + body
        }
        text = out
    }

    private static func lines(_ bytes: [UInt8]) -> [Substring] {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
