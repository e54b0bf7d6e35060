import Foundation
import PaylinkCore
import PaylinkStore

extension RefundProgram {
    /// One row of the pop-up: text, or one of the two fields.
    private enum Row {
        case text(String, StyleRole, required: Bool)
        case field(RefundFormState.Focus)
    }

    /// The pop-up: a bordered box over the screen, its area cleared; what does not fit a short terminal is left out,
    /// the fields and the question never. Pure.
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        guard let form = state.refund, !state.showingHelp else { return }
        let unicode = state.capabilities.unicode
        let width = min(state.width - 2, 64)
        let inner = width - 4
        var rows: [Row] = []
        let name = TerminalText.sanitize(form.name)
        rows.append(.text(TextWidth.truncate(state.text(.screen(.refundTitle(name.isEmpty ? form.linkID : name))), to: inner), .title, required: true))
        if let standing = form.standing {
            let paid = state.amount(minor: standing.paid, currency: standing.currency)
            let back = state.amount(minor: standing.refunded, currency: standing.currency)
            let left = state.amount(minor: standing.remaining, currency: standing.currency)
            let line = state.text(.screen(.refundStanding(paid: paid, back: back, left: left)))
            for (i, line) in TextWidth.wrap(line, columns: inner).enumerated() {
                rows.append(.text(line, .muted, required: i == 0))
            }
            let payer = TerminalText.sanitize(standing.payerName ?? standing.payerEmail ?? "")
            if !payer.isEmpty { rows.append(.text(TextWidth.truncate(state.text(.screen(.refundPayer(payer))), to: inner), .muted, required: false)) }
        } else if let failure = form.failure {
            for (i, line) in TextWidth.wrap(failure, columns: inner).enumerated() { rows.append(.text(line, .error, required: i == 0)) }
        } else {
            rows.append(.text(state.text(.screen(.readingPaid)), .muted, required: true))
        }
        rows.append(.text("", .text, required: false))
        let mark = unicode ? "✗ " : "x "
        let boxCol = 15
        for focus in [RefundFormState.Focus.amount, .reason] {
            rows.append(.field(focus))
            if let problem = form.problems[focus == .amount ? .amount : .reason] {
                rows.append(.text(String(repeating: " ", count: boxCol) + TextWidth.truncate(mark + problem, to: inner - boxCol), .error, required: false))
            }
        }
        rows.append(.text("", .text, required: false))
        if form.confirming, let question = RefundProgram.question(form) {
            for line in TextWidth.wrap(question + " y/N", columns: inner) { rows.append(.text(line, .warning, required: true)) }
        } else if form.sending {
            rows.append(.text(state.text(.screen(.refunding)), .accent, required: true))
        } else {
            for line in TextWidth.wrap(state.text(.screen(.refundKeys)), columns: inner) { rows.append(.text(line, .muted, required: false)) }
        }
        // Rows 2 … height−3 are free; the border takes two of them.
        let room = max(0, state.height - 6)
        while rows.count > room, let drop = rows.lastIndex(where: { if case .text(_, _, false) = $0 { true } else { false } }) {
            rows.remove(at: drop)
        }
        let height = min(rows.count, room) + 2
        let top = max(2, 2 + (state.height - 4 - height) / 2)
        let left = max(0, (state.width - width) / 2)
        let h = unicode ? "─" : "-", v = unicode ? "│" : "|"
        let corners = unicode ? ["┌", "┐", "└", "┘"] : ["+", "+", "+", "+"]
        let bottom = top + height - 1
        for row in top...bottom { buffer.fill(row: row, col: left, count: width, role: .surface) }
        buffer.put(corners[0] + String(repeating: h, count: width - 2) + corners[1], row: top, col: left, role: .border)
        buffer.put(corners[2] + String(repeating: h, count: width - 2) + corners[3], row: bottom, col: left, role: .border)
        for row in (top + 1)..<bottom {
            buffer.put(v, row: row, col: left, role: .border)
            buffer.put(v, row: row, col: left + width - 1, role: .border)
        }
        let code = form.standing?.currency ?? ""
        for (i, item) in rows.enumerated() where top + 1 + i < bottom {
            let row = top + 1 + i
            switch item {
            case .text(let text, let role, _):
                buffer.put(text, row: row, col: left + 2, role: role, limit: inner)
            case .field(let focus):
                let focused = form.focus == focus
                let input = focus == .amount ? form.amount : form.reason
                let label = focus == .amount ? state.text(.label(.amount)) + " " + code : state.text(.screen(.refundReason))
                buffer.put(TextWidth.truncate(label, to: boxCol - 1), row: row, col: left + 2, role: focused ? .accent : .text)
                let role: StyleRole = focused && !form.confirming ? .focus : .input
                let boxWidth = inner - boxCol
                buffer.fill(row: row, col: left + 2 + boxCol, count: boxWidth, role: role)
                let visible = input.visible(columns: boxWidth)
                buffer.put(visible.text, row: row, col: left + 2 + boxCol, role: role, limit: boxWidth)
                if focused, !form.confirming, !form.sending { buffer.cursor = (row, left + 2 + boxCol + visible.cursorColumn) }
            }
        }
    }
}
