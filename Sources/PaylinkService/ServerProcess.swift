import Foundation
import PaylinkCore
import NIOConcurrencyHelpers

#if canImport(Glibc)
import Glibc
#endif

/// paylink-server, the program installed beside paylink that serves the sandbox and `paylink listen`: found,
/// run in this process's place, or started as this run's built-in sandbox.
public enum ServerProcess {
    /// The server program's file name.
    public static let programName = "paylink-server"

    /// Why the server program could not be run: a problem of ours, or what the program itself said.
    public struct Failure: Error, CustomStringConvertible {
        public var problem: ServerProgramProblem?
        /// The program's own words when it said why it stopped.
        public var said: String?

        init(_ problem: ServerProgramProblem) { self.problem = problem }
        init(said: String) { self.said = said }

        public var description: String { text(language: .en) }

        /// The reason in `language`; the program's own words stay as it said them.
        public func text(language: UILanguage) -> String {
            problem.map { language.text(.notice(.serverProgram($0))) } ?? said ?? ""
        }
    }

    /// paylink-server beside the running program (its resolved path, then the path it was started by), else on PATH.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        var folders: [String] = []
        if let running = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append((running as NSString).deletingLastPathComponent)
        }
        let started = CommandLine.arguments.first ?? ""
        if started.contains("/") { folders.append((started as NSString).deletingLastPathComponent) }
        folders += (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for folder in folders where !folder.isEmpty {
            let candidate = folder + "/" + programName
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// Runs `paylink-server ARGUMENTS` in this process's place: the same process id, streams, signals and
    /// environment, so whoever started paylink sees no difference. Returns only when that could not be done.
    public static func replaceThisProcess(arguments: [String]) -> Failure {
        guard let program = locate() else { return notFound() }
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        execv(program, argv)
        let reason = String(cString: strerror(errno))
        argv.forEach { free($0) }
        return Failure(.notStarted(program: program, why: reason))
    }

    private static func notFound() -> Failure {
        let beside = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            .map { ($0 as NSString).deletingLastPathComponent }
        return Failure(.notFound(program: programName, folder: beside))
    }

    // MARK: The built-in sandbox

    /// A built-in sandbox this process started: its process id and the pipe whose end tells it to stop.
    private struct Child {
        var pid: pid_t
        var stopPipe: Int32
    }

    private static let children = NIOLockedValueBox<[Child]>([])

    /// Starts `paylink-server sandbox --built-in` on `port` (0: a free one) and returns where it listens once it
    /// says so. It lives until `stopBuiltInSandbox()` or until this process ends, however it ends: it stops when
    /// its standard input, a pipe only this process holds, closes.
    public static func startBuiltInSandbox(port: Int) async throws -> URL {
        guard let program = locate() else { throw notFound() }
        let arguments = [program, "sandbox", "--built-in", "--port", String(port)]
        let started = try spawn(program, arguments)
        let (line, output) = await firstLine(of: started.output)
        close(started.output)
        let announcement = "Sandbox listening on "
        if let line, line.hasPrefix(announcement), let url = URL(string: String(line.dropFirst(announcement.count))) {
            children.withLockedValue { $0.append(Child(pid: started.pid, stopPipe: started.input)) }
            return url
        }
        stop(Child(pid: started.pid, stopPipe: started.input))
        let said = output.trimmingCharacters(in: .whitespacesAndNewlines)
        throw said.isEmpty ? Failure(.silent(program: programName)) : Failure(said: said)
    }

    /// Stops the built-in sandboxes this process started, if any, and waits until they have ended.
    public static func stopBuiltInSandbox() {
        let running = children.withLockedValue { current in
            defer { current = [] }
            return current
        }
        running.forEach(stop)
    }

    /// Closes the child's input, which makes it stop gracefully; one that has not ended within 5 s is killed.
    private static func stop(_ running: Child) {
        close(running.stopPipe)
        var status: Int32 = 0
        for _ in 0..<2500 {
            let result = waitpid(running.pid, &status, WNOHANG)
            if result == running.pid || (result < 0 && errno != EINTR) { return }
            usleep(2000)
        }
        kill(running.pid, SIGKILL)
        _ = waitpid(running.pid, &status, 0)
    }

    /// Starts the program with a pipe as its standard input and another for its standard output and error, in a
    /// process group of its own so that the terminal's Ctrl-C and Ctrl-Z go to paylink alone.
    private static func spawn(_ program: String, _ arguments: [String]) throws -> (pid: pid_t, input: Int32, output: Int32) {
        var input: [Int32] = [-1, -1], output: [Int32] = [-1, -1]
        guard pipe(&input) == 0 else { throw Failure(.noPipe(why: String(cString: strerror(errno)))) }
        guard pipe(&output) == 0 else {
            close(input[0]); close(input[1])
            throw Failure(.noPipe(why: String(cString: strerror(errno))))
        }
        // Close-on-exec: no other program paylink starts (a clipboard tool, a browser) may hold these pipes open.
        for descriptor in input + output { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input[0], STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, output[1], STDOUT_FILENO)
        posix_spawn_file_actions_adddup2(&actions, output[1], STDERR_FILENO)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Signals the terminal program ignores or blocks are the server's to handle again.
        var defaults = sigset_t(), empty = sigset_t()
        sigemptyset(&empty)
        sigemptyset(&defaults)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, program, &actions, &attributes, argv, environ)
        close(input[0])
        close(output[1])
        guard result == 0 else {
            close(input[1])
            close(output[0])
            throw Failure(.notStarted(program: program, why: String(cString: strerror(result))))
        }
        return (pid, input[1], output[0])
    }

    /// Reads `descriptor` on a thread of its own (never the shared pool) until its first line, or its end, or 30 s;
    /// the line when there is one, and all that was read.
    private static func firstLine(of descriptor: Int32) async -> (line: String?, output: String) {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                var bytes: [UInt8] = []
                var chunk = [UInt8](repeating: 0, count: 4096)
                let deadline = Date().addingTimeInterval(30)
                while !bytes.contains(UInt8(ascii: "\n")), Date() < deadline {
                    var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                    let polled = poll(&ready, 1, 250)
                    if polled < 0, errno != EINTR { break }
                    if polled <= 0 { continue }
                    let count = read(descriptor, &chunk, chunk.count)
                    if count < 0, errno == EINTR { continue }
                    if count <= 0 { break }
                    bytes += chunk[0..<count]
                }
                let text = String(decoding: bytes, as: UTF8.self)
                let line = text.firstIndex(of: "\n").map { String(text[..<$0]) }
                continuation.resume(returning: (line, text))
            }
        }
    }
}
