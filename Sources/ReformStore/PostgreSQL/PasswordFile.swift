import Foundation

/// libpq's password file (`PGPASSFILE`, else `~/.pgpass`): lines of
/// `hostname:port:database:username:password`, `*` matching anything, `\:` and `\\` escaping, `#`
/// starting a comment; the first line that matches gives the password. Like libpq, a file others
/// can read is not used; unlike libpq, which warns and goes on, this says so and stops, since a
/// connection refused for want of a password would hide why.
struct PasswordFile: Sendable {
    /// The file's lines, each as its five fields.
    let entries: [[String]]
    /// Where it is, for messages.
    let path: String

    /// The file `environment` names, if it exists.
    ///
    /// - Throws: `StoreError` when the file can be read by its group or others.
    static func load(environment: [String: String]) throws(StoreError) -> PasswordFile? {
        let path = environment["PGPASSFILE"] ?? environment["HOME"].map { $0 + "/.pgpass" }
        guard let path, let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        if let permissions = attributes[.posixPermissions] as? Int, permissions & 0o077 != 0 {
            throw StoreError(location: path, message: "the password file can be read by others (mode \(String(permissions, radix: 8))); "
                             + "make it private with chmod 600 \(path), as libpq requires")
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return PasswordFile(entries: text.split(whereSeparator: \.isNewline).compactMap(fields), path: path)
    }

    /// The password for a connection, if a line matches it.
    func password(host: String, port: Int, database: String, username: String) -> String? {
        let wanted = [host, String(port), database, username]
        return entries.first { entry in zip(entry.prefix(4), wanted).allSatisfy { $0 == "*" || $0 == $1 } }?[4]
    }

    /// A line's five fields, `nil` for a comment, a blank line or one with too few fields.
    static func fields(_ line: Substring) -> [String]? {
        guard !line.hasPrefix("#"), !line.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        var fields: [String] = [""]
        var escaped = false
        for character in line {
            if escaped {
                fields[fields.count - 1].append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 5 {
                fields.append("")
            } else {
                fields[fields.count - 1].append(character)
            }
        }
        return fields.count == 5 ? fields : nil
    }
}
