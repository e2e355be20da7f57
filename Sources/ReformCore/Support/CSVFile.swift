import ReformModel
import ReformSystem

/// A CSV file read a megabyte at a time, each row handed on as soon as it ends: an import of a
/// million rows never holds the file (44 MB of it at a million updates) or its rows.
public enum CSVFile {
    /// Calls `body` with each row of the file at `path`, checking as it reads that the file is UTF-8.
    ///
    /// - Throws: `FileReadError` for a file that cannot be opened or read or is not UTF-8,
    ///   `CSV.ParseError` for text that is not CSV, or what `body` throws; reading stops at any.
    public static func forEachRow(path: String, pieceSize: Int = 1 << 20, _ body: ([String]) throws -> Void) throws {
        let (descriptor, _) = try FileBytes.openRegularFile(path)
        defer { close(descriptor) }
        var reader = CSVReader()
        var buffer = [UInt8](repeating: 0, count: pieceSize + 3)
        // Bytes of a character split by the end of the last piece, read again at the start of the next.
        var carried = 0
        while true {
            let filled = try buffer.withUnsafeMutableBufferPointer { buffer in try fill(buffer, from: carried, descriptor: descriptor) }
            let atEnd = filled < buffer.count
            let whole = atEnd ? filled : completeCharacters(in: buffer, count: filled)
            try buffer.withUnsafeBufferPointer { buffer in
                let piece = UnsafeBufferPointer(rebasing: buffer[..<whole])
                if String(validating: piece, as: UTF8.self) == nil {
                    // The rows before the first bad byte are read, so that the line is known (and a row's own error comes first).
                    let valid = UTF8Validation.validPrefix(of: piece)
                    try reader.read(UnsafeBufferPointer(rebasing: piece[..<valid]), body)
                    throw FileReadError(message: "line \(reader.line): the file is not valid UTF-8 (save it from the spreadsheet as \"CSV UTF-8\")")
                }
                try reader.read(piece, body)
            }
            if atEnd { break }
            carried = filled - whole
            for offset in 0..<carried { buffer[offset] = buffer[whole + offset] }
        }
        try reader.finish(body)
    }

    /// Reads into `buffer` after its first `start` bytes until it is full or the file ends; how many bytes it then holds.
    private static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from start: Int, descriptor: Int32) throws(FileReadError) -> Int {
        var count = start
        while count < buffer.count {
            let got = System.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            if got < 0 {
                if errno == EINTR { continue }
                throw FileReadError(message: "cannot read the file: \(String(cString: strerror(errno)))")
            }
            if got == 0 { break }
            count += got
        }
        return count
    }

    /// How many of the first `count` bytes end on a whole character: the bytes of one a piece's
    /// end splits (at most three) are left for the next piece.
    private static func completeCharacters(in buffer: [UInt8], count: Int) -> Int {
        var start = count
        // Back over continuation bytes (10xxxxxx) to the byte that starts the last character.
        while start > max(0, count - 4), start > 0, buffer[start - 1] & 0xC0 == 0x80 { start -= 1 }
        guard start > 0 else { return count }
        let lead = buffer[start - 1]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        return count - (start - 1) >= length ? count : start - 1
    }
}
