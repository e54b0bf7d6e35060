import Foundation
import PaylinkCore
import PayseraCheckout

extension TerminalProgram {
    static func pickerKey(_ state: inout AppState, _ key: Key, _ action: Action?) -> [Effect] {
        guard var picker = state.form.picker else { return [] }
        let options = state.form.options(for: picker.field, filter: picker.filter.text)
        switch action {
        case .pick, .previousField, .submit:
            takeChoice(&state, picker, options)
            if action == .submit { return submit(&state) }
            state.form.move(by: action == .previousField ? -1 : 1)
            return methodsIfNeeded(&state)
        case .pickerUp:
            picker.selected = max(0, picker.selected - 1)
        case .pickerDown:
            picker.selected = min(max(0, options.count - 1), picker.selected + 1)
        case .closePicker:
            // Esc takes nothing: the field keeps the value it had before the list opened.
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
        if state.form.editing != nil, let effects = editKey(&state, action) { return effects }
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
            if state.form.focus == .field(.paymentFlow) { togglePaymentFlow(&state) } else { toggleOrderMode(&state) }
            return []
        case .activate:
            switch state.form.focus {
            case .orderMode:
                toggleOrderMode(&state)
                return []
            case .field(.paymentFlow):
                togglePaymentFlow(&state)
                return []
            case .create:
                return submit(&state)
            case .field(let f):
                if FormState.isPicker(f) { return openPicker(&state, f, filter: "") }
                state.form.move(by: 1)
                return methodsIfNeeded(&state)
            }
        case .openPicker:
            if let f = state.form.focusedField, FormState.offersList(f) { return openPicker(&state, f, filter: "") }
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
        guard let field = state.form.focusedField, !FormState.isChoice(field) else { return [] }
        var input = state.form.input
        if !input.apply(action) {
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

    /// Ctrl-S's first checks, for a new link and an edit alike: nothing while a request is out, else every field
    /// judged and the first refused one focused; true when the form may be sent.
    static func mayBeSent(_ state: inout AppState) -> Bool {
        guard !state.form.sending else {
            state.notice = Notice(.ui(.stillSending), .warning, in: state.language)
            return false
        }
        state.form.submitTried = true
        let errors = state.form.errorFields(state.language)
        if let first = errors.first {
            state.notice = Notice(.fieldsNeedAttention(errors.count), .error, in: state.language)
            state.form.moveFocus(to: .field(first))
            return false
        }
        return true
    }

    static func submit(_ state: inout AppState) -> [Effect] {
        if state.form.editing != nil { return submitEdit(&state) }
        state.form.storeInput()
        state.form.picker = nil
        guard mayBeSent(&state) else { return state.form.sending ? [] : methodsIfNeeded(&state) }
        state.form.sending = true
        state.notice = Notice(.ui(.sending), in: state.language)
        // What was typed in the screen's language ("1 234,50") goes on in the one form every later step reads.
        var draft = state.form.draft
        try? draft.readAmount(in: state.language)
        return [.create(draft)]
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
        guard let field = state.form.focusedField, !FormState.isChoice(field) else { return [] }
        // Metadata takes several entries, so its lines become `;`-separated entries; other fields keep the first line.
        state.form.input.insert(text, lineJoin: field == .metadata ? "; " : nil)
        state.form.storeInput()
        return []
    }
}
