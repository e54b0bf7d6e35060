import Foundation
import PaylinkCore

/// Where the history screen's background sync stands: it runs when the screen opens and every minute while it is open.
public struct HistorySyncState: Sendable, Hashable {
    /// A sync is on its way.
    public var running = false
    /// When the last sync started.
    public var lastAttempt: Date?
    /// When a sync last finished well, and what it did.
    public var lastSynced: Date?
    public var lastSummary: SyncReport?
    /// Why the last sync failed; nil after one that worked.
    public var failure: String?

    public init() {}

    /// How often the open history screen syncs.
    public static let interval: TimeInterval = 60
    /// Opening the screen again sooner than this does not sync again.
    public static let reopenGrace: TimeInterval = 10
}

extension TerminalProgram {
    /// Asks for a sync when none is running and the last one started at least `after` seconds ago.
    static func syncIfDue(_ state: inout AppState, after interval: TimeInterval) -> [Effect] {
        guard !state.historySync.running else { return [] }
        if let last = state.historySync.lastAttempt, state.now.timeIntervalSince(last) < interval { return [] }
        state.historySync.running = true
        state.historySync.lastAttempt = state.now
        return [.sync]
    }

    /// A sync finished: the line says so, and the list is read again when links arrived or changed.
    static func syncArrived(_ state: inout AppState, _ result: Result<SyncReport, MessageError>) -> [Effect] {
        state.historySync.running = false
        switch result {
        case .success(let summary):
            state.historySync.lastSynced = state.now
            state.historySync.lastSummary = summary
            state.historySync.failure = nil
            guard summary.added + summary.changed > 0, state.screen == .history else { return [] }
            return perform(&state, HistoryProgram.requery(&state.history))
        case .failure(let error):
            state.historySync.failure = TerminalText.sanitize(error.message)
            return []
        }
    }

    /// "synced 14:05 · 3 new, 1 changed" (or why the last sync failed), for the line under the list.
    static func syncLine(_ sync: HistorySyncState, timeZone: TimeZone, language: UILanguage = .en) -> (text: String, role: StyleRole)? {
        func clock(_ date: Date) -> String {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            let parts = calendar.dateComponents([.hour, .minute], from: date)
            return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        }
        let running = sync.running ? " · " + language.text(.screen(.syncingNow)) : ""
        if let failure = sync.failure {
            return (language.text(.screen(.syncFailed(failure, lastSynced: sync.lastSynced.map(clock)))) + running, .warning)
        }
        guard let last = sync.lastSynced else { return nil }
        var text = language.text(.screen(.syncedAt(clock(last))))
        if let summary = sync.lastSummary, summary.added + summary.changed > 0 {
            text += " · " + language.text(.screen(.syncedCounts(added: summary.added, changed: summary.changed)))
        }
        return (text + running, .muted)
    }

    /// Draws the sync line on the notice row of the history screen when no notice is showing.
    static func drawSyncLine(_ state: AppState, into buffer: inout ScreenBuffer) {
        guard state.screen == .history, !state.showingHelp, state.notice == nil,
            let line = syncLine(state.historySync, timeZone: state.timeZone, language: state.language)
        else { return }
        buffer.put(" " + TextWidth.truncate(line.text, to: state.width - 2), row: state.height - 2, col: 0, role: line.role)
    }
}
