import Foundation
import PaylinkCore
import PaylinkStore
import PayseraCheckout

extension TerminalProgram {
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
            qrNote = state.text(.ui(.qrNotMade))
        } else {
            qrNote = (state.capabilities.unicode ? qrViewHint(state, result) : nil) ?? state.text(.ui(.qrNeedsUTF8Colour))
        }
        var row = top
        func line(_ segments: [Segment], indent: Int = 1) {
            guard row <= bottom else { return }
            var x = indent
            for s in segments { x += buffer.put(s.text, row: row, col: x, role: s.role, limit: max(0, textWidth + 1 - x)) }
            row += 1
        }
        // Marked as a link so that a terminal which knows OSC 8 opens or copies it whole, however it wraps.
        let target = Hyperlink.target(TerminalText.sanitize(link.paymentURL))
        func urlLine(_ part: String) {
            if let target, row <= bottom {
                buffer.hyperlinks.append(Hyperlink(url: target, row: row, col: 1, width: min(TextWidth.of(part), textWidth)))
            }
            line([Segment(part, .accent)])
        }
        let name = TerminalText.sanitize(link.name ?? result.draft.name)
        let currency = result.draft.currency.trimmingCharacters(in: .whitespaces).uppercased()
        let amount = link.purchase.map { state.amount(minor: $0.amount.value, currency: currency) }
        let badge = statusBadge(state, link)
        let urlLines = TextWidth.hardWrap(TerminalText.sanitize(link.paymentURL), columns: max(10, textWidth))
        // The URL is never cut: on a short screen the other lines give way first.
        let full = 5 + urlLines.count + 5
        if full <= bottom - top + 1 {
            line([Segment(" \(badge.text) ", badge.role)])
            line([Segment(name, .title)])
            if let amount { line([Segment(amount, .text)]) }
            row += 1
            line([Segment(state.text(.ui(.paymentURL)), .muted)])
            for part in urlLines { urlLine(part) }
            row += 1
            drawCountdown(state, link, width: textWidth, compact: false, line: line)
            if row <= bottom { row += 1 }
            line([Segment(state.text(.linkID(TerminalText.sanitize(link.linkID))), .muted)])
            if let order = currentOrder(result) {
                if row <= bottom { row += 1 }
                for text in orderLines(order, linkID: link.linkID, language: state.language) {
                    for part in TextWidth.wrap(text, columns: max(10, textWidth)) { line([Segment(part, .muted)]) }
                }
            }
        } else {
            line([Segment(" \(badge.text) ", badge.role), Segment(" " + name + (amount.map { " · " + $0 } ?? ""), .title)])
            for part in urlLines { urlLine(part) }
            drawCountdown(state, link, width: textWidth, compact: true, line: line)
        }
        if let qr, let place = qrPlace {
            drawQR(qr, at: place, into: &buffer)
        } else if let qr {
            let below = row + 1
            if below + qr.rows - 1 <= bottom, qr.columns + 2 <= w {
                drawQR(qr, at: (below, 1), into: &buffer)
            } else {
                qrNote = qrViewHint(state, result)
                    ?? state.text(.qrEnlarge(width: max(qr.columns + minText + 3, 40), height: qr.rows + 6))
            }
        }
        if let qrNote, row + 1 <= bottom {
            row += 1
            // Wrapped, never cut: a longer language's note takes the rows it needs.
            for part in TextWidth.wrap(qrNote, columns: max(10, textWidth)) { line([Segment(part, .muted)]) }
        }
    }

    /// Points to the full-screen QR view when the code fits there.
    static func qrViewHint(_ state: AppState, _ result: ResultState) -> String? {
        guard result.codes.drawing(columns: state.width, rows: state.height - 1) != nil,
              let key = state.keys.bindings.first(where: { $0.action == .qrView })?.keys.first else { return nil }
        return state.text(.qrPressKey(key.label))
    }

    static func statusBadge(_ state: AppState, _ link: PaymentLink) -> (text: String, role: StyleRole) {
        let expiresAt = Countdown.date(unixSeconds: link.expiredAt)
        switch link.status {
        case .completed?:
            let refunded = state.result?.refunded ?? 0
            let currency = state.result?.draft.currency ?? ""
            switch RefundStanding(refunded: refunded, paid: link.purchase?.amount.value) {
            case .none: return (state.text(.ui(.badgePaid)), .success)
            case .fully: return (state.text(.ui(.badgeRefunded)), .warning)
            case .partly(let back, let paid):
                let format = { (minor: Int) in Money.format(minor: minor, currency: currency, language: state.language) }
                return (state.text(.partRefunded(back: format(back), paid: format(paid))), .warning)
            }
        case .canceled?: return (state.text(.ui(.badgeCanceled)), .error)
        case .expired?: return (state.text(.ui(.badgeExpired)), .warning)
        case .other(let s)?: return (TerminalText.sanitize(s).uppercased(), .badge)
        case .active?, nil:
            if let expiresAt, expiresAt <= state.now { return (state.text(.ui(.badgeExpired)), .warning) }
            return (state.text(.ui(.badgeActive)), .badge)
        }
    }

    static func drawCountdown(_ state: AppState, _ link: PaymentLink, width: Int, compact: Bool, line: ([Segment], Int) -> Void) {
        let expiresAt = link.lifetime == 0 ? nil : Countdown.date(unixSeconds: link.expiredAt)
        let createdAt = Countdown.date(unixSeconds: link.createdAt)
        let text = Countdown.text(from: state.now, to: expiresAt, language: state.language)
        if link.status == .completed {
            line([Segment(state.text(.ui(.paid)), .success)], 1)
            return
        }
        guard let expiresAt else {
            line([Segment(state.text(.ui(.neverExpires)), .muted)], 1)
            return
        }
        let when = FormState.expiryText(expiresAt, now: state.now, timeZone: state.timeZone, language: state.language)
        if expiresAt <= state.now {
            line([Segment(state.text(.ui(.expired)), .error), Segment("  " + state.text(.expiredOn(when)), .muted)], 1)
            return
        }
        let warning = Countdown.isWarning(createdAt: createdAt, expiresAt: expiresAt, now: state.now)
        line([Segment(state.text(.ui(.expiresIn)) + " ", .muted), Segment(text, warning ? .warning : .title),
              Segment("  " + when, .muted)], 1)
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
