/// Bounds on what the loader accepts, so that a hostile or broken file fails fast in bounded memory.
///
/// A real programme is far inside every bound: a region's 100,000 actions is about 30 MB,
/// 2.8 million values and six levels deep. Together the bounds keep a hostile 100 MB file under
/// 512 MB of memory: what the loader keeps of a file grows with its values and items.
public struct LoaderLimits: Hashable, Sendable {
    /// The largest file read, in bytes (default 128 MiB).
    public var maxFileBytes: Int
    /// The deepest nesting of mappings and lists (default 64; format 1 needs 7).
    public var maxDepth: Int
    /// The longest single value, in bytes (default 64 KiB).
    public var maxScalarBytes: Int
    /// The most values (scalars, mappings and lists) in the whole file (default 5 million).
    public var maxNodes: Int
    /// The most items in the whole file: actions, milestones, policies, funding lines, burdens
    /// and their costs, and every other entry of a list of sections (default 200,000).
    public var maxItems: Int
    /// The most entries in one list inside an item, such as `pillars`, `partners` or `depends_on` (default 1,000).
    public var maxListEntries: Int
    /// The most feeding actions the deadlines list in all (default 2 million). Each deadline lists
    /// every action that feeds it, directly or through dependencies, so deadlines sharing long
    /// chains multiply; a region's 100,000 actions come to about 300,000.
    public var maxFeedingActions: Int
    /// The most errors reported before reading stops (default 1000): past that, the file is not worth reading on.
    public var maxErrors: Int
    /// The most values inside one value that is being passed over because it is wrong, such as the
    /// value of an unknown key (default 100,000). Past that, reading stops: a misspelt key over that
    /// much content is better fixed first than read through.
    public var maxSkippedNodes: Int

    /// Creates limits; the defaults suit any real programme.
    public init(maxFileBytes: Int = 128 << 20, maxDepth: Int = 64, maxScalarBytes: Int = 64 << 10, maxNodes: Int = 5_000_000,
                maxItems: Int = 200_000, maxListEntries: Int = 1000, maxFeedingActions: Int = 2_000_000, maxErrors: Int = 1000,
                maxSkippedNodes: Int = 100_000) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxScalarBytes = maxScalarBytes
        self.maxNodes = maxNodes
        self.maxItems = maxItems
        self.maxListEntries = maxListEntries
        self.maxFeedingActions = maxFeedingActions
        self.maxErrors = maxErrors
        self.maxSkippedNodes = maxSkippedNodes
    }

    /// The limits the tool uses unless told otherwise.
    public static let standard = LoaderLimits()
}
