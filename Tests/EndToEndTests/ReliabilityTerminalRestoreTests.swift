import Foundation
#if canImport(Glibc)
import Glibc
#endif
import TestSupport
import Testing

/// However the full-screen program ends, by a key, a signal asking it to quit, or a crash, the terminal is
/// given back as it was: line editing and echo on, the alternate screen left, the shell's screen back.
@Suite("Reliability: the terminal is restored however the program ends", .serialized, .ownThread)
struct ReliabilityTerminalRestoreTests {
    enum Ending: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case ctrlC, sigint, sigterm, sighup, sigquit, sigabrt, sigsegv, sigbus, sigill, sigfpe
        var testDescription: String { rawValue }

        /// The signal sent from outside; nil for the key.
        var signal: Int32? {
            switch self {
            case .ctrlC: nil
            case .sigint: SIGINT
            case .sigterm: SIGTERM
            case .sighup: SIGHUP
            case .sigquit: SIGQUIT
            case .sigabrt: SIGABRT
            case .sigsegv: SIGSEGV
            case .sigbus: SIGBUS
            case .sigill: SIGILL
            case .sigfpe: SIGFPE
            }
        }

        /// A crash signal: the program dies of it (after putting the terminal back) rather than quitting.
        var crashes: Bool { ![.ctrlC, .sigint, .sigterm, .sighup].contains(self) }
    }

    @Test("the terminal is sane and the alternate screen left", arguments: Ending.allCases)
    func restored(_ ending: Ending) throws {
        let world = try TUIWorld()
        defer { world.stop() }
        let tui = try world.start()
        #expect(tui.alternateScreenOn(), "the form is drawn on the alternate screen")
        if let signal = ending.signal {
            kill(try tui.paylinkPID(), signal)
        } else {
            try tui.press("C-c")
        }
        let after = tui.waitFor(text: "MODES.")
        let status = exitStatus(after)
        if let signal = ending.signal, ending.crashes {
            #expect(status == 128 + Int(signal), "died of the signal it was sent:\n\(after)")
        } else {
            #expect(status == 0, "quit cleanly:\n\(after)")
        }
        let modes = ttyModes(after)
        for mode in ["icanon", "echo", "isig", "icrnl", "opost", "onlcr"] {
            #expect(modes.contains(mode), "\(mode) is on again; modes: \(modes)\n\(after)")
        }
        #expect(!tui.alternateScreenOn(), "the alternate screen was left")
        #expect(!after.contains("Reference"), "the form is gone from the screen:\n\(after)")
    }

    @Test("a terminal that goes away without a SIGHUP ends the program instead of leaving it spinning")
    func vanishedTerminalEndsTheProgram() throws {
        let world = try TUIWorld()
        defer { world.stop() }
        // A pty that is not paylink's controlling terminal: closing its other end sends no SIGHUP.
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        try #require(master >= 0)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        // Linux's TIOCSPTLCK and TIOCGPTN: unlock the pty and learn its number (what unlockpt and ptsname do).
        try #require(ioctl(master, UInt(0x4004_5431), &unlock) == 0 && ioctl(master, UInt(0x8004_5430), &number) == 0)
        let slavePath = "/dev/pts/\(number)"
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        let slave = open(slavePath, O_RDWR | O_NOCTTY)
        try #require(slave >= 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in Int32(0)...2 { posix_spawn_file_actions_adddup2(&actions, slave, fd) }
        posix_spawn_file_actions_addclose(&actions, master)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | 0x80))  // 0x80: POSIX_SPAWN_SETSID
        let environment = world.env.merging(["TERM": "xterm-256color"]) { _, new in new }.map { "\($0.key)=\($0.value)" }
        var cEnv: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { cEnv.forEach { free($0) } }
        var cArgs: [UnsafeMutablePointer<CChar>?] = [strdup(PaylinkBinary.url.path), nil]
        defer { cArgs.forEach { free($0) } }
        var pid: pid_t = 0
        try #require(posix_spawn(&pid, PaylinkBinary.url.path, &actions, &attributes, &cArgs, &cEnv) == 0)
        close(slave)

        // Read until the form is drawn, then close the terminal's other end.
        var seen = Data()
        let drawn = Data("new payment link".utf8)
        let deadline = Date().addingTimeInterval(20)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while seen.range(of: drawn) == nil, Date() < deadline {
            var fds = [pollfd(fd: master, events: Int16(POLLIN), revents: 0)]
            guard poll(&fds, 1, 200) > 0 else { continue }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { break }
            seen.append(contentsOf: buffer[0..<n])
        }
        #expect(seen.range(of: drawn) != nil, "the form was drawn")
        close(master)

        var status: Int32 = 0
        var ended = false
        let exitDeadline = Date().addingTimeInterval(10)
        while Date() < exitDeadline {
            if waitpid(pid, &status, WNOHANG) == pid { ended = true; break }
            usleep(50_000)
        }
        if !ended {
            kill(pid, SIGKILL)
            _ = waitpid(pid, &status, 0)
        }
        #expect(ended, "paylink ended once its terminal was gone")
    }

    /// The exit status the pane printed after paylink ended.
    func exitStatus(_ screen: String) -> Int? {
        guard let range = screen.range(of: #"EXIT=\d+"#, options: .regularExpression) else { return nil }
        return Int(screen[range].dropFirst(5))
    }

    /// The terminal modes the pane printed after paylink ended (`-echo` when off, `echo` when on).
    func ttyModes(_ screen: String) -> [String] {
        let lines = screen.components(separatedBy: "\n")
        guard let exit = lines.firstIndex(where: { $0.contains("EXIT=") }), exit + 1 < lines.count else { return [] }
        return lines[exit + 1].split(separator: " ").map(String.init)
    }
}
