import Foundation
import Synchronization

/// One progress line redrawn in place on stderr when stderr is a terminal (else silent), such as `paylink batch`'s
/// bar, counts, speed and time left; `render` writes the line for a progress and the note shown after it.
public final class ProgressLine<Progress: Sendable>: Sendable {
    private struct State {
        var lastDraw: ContinuousClock.Instant?
        var shown = false
        var last: Progress?
        var note: String?
    }

    private let enabled: Bool
    private let render: @Sendable (Progress, _ note: String?) -> String
    private let state: Mutex<State>

    public init(enabled: Bool, render: @escaping @Sendable (Progress, _ note: String?) -> String) {
        self.enabled = enabled
        self.render = render
        self.state = Mutex(State())
    }

    /// Redraws at most ten times a second, and always when `final`.
    public func draw(_ progress: Progress, final: Bool) {
        guard enabled else { return }
        state.withLock { s in
            s.last = progress
            let now = ContinuousClock.now
            if let last = s.lastDraw, now - last < .milliseconds(100), !final { return }
            s.lastDraw = now
            s.shown = true
            write("\r" + render(progress, s.note) + "\u{1B}[K")
        }
    }

    /// A word after the progress (e.g. while lost answers are settled).
    public func note(_ text: String) {
        guard enabled else { return }
        state.withLock { s in
            s.note = text
            if let last = s.last { write("\r" + render(last, text) + "\u{1B}[K") }
        }
    }

    /// Runs `body` (which prints to stdout) with the line cleared first, so the two never mix on one terminal line.
    public func above(_ body: () -> Void) {
        guard enabled else { return body() }
        state.withLock { s in
            if s.shown { write("\r\u{1B}[K") }
            body()
            s.lastDraw = nil
        }
    }

    /// Ends the line, without its note, so the next output starts on a fresh one.
    public func finish() {
        guard enabled else { return }
        state.withLock { s in
            if let last = s.last { write("\r" + render(last, nil) + "\u{1B}[K\n") }
            s.shown = false
        }
    }

    private func write(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }
}
