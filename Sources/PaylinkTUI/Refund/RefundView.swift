import Foundation
import PaylinkCore
import PaylinkStore

extension RefundProgram {
    /// The pop-up: a bordered box over the screen, its area cleared; pure.
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        guard let form = state.refund, !state.showingHelp else { return }
        let unicode = state.capabilities.unicode
        let width = min(state.width - 2, 64)
        let inner = width - 4
        var lines: [(String, StyleRole)] = []
        let name = TerminalText.sanitize(form.name)
        lines.append((TextWidth.truncate("Refund · " + (name.isEmpty ? form.linkID : name), to: inner), .title))
        if let standing = form.standing {
            let paid = Money.display(minor: standing.paid, currency: standing.currency)
            let back = Money.format(minor: standing.refunded, currency: standing.currency)
            let left = Money.display(minor: standing.remaining, currency: standing.currency)
            for line in TextWidth.wrap("Paid \(paid) · refunded \(back) · \(left) remains", columns: inner) {
                lines.append((line, .muted))
            }
            let payer = TerminalText.sanitize(standing.payerName ?? standing.payerEmail ?? "")
            if !payer.isEmpty { lines.append((TextWidth.truncate("Payer " + payer, to: inner), .muted)) }
        } else if let failure = form.failure {
            for line in TextWidth.wrap(failure, columns: inner) { lines.append((line, .error)) }
        } else {
            lines.append(("reading what was paid…", .muted))
        }
        let fieldRows = lines.count + 1
        lines.append(("", .text))
        lines.append(("", .text))
        let problemRowAmount = lines.count
        lines.append(("", .text))
        lines.append(("", .text))
        lines.append(("", .text))
        if form.confirming, let question = RefundProgram.question(form) {
            for line in TextWidth.wrap(question + " y/N", columns: inner) { lines.append((line, .warning)) }
        } else if form.sending {
            lines.append(("refunding…", .accent))
        } else {
            lines.append(("enter refund · tab next field · esc close", .muted))
        }
        let height = lines.count + 2
        let top = max(2, (state.height - height) / 2)
        let left = max(0, (state.width - width) / 2)
        let h = unicode ? "─" : "-", v = unicode ? "│" : "|"
        let corners = unicode ? ["┌", "┐", "└", "┘"] : ["+", "+", "+", "+"]
        for row in top..<min(state.height - 2, top + height) { buffer.fill(row: row, col: left, count: width, role: .surface) }
        buffer.put(corners[0] + String(repeating: h, count: width - 2) + corners[1], row: top, col: left, role: .border)
        let bottom = min(state.height - 3, top + height - 1)
        buffer.put(corners[2] + String(repeating: h, count: width - 2) + corners[3], row: bottom, col: left, role: .border)
        for row in (top + 1)..<bottom {
            buffer.put(v, row: row, col: left, role: .border)
            buffer.put(v, row: row, col: left + width - 1, role: .border)
        }
        for (i, line) in lines.enumerated() where top + 1 + i < bottom {
            buffer.put(line.0, row: top + 1 + i, col: left + 2, role: line.1, limit: inner)
        }
        let labelWidth = 15
        func field(_ label: String, _ input: TextInput, focused: Bool, row: Int, problem: String?) {
            guard row < bottom else { return }
            buffer.put(label, row: row, col: left + 2, role: focused ? .accent : .text)
            let boxCol = left + 2 + labelWidth
            let boxWidth = inner - labelWidth
            buffer.fill(row: row, col: boxCol, count: boxWidth, role: .input)
            let visible = TextWidth.truncate(input.text, to: boxWidth - 1)
            buffer.put(visible, row: row, col: boxCol, role: .input, limit: boxWidth)
            if focused, !form.confirming {
                buffer.cursor = (row, boxCol + min(boxWidth - 1, TextWidth.of(input.chars.prefix(input.cursor))))
            }
            if let problem, row + 1 < bottom {
                let mark = unicode ? "✗ " : "x "
                buffer.put(TextWidth.truncate(mark + problem, to: boxWidth), row: row + 1, col: boxCol, role: .error)
            }
        }
        let code = form.standing?.currency ?? ""
        let amountRow = top + 1 + fieldRows
        field("Amount " + code, form.amount, focused: form.focus == .amount, row: amountRow, problem: form.problems[.amount])
        field("Reason", form.reason, focused: form.focus == .reason, row: top + 1 + problemRowAmount + 1, problem: form.problems[.reason])
    }
}
