import CNcursesw
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Puts the terminal back however the program ends: normal exit, thrown error, `exit()`, crash signal.
enum TerminalGuard {
    /// Pipe the signal handlers write to; the loop polls its read end.
    nonisolated(unsafe) static var wakeWriteFD: Int32 = -1
    nonisolated(unsafe) static var savedTermios = termios()
    nonisolated(unsafe) static var haveTermios = false
    nonisolated(unsafe) static var cursesActive = false
    /// Bytes that undo what the screen set up (leave the alternate screen, show the cursor, paste mode off), made before any crash.
    nonisolated(unsafe) static var resetBytes: UnsafeMutablePointer<UInt8>?
    nonisolated(unsafe) static var resetCount = 0
    nonisolated(unsafe) static var atexitInstalled = false

    /// Remembers the terminal's modes and installs the restore paths; call before newterm.
    static func arm() {
        if tcgetattr(0, &savedTermios) == 0 { haveTermios = true }
        let reset = Array("\u{1B}[?2004l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l".utf8)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: reset.count)
        buffer.initialize(from: reset, count: reset.count)
        resetBytes = buffer
        resetCount = reset.count
        if !atexitInstalled {
            atexitInstalled = true
            atexit { TerminalGuard.restore() }
        }
        // Signals whose default action ends the process at once (most with a core dump) and that are not routed
        // to the loop: the screen is put back, then the signal does what it would have done.
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGQUIT, SIGSYS, SIGXCPU, SIGXFSZ, SIGUSR1, SIGUSR2, SIGALRM] {
            signal(sig) { sig in
                TerminalGuard.restoreFromSignal()
                signal(sig, SIG_DFL)
                raise(sig)
            }
        }
    }

    /// Normal restore: ends curses if it is still on.
    static func restore() {
        guard cursesActive else { return }
        cursesActive = false
        if isendwin() == false { endwin() }
        writeReset()
        if haveTermios { tcsetattr(0, TCSANOW, &savedTermios) }
    }

    /// Restore from a crash handler: only async-signal-safe calls.
    static func restoreFromSignal() {
        guard cursesActive else { return }
        cursesActive = false
        writeReset()
        if haveTermios { tcsetattr(0, TCSANOW, &savedTermios) }
    }

    private static func writeReset() {
        if let resetBytes { _ = write(1, resetBytes, resetCount) }
    }

    /// What each routed signal did before the screen opened, put back when it closes.
    nonisolated(unsafe) static var previousHandlers: [Int32: __sighandler_t?] = [:]

    /// Routes quitting and resizing signals into the wake pipe, as one byte each.
    static func routeSignals() {
        for sig in [SIGTERM, SIGHUP, SIGINT, SIGWINCH, SIGCONT] {
            let old = signal(sig) { sig in
                var byte = UInt8(truncatingIfNeeded: sig)
                _ = write(TerminalGuard.wakeWriteFD, &byte, 1)
            }
            previousHandlers[sig] = old
        }
        // Ctrl-Z arrives as a key in raw mode; the program stops itself when asked, never behind curses' back.
        previousHandlers[SIGTSTP] = signal(SIGTSTP, SIG_IGN)
        // A desktop clipboard tool that exits early must not kill the program while the screen is up.
        previousHandlers[SIGPIPE] = signal(SIGPIPE, SIG_IGN)
    }

    static func unrouteSignals() {
        for (sig, old) in previousHandlers { signal(sig, old) }
        previousHandlers = [:]
    }
}
