import Foundation

/// When the shown link's status is asked for: every second while it is on screen, every few seconds after
/// the first minutes, never while hidden, never before a 429's `Retry-After`.
enum StatusPolling {
    /// The quick pace, while a customer may be paying right now.
    static let quickInterval: TimeInterval = 1
    /// How long the quick pace lasts after the link comes on screen.
    static let quickPeriod: TimeInterval = 180
    /// Ticks land on the second a few milliseconds apart; one that is that early still counts as a second later.
    static let tickJitter: TimeInterval = 0.05

    static func isVisible(_ state: AppState) -> Bool {
        !state.showingHelp && (state.screen == .result || state.screen == .qr)
    }

    /// The interval for a link that has been on screen since `since`.
    static func interval(since: Date, now: Date) -> TimeInterval {
        now.timeIntervalSince(since) < quickPeriod ? quickInterval : TerminalProgram.pollInterval
    }

    static func ticked(_ state: inout AppState, _ date: Date) -> [Effect] {
        guard var result = state.result else { return [] }
        guard isVisible(state) else {
            state.result?.watchedSince = nil
            return []
        }
        let since = result.watchedSince ?? date
        result.watchedSince = since
        defer { state.result = result }
        switch result.link.status {
        case .completed?, .canceled?: return []
        default: break
        }
        guard !result.polling, state.switchingProfile == nil else { return [] }
        if let notBefore = result.pollNotBefore, date < notBefore { return [] }
        guard date.timeIntervalSince(result.lastPoll) >= interval(since: since, now: date) - tickJitter else { return [] }
        result.polling = true
        result.lastPoll = date
        result.pollNotBefore = nil
        return [.refresh(linkID: result.link.linkID)]
    }

    /// A 429: the answer is in, and the next request waits as long as the API asked.
    static func limited(_ state: inout AppState, retryAfter seconds: Int) {
        state.result?.polling = false
        state.result?.pollNotBefore = state.now.addingTimeInterval(TimeInterval(max(1, seconds)))
    }
}
