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
        state.draftSaving.observe(state.form.draft, now: state.now)
        let quitting = effects.contains(.quit)
        if state.draftOffer == nil, let write = state.draftSaving.due(now: state.now, force: quitting) {
            effects.insert(.draft(write), at: 0)
        }
        return effects
    }

    static func handle(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        switch msg {
        case .key(let key): return keyPressed(&state, key)
        case .paste(let text): return pasted(&state, text)
        case .resize(let width, let height):
            state.width = max(0, width)
            state.height = max(0, height)
            guard state.screen == .history else { return [] }
            // A taller screen may need the next page at once.
            state.history.visibleRows = historyRows(state)
            HistoryProgram.clampSelection(&state.history)
            return perform(&state, HistoryProgram.loadIfNeeded(&state.history))
        case .history(let msg):
            return historyMsg(&state, msg)
        case .startupReconciled(let summary):
            guard let text = summary.text else { return [] }
            state.notice = Notice(text, summary.stillUnknown > 0 ? .warning : .success)
            if summary.changedHistory, state.screen == .history { return perform(&state, HistoryProgram.requery(&state.history)) }
            return []
        case .tick(let date): return ticked(&state, date)
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
            return []
        case .statusFailed:
            // A failed poll is retried at the next interval; the badge keeps the last known status.
            state.result?.polling = false
            return []
        case .paymentSimulated(let result):
            state.result?.paying = false
            switch result {
            case .success(let link): statusArrived(&state, link)
            case .failure(let error): state.notice = Notice("Simulated payment failed: \(TerminalText.sanitize(error.message))", .error)
            }
            return []
        case .copied(let text):
            state.notice = Notice(text, .success)
            return []
        case .opened(let result):
            switch result {
            case .success(let text): state.notice = Notice(text, .success)
            case .failure(let error): state.notice = Notice(error.message, .error)
            }
            return []
        case .terminate:
            state.quitting = true
            return [.quit]
        case .sandboxConfirmed:
            state.isSandbox = true
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
            return []
        case .closeHelp:
            state.showingHelp = false
            return []
        case .history where !state.isTooSmall && state.draftOffer == nil:
            return openHistory(&state)
        default:
            break
        }
        if state.isTooSmall || state.showingHelp { return [] }
        if let offer = state.draftOffer {
            switch action {
            case .yes:
                state.draftOffer = nil
                state.form = FormState(draft: offer.draft)
                state.draftSaving.settle(offer.draft)
                state.notice = Notice("Restored the unfinished link", .success)
                return []
            case .no:
                state.draftOffer = nil
                state.notice = nil
                return [.draft(.clear)]
            default:
                return []
            }
        }
        switch state.screen {
        case .history: return historyKey(&state, key, action)
        case .result: return resultKey(&state, action)
        case .form:
            if state.form.picker != nil { return pickerKey(&state, key, action) }
            return formKey(&state, key, action)
        }
    }

    static func resultKey(_ state: inout AppState, _ action: Action?) -> [Effect] {
        guard let result = state.result else { return [] }
        let url = TerminalText.sanitize(result.link.paymentURL)
        switch action {
        case .copy:
            state.notice = Notice("copying…")
            return [.copy(url)]
        case .open:
            state.notice = Notice("opening the browser…")
            return [.open(url)]
        case .newLink:
            state.form = FormState(draft: LinkDraft())
            state.notice = nil
            state.screen = .form
            return []
        case .duplicate:
            state.form = FormState(draft: LinkDraft(duplicating: result.link, currency: result.draft.currency))
            state.notice = Notice("A copy on the same order: change what you need and create it")
            state.screen = .form
            return []
        case .simulatePayment:
            guard state.isSandbox else {
                state.notice = Notice("Simulated payments exist only on the sandbox", .warning)
                return []
            }
            guard !result.paying else { return [] }
            state.result?.paying = true
            state.notice = Notice("sandbox: paying…")
            return [.simulatePayment(linkID: result.link.linkID)]
        case .leave:
            state.quitting = true
            return [.quit]
        case .back:
            if state.resultFromHistory { state.screen = .history }
            return []
        default:
            return []
        }
    }

    static func pickerKey(_ state: inout AppState, _ key: Key, _ action: Action?) -> [Effect] {
        guard var picker = state.form.picker else { return [] }
        let options = state.form.options(for: picker.field, filter: picker.filter.text)
        switch action {
        case .pick:
            let typed = picker.filter.text.trimmingCharacters(in: .whitespaces)
            let value = options.indices.contains(picker.selected) ? options[picker.selected].value : typed
            state.form.picker = nil
            if !value.isEmpty || typed.isEmpty {
                state.form.input = TextInput(value.isEmpty ? state.form.input.text : value)
                state.form.storeInput()
            }
            state.form.move(by: 1)
            return methodsIfNeeded(&state)
        case .pickerUp:
            picker.selected = max(0, picker.selected - 1)
        case .pickerDown:
            picker.selected = min(max(0, options.count - 1), picker.selected + 1)
        case .closePicker:
            state.form.picker = nil
            return []
        default:
            switch key {
            case .char(let c): picker.filter.insert(String(c))
            case .backspace: picker.filter.deleteBackward()
            case .ctrl("u"): picker.filter.killToStart()
            case .ctrl("w"): picker.filter.deleteWord()
            default: return []
            }
            picker.selected = 0
        }
        state.form.picker = picker
        return []
    }

    static func formKey(_ state: inout AppState, _ key: Key, _ action: Action?) -> [Effect] {
        switch action {
        case .submit:
            return submit(&state)
        case .nextField:
            state.form.move(by: 1)
            return methodsIfNeeded(&state)
        case .previousField:
            state.form.move(by: -1)
            return methodsIfNeeded(&state)
        case .toggle:
            toggleOrderMode(&state)
            return []
        case .activate:
            switch state.form.focus {
            case .orderMode:
                toggleOrderMode(&state)
                return []
            case .create:
                return submit(&state)
            case .field(let f):
                if FormState.isPicker(f) { return openPicker(&state, f, filter: "") }
                state.form.move(by: 1)
                return methodsIfNeeded(&state)
            }
        case .openPicker:
            if let f = state.form.focusedField, FormState.isPicker(f) { return openPicker(&state, f, filter: "") }
            return []
        case .back:
            if state.notice != nil {
                state.notice = nil
            } else if state.result != nil {
                state.screen = .result
            }
            return []
        default:
            break
        }
        guard let field = state.form.focusedField else { return [] }
        var input = state.form.input
        switch action {
        case .cursorLeft: input.moveLeft()
        case .cursorRight: input.moveRight()
        case .lineStart: input.moveToStart()
        case .lineEnd: input.moveToEnd()
        case .deleteBackward: input.deleteBackward()
        case .deleteForward: input.deleteForward()
        case .killToEnd: input.killToEnd()
        case .killToStart: input.killToStart()
        case .deleteWord: input.deleteWord()
        default:
            guard case .char(let c) = key else { return [] }
            if FormState.isPicker(field) { return openPicker(&state, field, filter: String(c)) }
            input.insert(String(c))
        }
        state.form.input = input
        state.form.storeInput()
        return []
    }

    static func toggleOrderMode(_ state: inout AppState) {
        state.form.storeInput()
        state.form.draft.orderMode = state.form.draft.orderMode == .new ? .existing : .new
    }

    static func openPicker(_ state: inout AppState, _ field: FieldPath, filter: String) -> [Effect] {
        var picker = PickerState(field: field, filter: TextInput(filter))
        if filter.isEmpty {
            // Start on the current value so Enter keeps it.
            let options = state.form.options(for: field, filter: "")
            picker.selected = options.firstIndex { $0.value.lowercased() == state.form.input.text.lowercased() } ?? 0
        }
        state.form.picker = picker
        return methodsIfNeeded(&state)
    }

    /// Asks for the methods list when the method field is reached and the amount or currency changed.
    static func methodsIfNeeded(_ state: inout AppState) -> [Effect] {
        guard state.form.focusedField == .methodKey else { return [] }
        let query = state.form.methodsQuery
        switch state.form.methods {
        case .loading(let key) where key == query.key: return []
        case .loaded(let key, _) where key == query.key: return []
        case .failed(let key, _) where key == query.key && state.form.picker == nil: return []
        default:
            state.form.methods = .loading(key: query.key)
            return [.loadMethods(amount: query.amount, currency: query.currency, key: query.key)]
        }
    }

    static func submit(_ state: inout AppState) -> [Effect] {
        state.form.storeInput()
        state.form.picker = nil
        guard !state.form.sending else {
            state.notice = Notice("Still sending the last request…", .warning)
            return []
        }
        state.form.submitTried = true
        let errors = state.form.errorFields
        if let first = errors.first {
            state.notice = Notice(errors.count == 1 ? "1 field needs attention" : "\(errors.count) fields need attention", .error)
            state.form.moveFocus(to: .field(first))
            return methodsIfNeeded(&state)
        }
        state.form.sending = true
        state.notice = Notice("sending…")
        return [.create(state.form.draft)]
    }

    // MARK: Paste

    static func pasted(_ state: inout AppState, _ text: String) -> [Effect] {
        guard !state.isTooSmall, !state.showingHelp, state.screen == .form else { return [] }
        if var picker = state.form.picker {
            picker.filter.insert(text)
            picker.selected = 0
            state.form.picker = picker
            return []
        }
        guard let field = state.form.focusedField else { return [] }
        // Metadata takes several entries, so its lines become `;`-separated entries; other fields keep the first line.
        state.form.input.insert(text, lineJoin: field == .metadata ? "; " : nil)
        state.form.storeInput()
        return []
    }

    // MARK: Time and answers

    static func ticked(_ state: inout AppState, _ date: Date) -> [Effect] {
        state.now = date
        if state.screen == .history { return historyMsg(&state, .tick(date)) }
        guard state.screen == .result, var result = state.result, !result.polling else { return [] }
        guard date.timeIntervalSince(result.lastPoll) >= pollInterval else { return [] }
        switch result.link.status {
        case .completed?, .canceled?: return []
        default: break
        }
        result.polling = true
        result.lastPoll = date
        state.result = result
        return [.refresh(linkID: result.link.linkID)]
    }

    static func created(_ state: inout AppState, _ outcome: CreateOutcome) -> [Effect] {
        state.form.sending = false
        switch outcome {
        case .created(let link):
            let url = TerminalText.sanitize(link.paymentURL)
            state.result = ResultState(link: link, draft: state.form.draft, qr: QRMatrix(encoding: url), lastPoll: state.now)
            state.lastURL = url
            state.resultFromHistory = false
            state.screen = .result
            state.notice = Notice("Link created", .success)
            // The draft became a link: nothing is left to offer back.
            state.draftSaving.settle(state.form.draft)
            return [.draft(.clear)]
        case .invalid(let fields, let message):
            state.form.serverErrors = fields.mapValues(TerminalText.sanitize)
            state.form.submitTried = true
            let inForm = state.form.items.compactMap { item -> FieldPath? in
                if case .field(let f) = item, fields[f] != nil { return f }
                return nil
            }
            let text = TerminalText.sanitize(message)
            if let first = inForm.first {
                state.form.moveFocus(to: .field(first))
                let count = inForm.count == 1 ? "1 field needs attention" : "\(inForm.count) fields need attention"
                state.notice = Notice("Refused: \(count)" + (text.isEmpty ? "" : " (\(text))"), .error)
            } else {
                state.notice = Notice("Refused: \(text)", .error)
            }
        case .refused(let message):
            state.notice = Notice("Refused: \(TerminalText.sanitize(message))", .error)
        case .outcomeUnknown(let message):
            state.notice = Notice(
                "No answer from the server (\(TerminalText.sanitize(message))): the link may or may not exist. It was not sent again; check the history before creating it once more.",
                .warning)
        case .failed(let message):
            state.notice = Notice("Not sent: \(TerminalText.sanitize(message))", .error)
        }
        return []
    }

    static func statusArrived(_ state: inout AppState, _ link: PaymentLink) {
        guard var result = state.result, result.link.linkID == link.linkID else { return }
        let before = result.link.status
        var merged = link
        // Keep what an answer leaves out (a status answer may be short).
        if merged.paymentURL.isEmpty { merged.paymentURL = result.link.paymentURL }
        merged.name = merged.name ?? result.link.name
        merged.purchase = merged.purchase ?? result.link.purchase
        merged.createdAt = merged.createdAt ?? result.link.createdAt
        if merged.expiredAt == nil, merged.lifetime != 0 { merged.expiredAt = result.link.expiredAt }
        result.link = merged
        result.polling = false
        state.result = result
        if before != merged.status, merged.status == .completed {
            state.notice = Notice("Paid", .success)
        }
    }
}
