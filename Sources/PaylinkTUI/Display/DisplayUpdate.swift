import Foundation
import PaylinkStore
import PayseraCheckout

/// The customer display's program: a pure update over `DisplayState`, and its view (DisplayView.swift).
public enum DisplayProgram {
    /// Applies one message; the display asks for no I/O, so there are no effects.
    public static func update(_ state: inout DisplayState, _ msg: DisplayMsg) {
        switch msg {
        case .key(let key):
            if [.char("q"), .char("Q"), .ctrl("c"), .escape].contains(key) { state.quitting = true }
        case .resize(let width, let height):
            state.width = width
            state.height = height
        case .tick(let now):
            state.now = now
        case .till(let showing):
            state.till = showing
        case .terminate:
            state.quitting = true
        }
        follow(&state)
    }

    /// How a link has ended at `now`, nil while it can still be paid.
    enum Outcome: Equatable {
        case paid
        case ended(DisplayEnding)
    }

    static func outcome(_ link: CustomerLink, at now: Date) -> Outcome? {
        switch link.status {
        case .completed?: return .paid
        case .canceled?: return .ended(.canceled)
        case .expired?: return .ended(.expired)
        default: break
        }
        if let expiresAt = link.expiresAt, expiresAt <= now { return .ended(.expired) }
        return nil
    }

    /// Brings the phase in line with the till's row and the clock.
    static func follow(_ state: inout DisplayState) {
        let now = state.now
        switch state.phase {
        case .paid(_, let until), .ended(_, _, let until):
            if now >= until { show(&state, .idle) }
        case .idle, .link:
            break
        }
        guard let till = state.till, let link = till.link else {
            // The till shows no link now (back on its form, or gone): a link to scan leaves; a held ending stays.
            if case .link = state.phase { show(&state, .idle) }
            return
        }
        let shown = till.shown
        guard state.settled != shown else {
            if case .link = state.phase { show(&state, .idle) }
            return
        }
        let ended = outcome(link, at: now)
        if case .link(let current, let currentShown) = state.phase, currentShown == shown {
            switch ended {
            case nil:
                if current.paymentURL != link.paymentURL { state.codes = QRFit(encoding: link.paymentURL) }
                state.phase = .link(link, shown: shown)
            case .paid?:
                state.settled = shown
                show(&state, .paid(link, until: now.addingTimeInterval(DisplayState.paidHold)))
            case .ended(let how)?:
                state.settled = shown
                show(&state, .ended(link, how, until: now.addingTimeInterval(DisplayState.endedHold)))
            }
            return
        }
        // A link the display has not shown before: one that already ended is not the customer's to see.
        guard ended == nil else {
            state.settled = shown
            if case .link = state.phase { show(&state, .idle) }
            return
        }
        state.codes = QRFit(encoding: link.paymentURL)
        state.phase = .link(link, shown: shown)
    }

    private static func show(_ state: inout DisplayState, _ phase: DisplayPhase) {
        state.phase = phase
        if case .link = phase { return }
        state.codes = nil
    }
}
