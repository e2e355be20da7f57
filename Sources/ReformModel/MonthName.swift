/// English month names, for parsing `December 2024`, `Dec 2024` or `Sept 2024` and for showing days.
enum MonthName {
    static let all = ["January", "February", "March", "April", "May", "June", "July",
                      "August", "September", "October", "November", "December"]

    /// The month number (1 to 12) of an English month name, full or shortened to its first three
    /// letters (`Sept` too, as councils write it), in any letter case.
    static func number(of name: Substring) -> Int? {
        let lowered = name.lowercased()
        if let full = all.firstIndex(where: { $0.lowercased() == lowered }) { return full + 1 }
        if lowered == "sept" { return 9 }
        guard lowered.count == 3 else { return nil }
        return all.firstIndex { $0.lowercased().hasPrefix(lowered) }.map { $0 + 1 }
    }
}
