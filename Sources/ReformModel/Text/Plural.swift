/// Counts in words, singular or plural as the number needs: "1 error", "3 errors", "2 policies".
public enum Plural {
    /// `count` and the noun that fits it; `plural` defaults to the singular with an "s".
    public static func count(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}
