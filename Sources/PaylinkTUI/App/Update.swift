import Foundation
import PaylinkCore
import PayseraCheckout

/// The program's pure core: `update` turns a message into a new state and effects, `view` draws a state.
public enum TerminalProgram {
    /// How often the result screen asks for the link's status.
    public static let pollInterval: TimeInterval = 5

    public static func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        var effects = handle(&state, msg)
        // The draft is written once typing pauses (on a tick), or at once when the program quits.
        // A link being changed is no unfinished new link, so the edit form is not saved as a draft.
        if state.form.editing == nil { state.draftSaving.observe(state.form.draft, now: state.now) }
        let quitting = effects.contains(.quit)
        if state.draftOffer == nil, let write = state.draftSaving.due(now: state.now, force: quitting) {
            effects.insert(.draft(write), at: 0)
        }
        return effects
    }

    static func handle(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        switch msg {
        case .key(let key): return keyPressed(&state, key)
        case .paste(let text) where state.refund != nil:
            RefundProgram.pasted(&state, text)
            return []
        case .paste(let text) where state.screen == .batch: return BatchProgram.pasted(&state, text)
        case .paste(let text): return pasted(&state, text)
        case .resize(let width, let height):
            state.width = max(0, width)
            state.height = max(0, height)
            guard state.screen == .history else { return [] }
            // A taller screen may need the next page at once.
            state.history.visibleRows = historyRows(state)
            HistoryProgram.clampSelection(&state.history)
            return perform(&state, HistoryProgram.loadIfNeeded(&state.history))
        case .batch(let msg):
            return BatchProgram.received(&state, msg)
        case .history(let msg):
            return historyMsg(&state, msg)
        case .startupReconciled(let summary):
            guard let text = summary.text(in: state.language) else { return [] }
            state.notice = Notice(text, !summary.stillUnknown.isEmpty ? .warning : .success)
            if summary.changedHistory, state.screen == .history { return perform(&state, HistoryProgram.requery(&state.history)) }
            return []
        // However the link's status changed (poll, simulated payment, a callback via the history), the order follows.
        case .tick(let date):
            let effects = ticked(&state, date) + HistoryWatch.effects(state)
            return state.result?.orderAskedAt == nil ? effects : effects + orderIfNeeded(&state)
        case .historyStatus(let linkID, let status): HistoryWatch.arrived(&state, linkID: linkID, status: status); return []
        case .historyRefunded(let linkID, let refunded):
            if state.result?.link.linkID == linkID { state.result?.refunded = refunded }
            return []
        case .refund(let msg): return RefundProgram.received(&state, msg)
        case .takingsLoaded(let period, let result):
            TakingsProgram.loaded(&state, period, result)
            return []
        case .historyRowsReread(let records):
            for record in records {
                guard let i = state.history.rows.firstIndex(where: { $0.id == record.id }) else { continue }
                state.history.rows[i] = record
            }
            return []
        case .synced(let result): return syncArrived(&state, result)
        case .profileSwitched(let result): return profileSwitched(&state, result)
        case .created(let outcome): return created(&state, outcome)
        case .methodsLoaded(let key, let result):
            guard state.form.methods == .loading(key: key) else { return [] }
            switch result {
            case .success(let methods): state.form.methods = .loaded(key: key, methods)
            case .failure(let error): state.form.methods = .failed(key: key, TerminalText.sanitize(error.message))
            }
            return []
        case .statusChanged(let link):
            statusArrived(&state, link)
            HistoryProgram.apply(&state.history, link)
            return orderIfNeeded(&state)
        case .statusFailed:
            // A failed poll is retried at the next interval; the badge keeps the last known status.
            state.result?.polling = false
            return []
        case .statusLimited(let seconds):
            StatusPolling.limited(&state, retryAfter: seconds)
            return []
        case .paymentSimulated(let result):
            state.result?.paying = false
            switch result {
            case .success(let link):
                statusArrived(&state, link)
                return orderIfNeeded(&state)
            case .failure(let error): state.notice = Notice(.simulatedFailed(TerminalText.sanitize(error.message)), .error, in: state.language)
            }
            return []
        case .copied(let answer):
            state.notice = Notice(answer, .success, in: state.language)
            return []
        case .opened(let answer, let succeeded):
            state.notice = Notice(state.text(answer), succeeded ? .success : .error)
            return []
        case .terminate:
            state.quitting = true
            return [.quit]
        case .sandboxConfirmed(let profile):
            if profile == state.profileName { state.isSandbox = true }
            return []
        case .updated(let outcome):
            return updated(&state, outcome)
        case .orderLoaded(let overview):
            orderArrived(&state, overview)
            return []
        }
    }

    // MARK: Keys

    static func keyPressed(_ state: inout AppState, _ key: Key) -> [Effect] {
        let action = state.keys.action(for: key, in: state.isTooSmall ? [.global] : state.keyContexts)
        switch action {
        case .quit:
            state.quitting = true
            return [.quit]
        case .suspend:
            return [.suspend]
        case .help:
            state.showingHelp.toggle()
            state.helpScroll = 0
            return []
        case .closeHelp:
            state.showingHelp = false
            return []
        case .history where !state.isTooSmall && state.draftOffer == nil:
            return openHistory(&state)
        case .takings where !state.isTooSmall && state.draftOffer == nil && state.refund == nil && state.screen != .takings:
            return TakingsProgram.open(&state)
        case .switchProfile where !state.isTooSmall && state.draftOffer == nil:
            return openProfileChoice(&state)
        default:
            break
        }
        if state.showingHelp, !state.isTooSmall {
            scrollHelp(&state, action)
            return []
        }
        if state.isTooSmall { return [] }
        if let offer = state.draftOffer {
            switch action {
            case .yes:
                state.draftOffer = nil
                state.form = FormState(draft: offer.draft)
                state.draftSaving.settle(offer.draft)
                state.notice = Notice(.ui(.restoredDraft), .success, in: state.language)
                return []
            case .no:
                state.draftOffer = nil
                state.notice = nil
                return [.draft(.clear)]
            default:
                return []
            }
        }
        if state.profileChoice != nil { return profileChoiceKey(&state, action) }
        // Until the switch is answered the requests may already go to the new profile: the old link waits.
        if let next = state.switchingProfile, [.result, .qr].contains(state.screen) {
            state.notice = Notice(.switchingTo(TerminalText.sanitize(next)), in: state.language)
            return []
        }
        if state.refund != nil { return RefundProgram.key(&state, key, action) }
        if action == .openBatch && state.screen == .form { return BatchProgram.ask(&state) }
        switch state.screen {
        case .batch: return BatchProgram.key(&state, key, action)
        case .history: return historyKey(&state, key, action)
        case .result where action == .edit || action == .renew: return lifecycleKey(&state, action)
        case .result: return resultKey(&state, action)
        case .qr: return qrViewKey(&state, action)
        case .takings: return TakingsProgram.key(&state, action)
        case .form:
            if state.form.picker != nil { return pickerKey(&state, key, action) }
            return formKey(&state, key, action)
        }
    }

    /// Keys on the help screen: a line or a page up and down, or back to the top.
    static func scrollHelp(_ state: inout AppState, _ action: Action?) {
        let page = max(1, helpBodyRows(state) - 2)
        switch action {
        case .rowDown: state.helpScroll += 1
        case .rowUp: state.helpScroll -= 1
        case .pageDown: state.helpScroll += page
        case .pageUp: state.helpScroll -= page
        case .firstRow: state.helpScroll = 0
        case .switchLanguage:
            // Every word on screen follows at once; a link's own language stays as it was typed.
            state.language = state.language == .pseudo ? .en : state.language.next
            state.notice = Notice(.languageSwitched(state.language.nativeName), .success, in: state.language)
        default: return
        }
        state.helpScroll = min(max(0, state.helpScroll), helpScrollLimit(state))
    }

    // MARK: Time and answers

    static func ticked(_ state: inout AppState, _ date: Date) -> [Effect] {
        state.now = date
        if state.screen == .takings { return TakingsProgram.ticked(&state) }
        let polls = StatusPolling.ticked(&state, date)
        if state.screen == .history {
            let shown = state.history.visibleRecords.compactMap(\.id)
            return historyMsg(&state, .tick(date)) + syncIfDue(&state, after: HistorySyncState.interval)
                + (shown.isEmpty ? [] : [.rereadHistoryRows(shown)])
        }
        return polls
    }

}
