import Foundation
import ReformCore
import ReformModel
import Testing

@Suite("CSV files read a piece at a time")
struct CSVFileTests {
    private func file(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString).csv").path
        try Data(bytes).write(to: URL(filePath: path))
        return path
    }

    @Test("a file gives the rows its text gives, however small the pieces, even where one splits a character")
    func sameRowsAsText() throws {
        let text = "\u{FEFF}action,note\r\nA1,\"été, £5 🙂\"\r\nA2,\"two\nlines\"\r\nA3,plain"
        let path = try file(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        for size in [1, 2, 3, 5, 1 << 20] {
            var rows: [[String]] = []
            try CSVFile.forEachRow(path: path, pieceSize: size) { rows.append($0) }
            #expect(rows == (try CSV.parse(text)), "pieces of \(size) bytes")
        }
    }

    @Test("a file that is not UTF-8, or cannot be read, is refused in words")
    func refused() throws {
        let path = try file(Array("action,note\nA1,ok\nA2,".utf8) + [0xE9, 0x0A])
        defer { try? FileManager.default.removeItem(atPath: path) }
        var rows = 0
        let notUTF8 = #expect(throws: FileReadError.self) { try CSVFile.forEachRow(path: path, pieceSize: 4) { _ in rows += 1 } }
        #expect(notUTF8?.message == "line 3: the file is not valid UTF-8 (save it from the spreadsheet as \"CSV UTF-8\")")
        #expect(rows == 2, "the rows before the bad byte are read")
        let missing = #expect(throws: FileReadError.self) { try CSVFile.forEachRow(path: path + ".gone") { _ in } }
        #expect(missing?.message.hasPrefix("cannot open the file") == true)
        let directory = #expect(throws: FileReadError.self) { try CSVFile.forEachRow(path: FileManager.default.temporaryDirectory.path) { _ in } }
        #expect(directory?.message == "not a regular file")
    }
}
