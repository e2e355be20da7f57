import Foundation
import ReformSystem

/// A record file, and a backup of one, made readable by its owner alone: it holds password
/// hashes and everyone's notes. SQLite makes the `-wal` and `-shm` files beside it with the same
/// permissions.
enum PrivateFile {
    /// Creates an empty file at `path` with mode 0600, if there is none; an existing file is left as it is.
    static func create(_ path: String) throws {
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            close(descriptor)
        } else if errno != EEXIST {
            throw StoreError(location: path, message: "cannot create it (\(String(cString: strerror(errno))))")
        }
    }
}
