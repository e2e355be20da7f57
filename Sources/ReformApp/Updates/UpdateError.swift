import Foundation
import ReformModel

/// Why an update was refused; nothing was written.
public struct UpdateError: Error, Sendable, CustomStringConvertible {
    /// What is wrong and what would be right.
    public let message: String

    public var description: String { message }
}
