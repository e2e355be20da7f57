import Foundation
import ReformSystem

/// Runs a program with bytes on its standard input, collecting standard output and error, with
/// a time limit that kills its whole process group.
///
/// Written on `posix_spawn` and `poll` rather than Foundation's `Process` so that a plugin which
/// starts children of its own (a shell script's `sleep`) cannot hold the pipes open past the limit.
struct ChildProcess {
    /// How the program ended.
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
        case timedOut
        case outputTooLarge
    }

    /// What the program did.
    struct Result {
        let ending: Ending
        let stdout: [UInt8]
        let stderr: [UInt8]
    }

    /// The most standard output kept: a larger document is refused.
    static let outputLimit = 1 << 30

    /// Runs `path` with `arguments`, writing `input` to its standard input.
    static func run(path: String, arguments: [String], input: [UInt8], timeout: Double) throws(PluginSpawnError) -> Result {
        // A program that ends without reading all its input must not end this one: the write then fails (EPIPE) and is let go.
        signal(SIGPIPE, SIG_IGN)
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0], errorsFromChild: [Int32] = [0, 0]
        // Closed on exec: a plugin started by another thread at the same moment must not hold these
        // pipes open (it would keep this child's output from ending). The child's own ends are
        // duplicated onto 0, 1 and 2 below, which clears the flag on them.
        guard System.pipeClosedOnExec(&toChild) == 0, System.pipeClosedOnExec(&fromChild) == 0, System.pipeClosedOnExec(&errorsFromChild) == 0 else {
            throw PluginSpawnError(message: "cannot create pipes: \(String(cString: strerror(errno)))")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorsFromChild[1], 2)
        for fd in toChild + fromChild + errorsFromChild { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        // This process ignores SIGPIPE (above); a program started from it gets the signal back at its
        // default, as from a shell, rather than inheriting the ignoring.
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        sigaddset(&defaultSignals, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)

        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // ETXTBSY: the file is still open for writing somewhere (just installed, or inherited by another
        // process started at that moment); it clears within moments, so try again briefly.
        var spawned = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        var attempts = 1
        while spawned == ETXTBSY && attempts < 40 {
            usleep(50_000)
            spawned = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
            attempts += 1
        }
        close(toChild[0]); close(fromChild[1]); close(errorsFromChild[1])
        guard spawned == 0 else {
            close(toChild[1]); close(fromChild[0]); close(errorsFromChild[0])
            throw PluginSpawnError(message: "cannot be started: \(String(cString: strerror(spawned)))")
        }
        var io = PipeIO(stdin: toChild[1], stdout: fromChild[0], stderr: errorsFromChild[0], input: input)
        let deadline = Date().addingTimeInterval(timeout)
        let ending = io.pump(until: deadline, pid: pid)
        return Result(ending: ending, stdout: io.output, stderr: io.errors)
    }
}

/// Why a program could not be started.
struct PluginSpawnError: Error {
    let message: String
}

/// The three pipes to a child, driven by `poll` until they close or time runs out.
private struct PipeIO {
    var stdin: Int32
    var stdout: Int32
    var stderr: Int32
    let input: [UInt8]
    var written = 0
    var output: [UInt8] = []
    var errors: [UInt8] = []

    init(stdin: Int32, stdout: Int32, stderr: Int32, input: [UInt8]) {
        (self.stdin, self.stdout, self.stderr, self.input) = (stdin, stdout, stderr, input)
        for fd in [stdin, stdout, stderr] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        if input.isEmpty { closeInput() }
    }

    mutating func pump(until deadline: Date, pid: pid_t) -> ChildProcess.Ending {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while stdout >= 0 || stderr >= 0 {
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 { return kill(pid, ending: .timedOut) }
            var fds: [pollfd] = []
            if stdin >= 0 { fds.append(pollfd(fd: stdin, events: Int16(POLLOUT), revents: 0)) }
            if stdout >= 0 { fds.append(pollfd(fd: stdout, events: Int16(POLLIN), revents: 0)) }
            if stderr >= 0 { fds.append(pollfd(fd: stderr, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(remaining * 1000, 1000)) + 1)
            if ready < 0 && errno != EINTR { break }
            for entry in fds where entry.revents != 0 {
                if entry.fd == stdin {
                    let count = input.withUnsafeBufferPointer { write(stdin, $0.baseAddress! + written, min(input.count - written, 65536)) }
                    if count > 0 { written += count }
                    if count < 0 && errno != EAGAIN && errno != EINTR || written == input.count { closeInput() }
                } else {
                    let count = read(entry.fd, &buffer, buffer.count)
                    if count > 0 {
                        if entry.fd == stdout { output += buffer[0..<count] } else if errors.count < 65536 { errors += buffer[0..<count] }
                        if output.count > ChildProcess.outputLimit { return kill(pid, ending: .outputTooLarge) }
                    } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                        if entry.fd == stdout { close(stdout); stdout = -1 } else { close(stderr); stderr = -1 }
                    }
                }
            }
        }
        closeInput()
        // The pipes are closed; wait for the program itself, still within the time limit.
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result < 0 && errno != EINTR { return .exited(-1) }
            if deadline.timeIntervalSinceNow <= 0 { return kill(pid, ending: .timedOut) }
            usleep(2000)
        }
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }

    private mutating func closeInput() {
        if stdin >= 0 { close(stdin); stdin = -1 }
    }

    private mutating func kill(_ pid: pid_t, ending: ChildProcess.Ending) -> ChildProcess.Ending {
        _ = System.kill(-pid, SIGKILL)
        _ = System.kill(pid, SIGKILL)
        var status: Int32 = 0
        _ = waitpid(pid, &status, 0)
        for fd in [stdin, stdout, stderr] where fd >= 0 { close(fd) }
        (stdin, stdout, stderr) = (-1, -1, -1)
        return ending
    }
}
