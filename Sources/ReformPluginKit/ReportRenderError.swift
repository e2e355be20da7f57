/// A report plugin's failure, with a message for the user; returned across the C boundary as data.
public struct ReportRenderError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in words.
    public let message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }

    /// A short, readable account of any error, for messages that cross to the host.
    public static func describe(_ error: any Error) -> String {
        if let error = error as? ReportRenderError { return error.message }
        if let error = error as? DecodingError {
            switch error {
            case .keyNotFound(let key, let context): return "missing '\(path(context.codingPath + [key]))'"
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                return "at '\(path(context.codingPath))': \(context.debugDescription)"
            @unknown default: return "\(error)"
            }
        }
        return String(describing: error)
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingPrefix(".").description
    }
}
