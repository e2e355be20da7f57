/// English month names, for parsing `December 2024` and for showing days.
enum MonthName {
    static let all = ["January", "February", "March", "April", "May", "June", "July",
                      "August", "September", "October", "November", "December"]

    /// The month number (1 to 12) of a full English month name, in any letter case.
    static func number(of name: Substring) -> Int? {
        let lowered = name.lowercased()
        return all.firstIndex { $0.lowercased() == lowered }.map { $0 + 1 }
    }
}
