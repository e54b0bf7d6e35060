import Foundation
import PaylinkCore
import PayseraCheckout

/// A piece of text in one style.
struct Segment: Hashable {
    var text: String
    var role: StyleRole
    init(_ text: String, _ role: StyleRole) {
        self.text = text
        self.role = role
    }
}

/// One laid-out row of a scrollable body: segments at columns, the row it belongs to, and a cursor.
struct BodyLine {
    var pieces: [(col: Int, segment: Segment, width: Int?)] = []
    var item: FormItem?
    var cursorCol: Int?
    /// A group title stays on screen with the first row of its group.
    var isTitle = false

    mutating func add(_ text: String, _ role: StyleRole, at col: Int, width: Int? = nil) {
        pieces.append((col, Segment(text, role), width))
    }
}

extension TerminalProgram {
    /// Draws the state into a new screen buffer; pure.
    public static func view(_ state: AppState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height, role: .surface)
        if state.isTooSmall {
            drawTooSmall(state, into: &buffer)
            return buffer
        }
        drawHeader(state, into: &buffer)
        if state.showingHelp {
            drawHelp(state, into: &buffer)
        } else {
            switch state.screen {
            case .form: drawForm(state, into: &buffer)
            case .result: drawResult(state, into: &buffer)
            case .history:
                HistoryProgram.draw(
                    state.history, now: state.now, timeZone: state.timeZone, unicode: state.capabilities.unicode,
                    into: &buffer, top: 2, bottom: state.height - 3)
            }
        }
        drawNotice(state, into: &buffer)
        drawKeyBar(state, into: &buffer)
        return buffer
    }

    static func glyph(_ state: AppState, _ unicode: String, _ ascii: String) -> String {
        state.capabilities.unicode ? unicode : ascii
    }

    // MARK: Frame

    static func drawTooSmall(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lines = [
            "terminal too small: need \(AppState.minimumWidth)×\(AppState.minimumHeight)",
            "now \(state.width)×\(state.height)",
            "enlarge the window, or Ctrl-C to quit",
        ]
        var rows: [String] = []
        for line in lines { rows += TextWidth.wrap(line, columns: max(1, state.width)) }
        let top = max(0, (state.height - rows.count) / 2)
        for (i, line) in rows.enumerated() where top + i < state.height {
            let col = max(0, (state.width - TextWidth.of(line)) / 2)
            buffer.put(line, row: top + i, col: col, role: i == 0 ? .warning : .text)
        }
    }

    static func drawHeader(_ state: AppState, into buffer: inout ScreenBuffer) {
        let w = state.width
        let screenTitle = switch state.screen {
        case .result: "payment link"
        case .history: "history"
        case .form: "new payment link"
        }
        let title = state.showingHelp ? "keys" : screenTitle
        var x = buffer.put(" paylink ", row: 0, col: 0, role: .title)
        x += buffer.put(glyph(state, "· ", "- ") + title, row: 0, col: x, role: .muted)
        var right: [Segment] = []
        if state.isSandbox { right.append(Segment(" SANDBOX ", .sandbox)) }
        let profile = TerminalText.sanitize(state.profileName)
        if !profile.isEmpty { right.append(Segment(" " + profile + " ", .muted)) }
        let rightWidth = right.reduce(0) { $0 + TextWidth.of($1.text) }
        var rx = w - rightWidth
        if rx > x {
            for seg in right { rx += buffer.put(seg.text, row: 0, col: rx, role: seg.role) }
        } else if state.isSandbox {
            buffer.put(" SANDBOX ", row: 0, col: max(0, w - 9), role: .sandbox)
        }
        buffer.put(String(repeating: glyph(state, "─", "-"), count: w), row: 1, col: 0, role: .border)
    }

    static func drawNotice(_ state: AppState, into buffer: inout ScreenBuffer) {
        let row = state.height - 2
        var notice = state.notice
        if state.screen == .form, state.form.sending, notice == nil { notice = Notice("sending…") }
        guard let notice else { return }
        let role: StyleRole = switch notice.kind {
        case .info: .accent
        case .success: .success
        case .warning: .warning
        case .error: .error
        }
        let mark = notice.kind == .error ? glyph(state, "✗ ", "x ") : notice.kind == .success ? glyph(state, "✓ ", "") : ""
        buffer.put(" " + TextWidth.truncate(mark + notice.text, to: state.width - 2), row: row, col: 0, role: role)
    }

    static func drawKeyBar(_ state: AppState, into buffer: inout ScreenBuffer) {
        let row = state.height - 1
        var hidden: Set<Action> = state.isSandbox ? [] : [.simulatePayment]
        if state.screen == .form, state.result == nil { hidden.insert(.back) }
        if state.screen == .result, !state.showingHelp { hidden.insert(.quit) }
        var x = 1
        for binding in state.keys.bar(for: state.keyContexts, hiding: hidden) {
            guard let key = binding.keys.first else { continue }
            let label = key.label
            let help = binding.help
            let need = TextWidth.of(label) + 1 + TextWidth.of(help) + 2
            if x + need > state.width { break }
            x += buffer.put(label, row: row, col: x, role: .key)
            x += buffer.put(" " + help + "  ", row: row, col: x, role: .muted)
        }
    }

    // MARK: Help

    static func drawHelp(_ state: AppState, into buffer: inout ScreenBuffer) {
        var lines: [[Segment]] = []
        // The keys of the screen underneath come first, so a short terminal still shows the ones that matter now.
        var underneath = state
        underneath.showingHelp = false
        let current = underneath.keyContexts.filter { $0 != .global }
        for context in current + KeyContext.allCases.filter({ !current.contains($0) }) {
            let rows = state.keys.bindings.filter { $0.context == context && !(($0.action == .simulatePayment) && !state.isSandbox) }
            guard !rows.isEmpty else { continue }
            lines.append([Segment(context.title, .accent)])
            for b in rows {
                let keys = b.keys.map(\.label).joined(separator: " ")
                lines.append([Segment("  " + keys.padding(to: 14), .key), Segment(b.help, .text)])
            }
        }
        let top = 2
        let bodyHeight = state.height - 4
        let columns = max(1, min(2, (lines.count + bodyHeight - 1) / max(1, bodyHeight)))
        let colWidth = state.width / columns
        for (i, line) in lines.enumerated() {
            let column = i / max(1, bodyHeight)
            guard column < columns else { break }
            var x = column * colWidth + 1
            let row = top + i % max(1, bodyHeight)
            for seg in line {
                x += buffer.put(seg.text, row: row, col: x, role: seg.role, limit: column * colWidth + colWidth - x - 1)
            }
        }
    }

    // MARK: Form

    /// Where field boxes start.
    static let inputColumn = 19

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
        let arrowCol = state.width - 7
        // The scroll marks stay off the focused field's rows: on a narrow screen they would cover its box and cursor.
        if offset > 0, lines[offset].item != state.form.focus {
            buffer.put(glyph(state, "↑ more", "^ more"), row: top, col: arrowCol, role: .muted)
        }
        if lines.count - offset > bodyHeight, lines[offset + bodyHeight - 1].item != state.form.focus {
            buffer.put(glyph(state, "↓ more", "v more"), row: top + bodyHeight - 1, col: arrowCol, role: .muted)
        }
    }

    static func formLines(_ state: AppState) -> [BodyLine] {
        let form = state.form
        let w = state.width
        let inputCol = inputColumn
        let inputWidth = max(8, min(32, w - inputCol - 1))
        var lines: [BodyLine] = []
        for group in FormState.groups(for: form.draft) {
            var title = BodyLine()
            title.isTitle = true
            title.add(group.title, .accent, at: 1)
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
        button.add(form.sending ? "[ Sending… ]" : "[ Create link ]", focused ? .focus : .accent, at: 4)
        button.add("ctrl-s from anywhere", .muted, at: 4 + 17)
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
        case .orderMode:
            line.add("Order", focused ? .accent : .text, at: 4)
            let isNew = form.draft.orderMode == .new
            let on = glyph(state, "◉", "(*)")
            let off = glyph(state, "○", "( )")
            var x = inputCol
            let first = "\(isNew ? on : off) new order"
            line.add(first, focused && isNew ? .focus : .text, at: x)
            x += TextWidth.of(first) + 2
            line.add("\(isNew ? off : on) existing order", focused && !isNew ? .focus : .text, at: x)
            return [line]
        case .field(let field):
            let inputWidth = boxWidth(field, max: fullWidth)
            let required = form.draft.isRequired(field)
            if required { line.add("*", .accent, at: 2) }
            line.add(TextWidth.truncate(field.label, to: inputCol - 5), focused ? .accent : .text, at: 4)
            var extra: [BodyLine] = []
            let picker = form.picker?.field == field ? form.picker : nil
            if focused {
                let editing = picker?.filter ?? form.input
                let visible = editing.visible(columns: inputWidth)
                line.add(visible.text, .focus, at: inputCol, width: inputWidth)
                line.cursorCol = inputCol + visible.cursorColumn
            } else {
                let value = form.draft.value(of: field)
                line.add(TextWidth.truncate(value.replacingOccurrences(of: "\n", with: "; "), to: inputWidth), .input, at: inputCol, width: inputWidth)
            }
            let hintCol = inputCol + inputWidth + 1
            if let hint = form.hint(for: field, now: state.now, timeZone: state.timeZone), !hint.isEmpty {
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
            } else if let message = form.error(for: field) {
                let mark = glyph(state, "✗ ", "x ")
                for (i, text) in TextWidth.wrap(message, columns: max(4, state.width - inputCol - 3)).enumerated() {
                    var err = BodyLine()
                    err.item = item
                    err.add((i == 0 ? mark : "  ") + text, .error, at: inputCol)
                    extra.append(err)
                }
            }
            return [line] + extra
        }
    }

    static func pickerLines(_ state: AppState, _ picker: PickerState, item: FormItem, col: Int) -> [BodyLine] {
        let options = state.form.options(for: picker.field, filter: picker.filter.text)
        var lines: [BodyLine] = []
        func note(_ text: String, _ role: StyleRole = .muted) {
            var l = BodyLine()
            l.item = item
            l.add(TextWidth.truncate(text, to: state.width - col - 1), role, at: col)
            lines.append(l)
        }
        if picker.field == .methodKey {
            switch state.form.methods {
            case .loading: note("loading…")
            case .failed(_, let message): note("couldn't load: \(message)", .warning)
            default: break
            }
        }
        let visibleRows = max(3, min(8, state.height - 10))
        if options.isEmpty {
            let typed = picker.filter.text.trimmingCharacters(in: .whitespaces)
            note(typed.isEmpty ? "type to search" : "no match: enter keeps \"\(typed)\"")
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
            note("\(picker.selected + 1)/\(options.count)  ↑↓ to move")
        }
        return lines
    }

    // MARK: Result

    static func drawResult(_ state: AppState, into buffer: inout ScreenBuffer) {
        guard let result = state.result else { return }
        let link = result.link
        let w = state.width
        let top = 2
        let bottom = state.height - 3
        let qr = state.capabilities.unicode && state.capabilities.colours >= 8 ? result.qr : nil
        // Beside the text when both fit, else below, else a note.
        let minText = 36
        var qrPlace: (row: Int, col: Int)?
        var textWidth = w - 2
        var qrNote: String?
        if let qr {
            if w >= minText + qr.columns + 3, qr.rows <= bottom - top + 1 {
                qrPlace = (top, w - qr.columns - 1)
                textWidth = w - qr.columns - 4
            }
        } else if result.qr == nil {
            qrNote = "QR code: could not be made for this URL"
        } else {
            qrNote = "QR code: needs a UTF-8 terminal with colour"
        }
        var row = top
        func line(_ segments: [Segment], indent: Int = 1) {
            guard row <= bottom else { return }
            var x = indent
            for s in segments { x += buffer.put(s.text, row: row, col: x, role: s.role, limit: max(0, textWidth + 1 - x)) }
            row += 1
        }
        let name = TerminalText.sanitize(link.name ?? result.draft.name)
        let currency = result.draft.currency.trimmingCharacters(in: .whitespaces).uppercased()
        let amount = link.purchase.map { Money.format(minor: $0.amount.value, currency: currency) + " " + currency }
        let badge = statusBadge(state, link)
        let urlLines = TextWidth.hardWrap(TerminalText.sanitize(link.paymentURL), columns: max(10, textWidth))
        // The URL is never cut: on a short screen the other lines give way first.
        let full = 5 + urlLines.count + 5
        if full <= bottom - top + 1 {
            line([Segment(" \(badge.text) ", badge.role)])
            line([Segment(name, .title)])
            if let amount { line([Segment(amount, .text)]) }
            row += 1
            line([Segment("Payment URL", .muted)])
            for part in urlLines { line([Segment(part, .accent)]) }
            row += 1
            drawCountdown(state, link, width: textWidth, compact: false, line: line)
            if row <= bottom { row += 1 }
            line([Segment("link " + TerminalText.sanitize(link.linkID), .muted)])
        } else {
            line([Segment(" \(badge.text) ", badge.role), Segment(" " + name + (amount.map { " · " + $0 } ?? ""), .title)])
            for part in urlLines { line([Segment(part, .accent)]) }
            drawCountdown(state, link, width: textWidth, compact: true, line: line)
        }
        if let qr, let place = qrPlace {
            drawQR(qr, at: place, into: &buffer)
        } else if let qr {
            let below = row + 1
            if below + qr.rows - 1 <= bottom, qr.columns + 2 <= w {
                drawQR(qr, at: (below, 1), into: &buffer)
            } else {
                qrNote = "QR code: enlarge the terminal to \(max(qr.columns + minText + 3, 40))×\(qr.rows + 6) to see it"
            }
        }
        if let qrNote, row + 1 <= bottom {
            row += 1
            line([Segment(qrNote, .muted)])
        }
    }

    static func statusBadge(_ state: AppState, _ link: PaymentLink) -> (text: String, role: StyleRole) {
        let expiresAt = Countdown.date(unixSeconds: link.expiredAt)
        switch link.status {
        case .completed?: return ("PAID", .success)
        case .canceled?: return ("CANCELED", .error)
        case .expired?: return ("EXPIRED", .warning)
        case .other(let s)?: return (TerminalText.sanitize(s).uppercased(), .badge)
        case .active?, nil:
            if let expiresAt, expiresAt <= state.now { return ("EXPIRED", .warning) }
            return ("ACTIVE", .badge)
        }
    }

    static func drawCountdown(_ state: AppState, _ link: PaymentLink, width: Int, compact: Bool, line: ([Segment], Int) -> Void) {
        let expiresAt = link.lifetime == 0 ? nil : Countdown.date(unixSeconds: link.expiredAt)
        let createdAt = Countdown.date(unixSeconds: link.createdAt)
        let text = Countdown.text(from: state.now, to: expiresAt)
        if link.status == .completed {
            line([Segment("Paid", .success)], 1)
            return
        }
        guard let expiresAt else {
            line([Segment("never expires", .muted)], 1)
            return
        }
        if expiresAt <= state.now {
            line([Segment("expired", .error), Segment("  at " + FormState.expiryText(expiresAt, now: state.now, timeZone: state.timeZone), .muted)], 1)
            return
        }
        let warning = Countdown.isWarning(createdAt: createdAt, expiresAt: expiresAt, now: state.now)
        line([Segment("expires in ", .muted), Segment(text, warning ? .warning : .title),
              Segment("  " + FormState.expiryText(expiresAt, now: state.now, timeZone: state.timeZone), .muted)], 1)
        if !compact, let fraction = Countdown.fraction(createdAt: createdAt, expiresAt: expiresAt, now: state.now) {
            let barWidth = max(4, min(40, width - 1))
            let filled = Int((fraction * Double(barWidth)).rounded(.up))
            let full = String(repeating: glyph(state, "█", "#"), count: filled)
            let empty = String(repeating: glyph(state, "░", "-"), count: barWidth - filled)
            line([Segment(full, warning ? .warning : .accent), Segment(empty, .border)], 1)
        }
    }

    static func drawQR(_ qr: QRMatrix, at place: (row: Int, col: Int), into buffer: inout ScreenBuffer) {
        for (i, text) in qr.halfBlockRows.enumerated() {
            buffer.put(text, row: place.row + i, col: place.col, role: .qr)
        }
    }
}

extension String {
    /// Pads with spaces to `columns` display columns.
    func padding(to columns: Int) -> String {
        let w = TextWidth.of(self)
        return w >= columns ? self + " " : self + String(repeating: " ", count: columns - w)
    }
}
