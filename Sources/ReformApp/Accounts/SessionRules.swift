/// The rules of signing in to the web front end, in one place (`docs/web.md`, "What users and
/// scripts can rely on").
public enum SessionRules {
    /// A session unused this long ends: 30 minutes.
    public static let idleSeconds: Int64 = 30 * 60
    /// Every session ends this long after sign-in: 12 hours.
    public static let absoluteSeconds: Int64 = 12 * 60 * 60
    /// More failed sign-ins than this for one username or one address, within the window, and
    /// sign-in is refused for a while, even with the right password.
    public static let failedSignInLimit = 10
    /// The same for one client address: higher, since several people may share one (an office's
    /// NAT), and applied only to a client's own address, never to a proxy's.
    public static let failedSignInAddressLimit = 100
    /// The window failed sign-ins are counted over: 15 minutes.
    public static let failedSignInWindow: Int64 = 15 * 60
    /// The bcrypt cost of password hashes.
    public static let bcryptCost: UInt8 = 12
    /// The shortest password accepted, in characters.
    public static let minimumPasswordLength = 12
    /// The longest, in bytes: bcrypt reads no further, so a longer one would be partly ignored.
    public static let maximumPasswordBytes = 72
}
