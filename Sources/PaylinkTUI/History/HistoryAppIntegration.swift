import Foundation
import PaylinkCore
import PaylinkStore
import PayseraCheckout

/// The history screen inside the program: keys from the one key table, answers from outside, and what the list asks of the app.
extension TerminalProgram {
    /// Rows the list gets at the current size: the header and border above, the notice and key bar below.
    static func historyRows(_ state: AppState) -> Int {
        max(1, state.height - 4 - HistoryProgram.chromeRows)
    }

    /// Offers a saved draft back when the form starts with nothing typed in it.
    public static func offerDraft(_ state: inout AppState, _ offer: DraftOffer) {
        guard !state.form.draft.hasTypedContent, offer.draft.hasTypedContent else { return }
        state.draftOffer = offer
        state.notice = Notice(offer.question(now: state.now, timeZone: state.timeZone, language: state.language), .warning)
    }

    /// F2, `h` or `paylink history`: the list, read afresh from the top.
    public static func openHistory(_ state: inout AppState) -> [Effect] {
        state.showingHelp = false
        state.screen = .history
        state.history.visibleRows = historyRows(state)
        return perform(&state, HistoryProgram.open(&state.history)) + syncIfDue(&state, after: HistorySyncState.reopenGrace)
    }

    static func historyKey(_ state: inout AppState, _ key: Key, _ action: Action?) -> [Effect] {
        let input: HistoryInput?
        if state.history.batchChoice != nil {
            switch action {
            case .pickerUp: input = .up
            case .pickerDown: input = .down
            case .pick: input = .details
            case .closePicker: input = .closeBatchChoice
            default: input = nil
            }
        } else if state.history.confirmingCancel != nil {
            switch action {
            case .yes: input = .confirm
            case .no: input = .deny
            default: input = nil
            }
        } else if state.history.searching {
            switch action {
            case .endSearch: input = .endSearch
            case .clearSearch: input = .clearSearch
            case .cursorLeft: input = .edit(.left)
            case .cursorRight: input = .edit(.right)
            case .lineStart: input = .edit(.start)
            case .lineEnd: input = .edit(.end)
            case .deleteBackward: input = .edit(.backspace)
            case .deleteForward: input = .edit(.delete)
            case .killToEnd: input = .edit(.killToEnd)
            case .killToStart: input = .edit(.killToStart)
            case .deleteWord: input = .edit(.deleteWord)
            default:
                if case .char(let c) = key { input = .edit(.insert(String(c))) } else { input = nil }
            }
        } else {
            switch action {
            case .rowUp: input = .up
            case .rowDown: input = .down
            case .pageUp: input = .pageUp
            case .pageDown: input = .pageDown
            case .firstRow: input = .top
            case .search: input = .startSearch
            case .cycleStatus: input = .cycleStatus
            case .details: input = .details
            case .copy: input = .copy
            case .open: input = .openInBrowser
            case .duplicate: input = .duplicate
            case .cancelLink: input = .cancel
            case .refreshLink: input = .refresh
            case .refreshAll: input = .refreshAll
            case .reconcile: input = .reconcile
            case .batchFilter: input = .batchFilter
            // Esc first lifts a batch filter, then leaves the list.
            case .back where state.history.shownBatch != nil: input = .batchFilter
            case .edit, .renew: return historyLifecycleKey(&state, action)
            case .refund:
                guard let record = state.history.selectedRecord, let linkID = record.linkID else { return [] }
                return RefundProgram.open(&state, linkID: linkID, name: record.name, status: record.status)
            case .newLink:
                state.form = FormState(draft: state.newLinkDraft)
                state.notice = nil
                state.screen = .form
                return []
            case .back:
                state.notice = nil
                state.screen = state.result != nil && state.resultFromHistory == false ? .result : .form
                return []
            case .leave:
                state.quitting = true
                return [.quit]
            default: input = nil
            }
        }
        guard let input else { return [] }
        return historyMsg(&state, .input(input))
    }

    /// A message for the list: updates it and carries out what it asks of the app.
    static func historyMsg(_ state: inout AppState, _ msg: HistoryMsg) -> [Effect] {
        state.history.visibleRows = historyRows(state)
        let effects = HistoryProgram.update(&state.history, msg, now: state.now)
        return perform(&state, effects)
    }

    /// Turns what the list asks for into screen changes and runtime effects.
    static func perform(_ state: inout AppState, _ effects: [HistoryEffect]) -> [Effect] {
        if let notice = state.history.notice {
            state.notice = notice
            state.history.notice = nil
        }
        var out: [Effect] = []
        for effect in effects {
            switch effect {
            case .load, .refreshStatus, .cancelLink, .reconcile, .loadBatches:
                out.append(.history(effect))
            case .copy(let url):
                out.append(.copy(url))
            case .openURL(let url):
                out.append(.open(url))
            case .showDetails(let record):
                guard let link = record.paymentLink else { continue }
                // Polled soon after opening: the list's status may be some seconds old.
                state.result = ResultState(
                    link: link, draft: LinkDraft(duplicating: link, currency: record.currency ?? ""),
                    lastPoll: state.now.addingTimeInterval(-pollInterval))
                state.result?.refunded = record.refunded
                state.resultFromHistory = true
                state.resultFromBatch = false
                state.notice = nil
                state.screen = .result
            case .duplicate(let record):
                guard let link = record.paymentLink else { continue }
                state.form = FormState(draft: LinkDraft(duplicating: link, currency: record.currency ?? ""))
                state.notice = Notice(.ui(.duplicateHint), in: state.language)
                state.screen = .form
            }
        }
        return out
    }
}
