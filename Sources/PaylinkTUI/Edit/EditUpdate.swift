import Foundation
import PaylinkCore
import PaylinkStore
import PayseraCheckout

/// A link's life after it is made: `e` opens it in the edit form, Ctrl-S sends the change, and `f` makes a
/// fresh link on the same order when it expired or was canceled.
extension TerminalProgram {
    /// `e` or `f` on the result screen.
    static func lifecycleKey(_ state: inout AppState, _ action: Action?) -> [Effect] {
        guard let result = state.result else { return [] }
        let currency = result.draft.currency
        switch action {
        case .edit: return startEditing(&state, result.link, currency: currency, fromHistory: state.resultFromHistory)
        case .renew: return renew(&state, result.link, currency: currency)
        default: return []
        }
    }

    /// `e` or `f` on a history row.
    static func historyLifecycleKey(_ state: inout AppState, _ action: Action?) -> [Effect] {
        guard let record = state.history.selectedRecord, let link = record.paymentLink else {
            state.notice = Notice(.ui(.rowHasNoLink), .warning, in: state.language)
            return []
        }
        var known = link
        known.status = record.effectiveStatus(at: state.now)
        switch action {
        case .edit: return startEditing(&state, known, currency: record.currency ?? "", fromHistory: true)
        case .renew: return renew(&state, known, currency: record.currency ?? "")
        default: return []
        }
    }

    /// The status a person should see now: an active link past its expiry is expired.
    static func statusNow(_ link: PaymentLink, _ now: Date) -> LinkStatus? {
        if link.status == .active || link.status == nil, link.lifetime != 0,
            let expiresAt = Countdown.date(unixSeconds: link.expiredAt), expiresAt <= now {
            return .expired
        }
        return link.status
    }

    static func startEditing(_ state: inout AppState, _ link: PaymentLink, currency: String, fromHistory: Bool) -> [Effect] {
        if let status = statusNow(link, state.now), LinkUpdate.refusal(status: status) != nil {
            let refusal = state.text(.screen(.onlyActiveChangeable(status: status == .completed ? "paid" : status.rawValue)))
            let fresh = status == .completed ? "" : " " + state.text(.screen(.pressFForFresh))
            state.notice = Notice(refusal + fresh, .warning)
            return []
        }
        if state.form.editing == nil { state.formBeforeEdit = state.form }
        state.form = FormState(editing: link, currency: currency, now: state.now, fromHistory: fromHistory)
        state.showingHelp = false
        state.screen = .form
        state.notice = Notice(.ui(.editHint), in: state.language)
        return []
    }

    /// Keys the edit form answers differently from the new-link form; nil lets the form handle the key.
    static func editKey(_ state: inout AppState, _ action: Action?) -> [Effect]? {
        switch action {
        case .back:
            guard !state.form.sending else { return [] }
            leaveEditing(&state)
            state.notice = Notice(.ui(.nothingWasChanged), in: state.language)
            return []
        case .toggle, .openPicker:
            return []
        default:
            return nil
        }
    }

    /// Ends edit mode: the form the person had before comes back, and the result screen shows.
    static func leaveEditing(_ state: inout AppState) {
        let fromHistory = state.form.editing?.fromHistory ?? false
        state.form = state.formBeforeEdit ?? FormState(draft: state.newLinkDraft)
        state.formBeforeEdit = nil
        state.screen = state.result != nil ? .result : fromHistory ? .history : .form
    }

    /// Ctrl-S in the edit form: the changed fields, checked by PaylinkCore before anything is sent.
    static func submitEdit(_ state: inout AppState) -> [Effect] {
        state.form.storeInput()
        guard let editing = state.form.editing else { return [] }
        // A field the API refused stays refused until it is edited, as in the new-link form.
        guard mayBeSent(&state) else { return [] }
        let change = LinkUpdate(from: editing.original, to: state.form.draft)
        guard !change.isEmpty else {
            state.notice = Notice(.ui(.nothingChanged), .warning, in: state.language)
            return []
        }
        let now = Int(state.now.timeIntervalSince1970.rounded(.down))
        do {
            _ = try change.request(expiresAt: editing.link.expiredAt, now: now)
        } catch {
            return refuseFields(&state, error.errors, message: nil)
        }
        state.form.sending = true
        state.notice = Notice(.ui(.saving), in: state.language)
        return [.update(linkID: editing.link.linkID, change)]
    }

    /// Shows refused fields under their boxes and moves to the first.
    static func refuseFields(_ state: inout AppState, _ fields: [FieldPath: String], message: String?) -> [Effect] {
        state.form.serverErrors = fields.mapValues(TerminalText.sanitize)
        let first = state.form.items.first { item in
            if case .field(let f) = item { return fields[f] != nil }
            return false
        }
        if let first { state.form.moveFocus(to: first) }
        let count = fields.count == 1 ? "1 field needs attention" : "\(fields.count) fields need attention"
        state.notice = Notice(count + (message.map { " (\(TerminalText.sanitize($0)))" } ?? ""), .error)
        return []
    }

    /// The answer to a change: the result screen shows the changed link and its new expiry at once.
    static func updated(_ state: inout AppState, _ outcome: LinkUpdateOutcome) -> [Effect] {
        // An answer for an edit form that was since left (F2, then a new link) changes nothing.
        guard let editing = state.form.editing else { return [] }
        state.form.sending = false
        switch outcome {
        case .updated(let link):
            var draft = editing.original
            draft.name = link.name ?? state.form.draft.name
            let old = state.result?.link.linkID == link.linkID ? state.result : nil
            state.result = ResultState(link: link, draft: draft, lastPoll: state.now, order: old?.order)
            state.resultFromHistory = editing.fromHistory
            HistoryProgram.apply(&state.history, link)
            leaveEditing(&state)
            state.screen = .result
            state.notice = Notice(.ui(.linkChanged), .success, in: state.language)
        case .invalid(let fields, let message):
            return refuseFields(&state, fields, message: message)
        case .notActive(let message, _):
            state.notice = Notice(.changeFailed(TerminalText.sanitize(message)), .error, in: state.language)
        case .refused(let message):
            state.notice = Notice(.refusedBecause(TerminalText.sanitize(message)), .error, in: state.language)
        case .outcomeUnknown(let message):
            state.notice = Notice(TerminalText.sanitize(message), .warning)
        case .failed(let message):
            state.notice = Notice(.notSentBecause(TerminalText.sanitize(message)), .error, in: state.language)
        }
        return []
    }

    /// `f`: a fresh link with the same fields on the same order, sent at once; the form shows if a field needs attention.
    static func renew(_ state: inout AppState, _ link: PaymentLink, currency: String) -> [Effect] {
        let status = statusNow(link, state.now)
        guard status == .expired || status == .canceled else {
            state.notice = Notice(.screen(status == .completed ? .paidNeedsNoFresh : .stillActiveEditOrDuplicate), .warning, in: state.language)
            return []
        }
        state.formBeforeEdit = nil
        state.form = FormState(draft: LinkDraft(duplicating: link, currency: currency))
        state.screen = .form
        let effects = submit(&state)
        if state.form.sending { state.notice = Notice(.ui(.freshLinkMaking), in: state.language) }
        return effects
    }
}
