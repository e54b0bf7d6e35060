import Foundation
import PaylinkCore
import PaylinkService
import Synchronization

/// The one progress line of `paylink batch`, redrawn in place on stderr when stderr is a terminal (else silent):
/// a bar, done/total, links per second, the time left, refused and unknown (and not sent, once a row was not sent).
final class BatchProgressLine: Sendable {
    private struct State {
        var lastDraw: ContinuousClock.Instant?
        var shown = false
        var last: BatchProgress?
        var note: String?
    }

    private let enabled: Bool
    private let state = Mutex(State())

    init(enabled: Bool) { self.enabled = enabled }

    /// Redraws at most ten times a second, and always for the last row.
    func draw(_ progress: BatchProgress) {
        guard enabled else { return }
        state.withLock { s in
            s.last = progress
            let now = ContinuousClock.now
            if let last = s.lastDraw, now - last < .milliseconds(100), progress.done < progress.total { return }
            s.lastDraw = now
            s.shown = true
            write("\r" + progress.line(note: s.note, now: Date()) + "\u{1B}[K")
        }
    }

    /// A word after the counts (e.g. while lost answers are settled).
    func note(_ text: String) {
        guard enabled else { return }
        state.withLock { s in
            s.note = text
            if let last = s.last { write("\r" + last.line(note: text, now: Date()) + "\u{1B}[K") }
        }
    }

    /// Runs `body` (which prints to stdout) with the line cleared first, so the two never mix on one terminal line.
    func above(_ body: () -> Void) {
        guard enabled else { return body() }
        state.withLock { s in
            if s.shown { write("\r\u{1B}[K") }
            body()
            s.lastDraw = nil
        }
    }

    /// Ends the line so the next output starts on a fresh one.
    func finish() {
        guard enabled else { return }
        state.withLock { s in
            if let last = s.last { write("\r" + last.line(note: nil, now: Date()) + "\u{1B}[K\n") }
            s.shown = false
        }
    }

    private func write(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }
}
