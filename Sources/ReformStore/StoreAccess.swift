/// What a command needs of the record: to read it only, or to write it too.
public enum StoreAccess: Sendable, Hashable {
    /// Read only: a record that does not exist is not made, and a read-only file or folder is fine.
    case read
    /// Read and write; `create` makes the record (and its folder) when there is none yet.
    case write(create: Bool)
}
