/// Performance thresholds in percent: at or above `greenAt` is green, at or below `redAt` is red.
public struct RAGThresholds: Hashable, Sendable, Codable {
    /// Performance at or above which an action is green (default 90).
    public var greenAt: Int
    /// Performance at or below which an action is red (default 70).
    public var redAt: Int

    /// Creates thresholds.
    public init(greenAt: Int = 90, redAt: Int = 70) {
        self.greenAt = greenAt
        self.redAt = redAt
    }

    private enum CodingKeys: String, CodingKey {
        case greenAt = "green_at", redAt = "red_at"
    }
}
