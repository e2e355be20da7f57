import CReformSystem
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Musl)
@_exported import Musl
#elseif canImport(Darwin)
@_exported import Darwin
#endif

/// The operating system's calls, the one place that knows which C library this platform has.
///
/// Modules that call the system import this instead of choosing Glibc or Darwin themselves, and
/// call through `System` where a name would otherwise clash with one of Swift's own (`read`,
/// `kill`), so the package builds wherever `Package.swift` says it does.
package enum System {
    /// `read(2)`: up to `count` bytes from `descriptor` into `buffer`; the count read, 0 at the end, -1 on error.
    package static func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
        #elseif canImport(Musl)
        Musl.read(descriptor, buffer, count)
        #else
        Darwin.read(descriptor, buffer, count)
        #endif
    }

    /// `write(2)` until every byte of `bytes` is written, again where a signal interrupted it: 0,
    /// or the `errno` that stopped it (`EPIPE` when the reader has gone).
    ///
    /// Foundation's `FileHandle.write(_:)` stops the program on any failure (a `try!` inside), which
    /// a reader that stops early makes a crash once SIGPIPE is ignored.
    package static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }

    /// `kill(2)`: sends `signal` to a process, or with a negative `pid` to its process group.
    package static func kill(_ pid: pid_t, _ signal: Int32) -> Int32 {
        #if canImport(Glibc)
        Glibc.kill(pid, signal)
        #elseif canImport(Musl)
        Musl.kill(pid, signal)
        #else
        Darwin.kill(pid, signal)
        #endif
    }

    /// `nice(2)`: lowers this process's scheduling priority by `increment`.
    package static func lowerPriority(by increment: Int32) -> Int32 {
        nice(increment)
    }

    /// `setrlimit(RLIMIT_AS)`: the most address space this process may map, in bytes.
    package static func limitAddressSpace(to bytes: UInt64) -> Int32 {
        #if os(Linux)
        var limit = rlimit(rlim_cur: rlim_t(bytes), rlim_max: rlim_t(bytes))
        return setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit)
        #else
        var limit = rlimit(rlim_cur: rlim_t(bytes), rlim_max: rlim_t(bytes))
        return setrlimit(RLIMIT_AS, &limit)
        #endif
    }

    /// `pipe(2)` whose ends are closed in any program started later (`O_CLOEXEC`), so that a child
    /// started on another thread at the same moment never holds this pipe open.
    package static func pipeClosedOnExec(_ descriptors: inout [Int32]) -> Int32 {
        descriptors.withUnsafeMutableBufferPointer { reform_pipe_closed_on_exec($0.baseAddress!) }
    }

    /// A file's modification time (seconds since 1970) and size, from one `stat(2)`; `nil` when it cannot be read.
    package static func fileVersion(_ path: String) -> (modified: Double, size: Int)? {
        var seconds: Int64 = 0, nanoseconds: Int64 = 0, size: Int64 = 0
        guard reform_file_version(path, &seconds, &nanoseconds, &size) == 0 else { return nil }
        return (Double(seconds) + Double(nanoseconds) / 1e9, Int(size))
    }
}
