import ArgumentParser
import Foundation
import ReformApp
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a new password: from a terminal prompt that does not echo (asked twice), or from the
/// first line of standard input with `--password-stdin`, for scripts.
enum PasswordInput {
    static func read(fromStandardInput: Bool, confirm: Bool) throws -> String {
        if fromStandardInput {
            guard let line = readLine(strippingNewline: true) else {
                throw AppError("--password-stdin: standard input is empty; give the password on its first line", status: .usage)
            }
            return line
        }
        guard isatty(STDIN_FILENO) == 1 else {
            throw AppError("no terminal to ask for the password on: give it on standard input with --password-stdin", status: .usage)
        }
        let first = prompt("Password (at least 12 characters): ")
        if confirm, prompt("The same again: ") != first { throw AppError("the two passwords differ; nothing was changed", status: .usage) }
        return first
    }

    private static func prompt(_ text: String) -> String {
        guard let answer = getpass(text) else { return "" }
        return String(cString: answer)
    }
}
