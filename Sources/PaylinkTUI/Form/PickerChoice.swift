import Foundation
import PaylinkCore

extension TerminalProgram {
    /// Puts the highlighted choice in the field (or what was typed when nothing matches) and closes the list.
    static func takeChoice(_ state: inout AppState, _ picker: PickerState, _ options: [PickerOption]) {
        let typed = picker.filter.text.trimmingCharacters(in: .whitespaces)
        let value = options.indices.contains(picker.selected) ? options[picker.selected].value : typed
        state.form.picker = nil
        if !value.isEmpty || typed.isEmpty {
            state.form.input = TextInput(value.isEmpty ? state.form.input.text : value)
            state.form.storeInput()
        }
    }

    /// Switches Payment flow to its other value; a value from elsewhere that is neither becomes the first.
    static func togglePaymentFlow(_ state: inout AppState) {
        let flows = FieldRules.paymentFlows
        let current = state.form.input.text.trimmingCharacters(in: .whitespaces)
        let next = flows.firstIndex(of: current).map { flows[($0 + 1) % flows.count] } ?? flows[0]
        state.form.input = TextInput(next)
        state.form.storeInput()
    }

    /// Payment flow as a two-value choice, with what the chosen value means beside it (or under it when narrow).
    static func paymentFlowLines(_ state: AppState, _ line: BodyLine, focused: Bool, inputCol: Int) -> [BodyLine] {
        let form = state.form
        var line = line
        line.add(TextWidth.truncate(FieldPath.paymentFlow.label(in: state.language), to: inputCol - 5), focused ? .accent : .text, at: 4)
        let current = (focused ? form.input.text : form.draft.paymentFlow).trimmingCharacters(in: .whitespaces)
        let on = glyph(state, "◉", "(*)")
        let off = glyph(state, "○", "( )")
        var x = inputCol
        for flow in FieldRules.paymentFlows {
            let text = "\(flow == current ? on : off) \(flow)"
            line.add(text, focused && flow == current ? .focus : .text, at: x)
            x += TextWidth.of(text) + 2
        }
        var lines = [line]
        if let hint = form.hint(for: .paymentFlow, now: state.now, timeZone: state.timeZone, language: state.language) {
            if state.width - x - 1 >= TextWidth.of(hint) {
                lines[0].add(hint, .muted, at: x)
            } else if focused {
                var below = BodyLine()
                below.item = line.item
                below.add(TextWidth.truncate(hint, to: state.width - inputCol - 1), .muted, at: inputCol)
                lines.append(below)
            }
        }
        if let message = form.error(for: .paymentFlow, language: state.language), let item = line.item {
            lines += errorLines(state, message, item: item, col: inputCol)
        }
        return lines
    }
}
