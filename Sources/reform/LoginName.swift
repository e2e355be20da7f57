import Foundation

/// The login name, which `--by` defaults to.
enum LoginName {
    /// `LOGNAME`, else `USER`, else the system's name for the user.
    static var current: String {
        let environment = ProcessInfo.processInfo.environment
        return environment["LOGNAME"] ?? environment["USER"] ?? NSUserName()
    }
}
