import Foundation

#if canImport(Glibc)
import Glibc
#endif

extension CursesBackend {
    /// Waits up to `timeout` ms for the terminal or the wake pipe, then returns what came: keys, pastes, a resize,
    /// and `.terminate` for a quitting signal or a terminal that went away. Posted messages stay in `wake`.
    func waitForInput(wake: Inbox, timeout: Int32) -> [Msg] {
        var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0), pollfd(fd: wake.readFD, events: Int16(POLLIN), revents: 0)]
        _ = poll(&fds, 2, timeout)
        var msgs: [Msg] = []
        // The terminal went away without a SIGHUP (its other end closed): nobody is left to draw for.
        if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { msgs.append(.terminate) }
        for sig in wake.wakeSignals() {
            switch sig {
            case SIGWINCH:
                let s = resizeFromKernel()
                msgs.append(.resize(width: s.width, height: s.height))
            case SIGCONT:
                forceRedraw()
            case SIGTERM, SIGHUP, SIGINT:
                msgs.append(.terminate)
            default:
                break
            }
        }
        return msgs + readInput()
    }
}
