/// Where a value was reached from, for the coding path of an error: made into a path only then.
struct JSONTapeSite {
    let parent: JSONTapeDecoding?
    let key: (any CodingKey)?

    var path: [any CodingKey] { JSONTapeDecoding.path(parent, key) }

    /// For a value read by a type that reads itself, whose errors are found again through `init(from:)`.
    static var unknown: JSONTapeSite { JSONTapeSite(parent: nil, key: nil) }
}
