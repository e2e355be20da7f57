/// The longest chain of open dependent actions, by projected finish: an action cannot finish
/// before what it depends on, so its finish is the later of its own projection and theirs.
struct CriticalPath {
    /// Positions of the chain's actions, first to last.
    let chain: [Int]
    /// When the chain's last action is projected to finish.
    let finish: CalendarDay?

    /// The critical path through the actions at `open` (positions in `assessments`), where
    /// `dependencies` gives the positions each action depends on.
    init(open: [Int], assessments: [ActionAssessment], dependencies: [[Int]]) {
        let openSet = Set(open)
        // For each open action: when it can finish (not before what it waits for), and how long its chain is.
        var memo: [Int: (finish: CalendarDay?, length: Int)] = [:]
        var visiting = Set<Int>()

        // Each action's finish and chain length, from those of what it waits for: a depth-first walk that keeps
        // its own stack, so that a chain of 200,000 dependencies cannot overflow a thread's stack.
        func walk(_ root: Int) -> (finish: CalendarDay?, length: Int) {
            if let known = memo[root] { return known }
            guard visiting.insert(root).inserted else { return (nil, 0) }
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
                    visiting.remove(top.position)
                    memo[top.position] = (top.finish, top.length)
                    if stack.isEmpty { return (top.finish, top.length) }
                    include((top.finish, top.length), into: stack.count - 1)
                    continue
                }
                stack[stack.count - 1].nextDependency += 1
                let found = waitsFor[top.nextDependency]
                guard openSet.contains(found) else { continue }
                if let known = memo[found] {
                    include(known, into: stack.count - 1)
                } else if visiting.insert(found).inserted {
                    stack.append((found, 0, assessments[found].forecast.projected, 1))
                } else {
                    include((nil, 0), into: stack.count - 1) // a cycle, reported by validation
                }
            }
            return (nil, 0)
        }

        // The latest finish ends the path; on a tie, the longer chain of dependencies is the critical one.
        let last = open.compactMap { position -> (Int, CalendarDay, Int)? in
            let result = walk(position)
            return result.finish.map { (position, $0, result.length) }
        }.max { ($0.1, $0.2) < ($1.1, $1.2) }
        guard let (end, endFinish, _) = last else {
            self.chain = []
            self.finish = nil
            return
        }
        var chain = [end]
        var inChain: Set<Int> = [end]
        var current = end
        while chain.count <= open.count {
            let next = dependencies[current]
                .compactMap { found -> (Int, CalendarDay, Int)? in
                    guard openSet.contains(found), !inChain.contains(found),
                          let entry = memo[found], let finish = entry.finish else { return nil }
                    return (found, finish, entry.length)
                }
                .max { ($0.1, $0.2) < ($1.1, $1.2) }
            guard let (position, _, _) = next else { break }
            chain.append(position)
            inChain.insert(position)
            current = position
        }
        self.chain = chain.reversed()
        self.finish = endFinish
    }
}
