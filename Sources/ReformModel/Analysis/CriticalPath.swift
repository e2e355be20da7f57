/// The longest chain of open dependent actions, by projected finish: an action cannot finish
/// before what it depends on, so its finish is the later of its own projection and theirs.
struct CriticalPath {
    /// Positions of the chain's actions, first to last.
    let chain: [Int]
    /// When the chain's last action is projected to finish.
    let finish: CalendarDay?
}

/// Finds the critical path of one deadline after another, reusing its bookkeeping.
///
/// A programme of 100,000 actions has thousands of deadlines; sets and dictionaries made afresh
/// for each cost more than the walks. This keeps arrays by action position instead, marked with
/// the number of the search that wrote them, so one search's marks are cleared by starting the next.
struct CriticalPathFinder {
    private let assessments: [ActionAssessment]
    private let dependencies: [[Int]]
    /// The search that last marked each position as open, as on the current chain, and as walked.
    private var openIn: [Int], visitingIn: [Int], walkedIn: [Int]
    /// For each walked position: when it can finish (not before what it waits for), and how long its chain is.
    private var walked: [(finish: CalendarDay?, length: Int)]
    private var search = 0

    /// Prepares to search `assessments`, where `dependencies` gives the positions each action depends on.
    init(assessments: [ActionAssessment], dependencies: [[Int]]) {
        self.assessments = assessments
        self.dependencies = dependencies
        openIn = Array(repeating: 0, count: assessments.count)
        visitingIn = openIn
        walkedIn = openIn
        walked = Array(repeating: (nil, 0), count: assessments.count)
    }

    /// The critical path through the actions at `open` (positions in the assessments).
    mutating func path(through open: [Int]) -> CriticalPath {
        search += 1
        for position in open { openIn[position] = search }
        // The latest finish ends the path; on a tie, the longer chain of dependencies is the critical one.
        var last: (position: Int, finish: CalendarDay, length: Int)?
        for position in open {
            let result = walk(position)
            guard let finish = result.finish else { continue }
            if let best = last, (finish, result.length) <= (best.finish, best.length) { continue }
            last = (position, finish, result.length)
        }
        guard let last else { return CriticalPath(chain: [], finish: nil) }
        return CriticalPath(chain: chain(endingAt: last.position, length: open.count), finish: last.finish)
    }

    /// Each action's finish and chain length, from those of what it waits for: a depth-first walk
    /// that keeps its own stack, so that a chain of 200,000 dependencies cannot overflow a thread's stack.
    private mutating func walk(_ root: Int) -> (finish: CalendarDay?, length: Int) {
        if walkedIn[root] == search { return walked[root] }
        guard visitingIn[root] != search else { return (nil, 0) }
        visitingIn[root] = search
        var stack: [(position: Int, nextDependency: Int, finish: CalendarDay?, length: Int)] =
            [(root, 0, assessments[root].forecast.projected, 1)]
        func include(_ theirs: (finish: CalendarDay?, length: Int), into frame: Int) {
            if let theirFinish = theirs.finish, stack[frame].finish.map({ theirFinish > $0 }) ?? true { stack[frame].finish = theirFinish }
            stack[frame].length = max(stack[frame].length, theirs.length + 1)
        }
        while let top = stack.last {
            let waitsFor = dependencies[top.position]
            guard top.nextDependency < waitsFor.count else {
                stack.removeLast()
                visitingIn[top.position] = 0
                walkedIn[top.position] = search
                walked[top.position] = (top.finish, top.length)
                if stack.isEmpty { return (top.finish, top.length) }
                include((top.finish, top.length), into: stack.count - 1)
                continue
            }
            stack[stack.count - 1].nextDependency += 1
            let found = waitsFor[top.nextDependency]
            guard openIn[found] == search else { continue }
            if walkedIn[found] == search {
                include(walked[found], into: stack.count - 1)
            } else if visitingIn[found] != search {
                visitingIn[found] = search
                stack.append((found, 0, assessments[found].forecast.projected, 1))
            } else {
                include((nil, 0), into: stack.count - 1) // a cycle, reported by validation
            }
        }
        return (nil, 0)
    }

    /// The chain back from `end`: at each step, the dependency that finishes latest (then the longest), at most `length` long.
    private func chain(endingAt end: Int, length: Int) -> [Int] {
        var chain = [end]
        var inChain: Set<Int> = [end]
        var current = end
        while chain.count <= length {
            var next: (position: Int, finish: CalendarDay, length: Int)?
            for found in dependencies[current] where openIn[found] == search && walkedIn[found] == search && !inChain.contains(found) {
                guard let finish = walked[found].finish else { continue }
                if let best = next, (finish, walked[found].length) <= (best.finish, best.length) { continue }
                next = (found, finish, walked[found].length)
            }
            guard let next else { break }
            chain.append(next.position)
            inChain.insert(next.position)
            current = next.position
        }
        return chain.reversed()
    }
}
