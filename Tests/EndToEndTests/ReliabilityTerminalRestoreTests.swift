import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// However the full-screen program ends, by a key, a signal asking it to quit, or a crash, the terminal is
/// given back as it was: line editing and echo on, the alternate screen left, the shell's screen back.
@Suite("Reliability: the terminal is restored however the program ends", .serialized)
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
