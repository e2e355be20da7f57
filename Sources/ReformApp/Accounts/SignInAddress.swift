/// Where a sign-in comes from, as the web front end can tell: the address failed sign-ins are
/// counted under, and whether it is the client's own (not a proxy's, not unknown). Only a client's
/// own address is limited on its own: behind a proxy that names no client, everyone would share
/// one address, and one person's failures would lock out the rest.
public struct SignInAddress: Sendable, Equatable {
    /// The address, as the peer or a trusted proxy gave it.
    public let address: String
    /// Whether it is the client's own.
    public let isClient: Bool

    /// An address.
    public init(address: String, isClient: Bool) {
        self.address = address
        self.isClient = isClient
    }
}
