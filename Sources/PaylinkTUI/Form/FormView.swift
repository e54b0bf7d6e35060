import Foundation
import PaylinkCore
import PayseraCheckout

extension TerminalProgram {
    // MARK: Form

    /// Where field boxes start: after the longest label of the form's language (19 in English).
    static func inputColumn(_ language: UILanguage) -> Int { inputColumns[language] ?? 19 }

    /// Every language's input column, measured once.
    private static let inputColumns: [UILanguage: Int] = Dictionary(uniqueKeysWithValues: UILanguage.allCases.map { language in
        let longest = FieldPath.allCases.map { TextWidth.of($0.label(in: language)) }.max() ?? 14
        return (language, max(19, longest + 5))
    })

    static func drawForm(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lines = formLines(state)
        let top = 2
        let bodyHeight = state.height - 4
        guard bodyHeight > 0 else { return }
        // Keep the focused row, its error and its list on screen.
        let focusRows = lines.indices.filter { lines[$0].item == state.form.focus }
        var first = focusRows.first ?? 0
        let last = focusRows.last ?? 0
        if first > 0, lines[first - 1].isTitle { first -= 1 }
        var offset = 0
        if last >= bodyHeight { offset = last - bodyHeight + 1 }
        if first < offset { offset = first }
        for (i, line) in lines.enumerated() where i >= offset && i - offset < bodyHeight {
            let row = top + i - offset
            for piece in line.pieces {
                if let width = piece.width { buffer.fill(row: row, col: piece.col, count: width, role: piece.segment.role) }
                buffer.put(piece.segment.text, row: row, col: piece.col, role: piece.segment.role, limit: piece.width ?? state.width - piece.col)
            }
            // While a saved draft is offered back only y or n answer, so no field shows a cursor.
            if let c = line.cursorCol, state.draftOffer == nil { buffer.cursor = (row, c) }
        }
        let arrowCol = state.width - 1 - TextWidth.of(state.text(.ui(.moreBelow)))
        // A row's own words (a long hint in a long language) keep their place: the mark goes only where the row is free.
        func free(_ row: Int) -> Bool { (max(0, arrowCol - 1)..<state.width).allSatisfy { buffer[row, $0].char == " " } }
        // The scroll marks stay off the focused field's rows: on a narrow screen they would cover its box and cursor.
        if offset > 0, lines[offset].item != state.form.focus, free(top) {
            buffer.put(glyph(state, state.text(.ui(.moreAbove)), "^ more"), row: top, col: arrowCol, role: .muted)
        }
        if lines.count - offset > bodyHeight, lines[offset + bodyHeight - 1].item != state.form.focus, free(top + bodyHeight - 1) {
            buffer.put(glyph(state, state.text(.ui(.moreBelow)), "v more"), row: top + bodyHeight - 1, col: arrowCol, role: .muted)
        }
    }

    static func formLines(_ state: AppState) -> [BodyLine] {
        let form = state.form
        let w = state.width
        let inputCol = inputColumn(state.language)
        let inputWidth = max(8, min(32, w - inputCol - 1))
        var lines: [BodyLine] = []
        for group in FormState.groups(for: form.draft) {
            var title = BodyLine()
            title.isTitle = true
            title.add(state.text(.ui(group.title)), .accent, at: 1)
            lines.append(title)
            for item in group.items {
                lines += itemLines(state, item, inputCol: inputCol, inputWidth: inputWidth)
            }
        }
        lines.append(BodyLine())
        var button = BodyLine()
        button.item = .create
        let focused = form.focus == .create
        if focused { button.add(glyph(state, "▸", ">"), .accent, at: 0) }
        let label = state.text(.ui(form.sending ? .buttonSending : form.editing == nil ? .buttonCreate : .buttonSave))
        button.add(label, focused ? .focus : .accent, at: 4)
        let widest = [UIWord.buttonSending, .buttonCreate, .buttonSave].map { TextWidth.of(state.text(.ui($0))) }.max() ?? 13
        button.add(state.text(.ui(.submitAnywhere)), .muted, at: 4 + widest + 2)
        lines.append(button)
        return lines
    }

    /// Short values get short boxes, so what is shown beside them (currency, name, expiry) sits close.
    static func boxWidth(_ field: FieldPath, max: Int) -> Int {
        switch field {
        case .currency, .language, .countryCode: min(max, 6)
        case .amount, .lifetime: min(max, 14)
        case .paymentFlow, .methodKey: min(max, 18)
        default: max
        }
    }

    static func itemLines(_ state: AppState, _ item: FormItem, inputCol: Int, inputWidth fullWidth: Int) -> [BodyLine] {
        let form = state.form
        let focused = form.focus == item
        var line = BodyLine()
        line.item = item
        if focused { line.add(glyph(state, "▸", ">"), .accent, at: 0) }
        switch item {
        case .create:
            return []
        case .orderMode where form.editing != nil:
            return []
        case .field(let field) where form.editing != nil && !LinkUpdate.isChangeable(field):
            return lockedLine(state, field, inputCol: inputCol, inputWidth: boxWidth(field, max: fullWidth))
        case .orderMode:
            line.add(state.text(.ui(.orderWord)), focused ? .accent : .text, at: 4)
            let isNew = form.draft.orderMode == .new
            let on = glyph(state, "◉", "(*)")
            let off = glyph(state, "○", "( )")
            var x = inputCol
            let first = "\(isNew ? on : off) " + state.text(.ui(.newOrder))
            line.add(first, focused && isNew ? .focus : .text, at: x)
            x += TextWidth.of(first) + 2
            let second = "\(isNew ? off : on) " + state.text(.ui(.existingOrder))
            // A language whose words do not fit side by side puts the second choice under the first.
            guard x + TextWidth.of(second) > state.width - 1 else {
                line.add(second, focused && !isNew ? .focus : .text, at: x)
                return [line]
            }
            var below = BodyLine()
            below.item = item
            below.add(second, focused && !isNew ? .focus : .text, at: inputCol)
            return [line, below]
        case .field(.paymentFlow):
            return paymentFlowLines(state, line, focused: focused, inputCol: inputCol)
        case .field(let field):
            let inputWidth = boxWidth(field, max: fullWidth)
            let required = form.draft.isRequired(field)
            if required { line.add("*", .accent, at: 2) }
            line.add(TextWidth.truncate(field.label(in: state.language), to: inputCol - 5), focused ? .accent : .text, at: 4)
            var extra: [BodyLine] = []
            let picker = form.picker?.field == field ? form.picker : nil
            if focused {
                let editing = picker?.filter ?? form.input
                let visible = editing.visible(columns: inputWidth)
                line.add(visible.text, .focus, at: inputCol, width: inputWidth)
                line.cursorCol = inputCol + visible.cursorColumn
            } else {
                let value = form.draft.value(of: field)
                let shown = value.contains("\n") ? value.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "; ") : value
                line.add(TextWidth.truncate(shown, to: inputWidth), .input, at: inputCol, width: inputWidth)
            }
            let hintCol = inputCol + inputWidth + 1
            if let hint = form.hint(for: field, now: state.now, timeZone: state.timeZone, language: state.language), !hint.isEmpty {
                let room = state.width - hintCol - 1
                if room >= min(12, TextWidth.of(hint)) {
                    line.add(TextWidth.truncate(hint, to: room), field == .amount ? .text : .muted, at: hintCol)
                } else if focused || field == .amount {
                    var below = BodyLine()
                    below.item = item
                    below.add(TextWidth.truncate(hint, to: state.width - inputCol - 1), .muted, at: inputCol)
                    extra.append(below)
                }
            }
            if let picker {
                extra += pickerLines(state, picker, item: item, col: inputCol)
            } else if let message = form.error(for: field, language: state.language) {
                extra += errorLines(state, message, item: item, col: inputCol)
            }
            return [line] + extra
        }
    }

    /// A field's message under it, wrapped, after a ✗ (never colour alone).
    static func errorLines(_ state: AppState, _ message: String, item: FormItem, col: Int) -> [BodyLine] {
        let mark = glyph(state, "✗ ", "x ")
        return TextWidth.wrap(message, columns: max(4, state.width - col - 3)).enumerated().map { i, text in
            var err = BodyLine()
            err.item = item
            err.add((i == 0 ? mark : "  ") + text, .error, at: col)
            return err
        }
    }

    static func pickerLines(_ state: AppState, _ picker: PickerState, item: FormItem, col: Int) -> [BodyLine] {
        let options = state.form.options(for: picker.field, filter: picker.filter.text, language: state.language)
        var lines: [BodyLine] = []
        func note(_ text: String, _ role: StyleRole = .muted) {
            var l = BodyLine()
            l.item = item
            l.add(TextWidth.truncate(text, to: state.width - col - 1), role, at: col)
            lines.append(l)
        }
        if picker.field == .methodKey {
            switch state.form.methods {
            case .loading: note(state.text(.ui(.loading)))
            case .failed(_, let message): note(state.text(.couldNotLoad(message)), .warning)
            default: break
            }
        }
        let visibleRows = max(3, min(8, state.height - 10))
        if options.isEmpty {
            let typed = picker.filter.text.trimmingCharacters(in: .whitespaces)
            note(typed.isEmpty ? state.text(.ui(.typeToSearch)) : state.text(.noMatchKeeps(typed)))
            return lines
        }
        let start = max(0, min(picker.selected - visibleRows + 1, options.count - visibleRows))
        for i in start..<min(options.count, start + visibleRows) {
            let option = options[i]
            var l = BodyLine()
            l.item = item
            let text = " \(option.value) " + glyph(state, "—", "-") + " \(option.name) "
            let role: StyleRole = i == picker.selected ? .selection : .text
            l.add(TextWidth.truncate(text, to: state.width - col - 1), role, at: col)
            lines.append(l)
        }
        if options.count > visibleRows {
            note(state.text(.pickerPosition(picker.selected + 1, of: options.count)))
        }
        return lines
    }
}
