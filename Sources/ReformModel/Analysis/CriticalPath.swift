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

        func walk(_ position: Int) -> (finish: CalendarDay?, length: Int) {
            if let known = memo[position] { return known }
            guard visiting.insert(position).inserted else { return (nil, 0) }
            var finish = assessments[position].forecast.projected
            var length = 1
            for found in dependencies[position] where openSet.contains(found) {
                let theirs = walk(found)
                if let theirFinish = theirs.finish, finish.map({ theirFinish > $0 }) ?? true { finish = theirFinish }
                length = max(length, theirs.length + 1)
            }
            visiting.remove(position)
            memo[position] = (finish, length)
            return (finish, length)
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
        var current = end
        while chain.count <= open.count {
            let next = dependencies[current]
                .compactMap { found -> (Int, CalendarDay, Int)? in
                    guard openSet.contains(found), !chain.contains(found),
                          let entry = memo[found], let finish = entry.finish else { return nil }
                    return (found, finish, entry.length)
                }
                .max { ($0.1, $0.2) < ($1.1, $1.2) }
            guard let (position, _, _) = next else { break }
            chain.append(position)
            current = position
        }
        self.chain = chain.reversed()
        self.finish = endFinish
    }
}
