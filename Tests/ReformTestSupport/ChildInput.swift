import Foundation
import ReformSystem

/// Standard input for a program a test starts.
public enum ChildInput {
    /// Writes `input` to `pipe`, the program's standard input, and closes it.
    ///
    /// A program that ends, or stops reading, before it has read it all says so by its status and
    /// output, which the test checks: the broken pipe is let go. Foundation's `FileHandle.write(_:)`
    /// would instead stop the whole test process (a `try!` inside; SIGPIPE is ignored in it once
    /// the plugin host has started a program).
    public static func send(_ input: Data?, to pipe: Pipe) throws {
        if let input {
            _ = input.withUnsafeBytes { System.writeAll(pipe.fileHandleForWriting.fileDescriptor, $0) }
        }
        try pipe.fileHandleForWriting.close()
    }
}
