import ReformSystem

/// Reads whole files into memory with a size limit checked before reading.
public enum FileBytes {
    /// The bytes of the file at `path`, refusing files larger than `limit` bytes without reading them.
    public static func read(path: String, limit: Int) throws(FileReadError) -> [UInt8] {
        let (descriptor, info) = try openRegularFile(path)
        defer { close(descriptor) }
        let size = Int(info.st_size)
        guard size <= limit else {
            throw FileReadError(message: "the file is \(size) bytes, more than the limit of \(limit) bytes")
        }
        var failure: FileReadError?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let got = System.read(descriptor, buffer.baseAddress! + count, size - count)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = FileReadError(message: "cannot read the file: \(String(cString: strerror(errno)))")
                    return
                }
                if got == 0 { break }
                count += got
            }
        }
        if let failure { throw failure }
        return bytes
    }

    /// Why the file at `path` cannot be read, if it cannot: checked before a long task that reads it later.
    public static func checkReadable(path: String) throws(FileReadError) {
        let (descriptor, _) = try openRegularFile(path)
        close(descriptor)
    }

    /// The file at `path` opened for reading, with its status; refused unless it is a regular file.
    static func openRegularFile(_ path: String) throws(FileReadError) -> (descriptor: Int32, info: stat) {
        // Closed on exec: a plugin or LibreOffice started meanwhile by another thread must not inherit it.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw FileReadError(message: "cannot open the file: \(String(cString: strerror(errno)))")
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw FileReadError(message: "cannot read the file: \(reason)")
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw FileReadError(message: "not a regular file")
        }
        return (descriptor, info)
    }
}
