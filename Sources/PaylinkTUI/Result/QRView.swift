import Foundation
import PaylinkCore
import PayseraCheckout

extension TerminalProgram {
    /// Keys of the full-screen QR view: back to the link, or (sandbox) pay it.
    static func qrViewKey(_ state: inout AppState, _ action: Action?) -> [Effect] {
        switch action {
        case .back:
            state.screen = .result
            return []
        case .simulatePayment:
            return resultKey(&state, action)
        default:
            return []
        }
    }

    /// The QR code as large as the screen allows with one status line under it; once paid, a large PAID instead.
    static func drawQRView(_ state: AppState, into buffer: inout ScreenBuffer) {
        guard let result = state.result else { return }
        let w = state.width
        let h = state.height
        let space = h - 1
        var bottom = space
        if result.link.status == .completed {
            bottom = drawLargePaid(state, rows: space, into: &buffer)
        } else if state.capabilities.unicode, let drawing = result.codes.drawing(columns: w, rows: space) {
            let top = (space - drawing.rows) / 2
            let left = (w - drawing.columns) / 2
            drawing.draw(into: &buffer, row: top, col: left, colour: state.capabilities.colours >= 8)
            bottom = top + drawing.rows
        } else {
            let note: String
            if !state.capabilities.unicode {
                note = state.text(.ui(.qrNeedsUTF8))
            } else if let smallest = result.codes.smallest {
                note = state.text(.qrEnlarge(width: smallest.columns, height: smallest.rows + 1))
            } else {
                note = state.text(.ui(.qrNotMade))
            }
            let lines = TextWidth.hardWrap(note, columns: max(10, w - 2))
            for (i, line) in lines.enumerated() {
                buffer.put(line, row: space / 2 + i, col: max(0, (w - TextWidth.of(line)) / 2), role: .muted)
            }
        }
        drawQRStatusLine(state, result, row: min(bottom, h - 1), into: &buffer)
    }

    /// Badge, amount, name and countdown, then the way back at the right end.
    static func drawQRStatusLine(_ state: AppState, _ result: ResultState, row: Int, into buffer: inout ScreenBuffer) {
        let link = result.link
        let badge = statusBadge(state, link)
        let currency = result.draft.currency.trimmingCharacters(in: .whitespaces).uppercased()
        let amount = link.purchase.map { state.amount(minor: $0.amount.value, currency: currency) }
        let name = TerminalText.sanitize(link.name ?? result.draft.name)
        var countdown: String?
        if link.status != .completed {
            let expiresAt = link.lifetime == 0 ? nil : Countdown.date(unixSeconds: link.expiredAt)
            if let expiresAt, expiresAt > state.now {
                countdown = state.text(.ui(.expiresIn)) + " " + Countdown.text(from: state.now, to: expiresAt, language: state.language)
            } else if expiresAt == nil {
                countdown = state.text(.ui(.neverExpires))
            }
        }
        let hints = state.keys.bar(for: [.qr], hiding: state.isSandbox ? [] : [.simulatePayment])
            .compactMap { b in b.keys.first.map { $0.label + " " + b.help(in: state.language) } }.joined(separator: "  ")
        let hintWidth = TextWidth.of(hints)
        var x = buffer.put(" \(badge.text) ", row: row, col: 0, role: badge.role)
        let limit = state.width - x - (hintWidth + 2 <= state.width - x - 10 ? hintWidth + 2 : 0)
        // The amount and the countdown are what the customer needs; a long name gives way to them, cut with "…".
        let separator = glyph(state, " · ", " - ")
        let essential = [amount, countdown].compactMap { $0 }
        let room = limit - 1 - TextWidth.of(essential.joined(separator: separator)) - TextWidth.of(separator)
        let shownName = name.isEmpty || room < 4 ? nil : TextWidth.truncate(name, to: room)
        let parts = [amount, shownName, countdown].compactMap { $0 }
        x += buffer.put(" " + parts.joined(separator: separator), row: row, col: x, role: .title, limit: limit)
        if state.width - x >= hintWidth + 2 {
            buffer.put(hints, row: row, col: state.width - hintWidth - 1, role: .muted)
        }
    }

    /// The language's word for paid in large block letters where there are letters for it (PAID), else a large ✓
    /// over the word, centred where the code was; returns the row under it.
    static func drawLargePaid(_ state: AppState, rows: Int, into buffer: inout ScreenBuffer) -> Int {
        let word = state.text(.ui(.badgePaid))
        let wide = state.width >= LargeLetters.width(of: word, scale: 2) + 2
        let lines = !state.capabilities.unicode ? [word.map(String.init).joined(separator: " ")]
            : word.allSatisfy({ LargeLetters.glyphs[$0] != nil }) ? LargeLetters.render(word, scale: wide ? 2 : 1)
            : BigFigures.checkMark + ["", word]
        let top = max(0, (rows - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            buffer.put(line, row: top + i, col: max(0, (state.width - TextWidth.of(line)) / 2), role: .success)
        }
        return rows
    }
}

extension QRDrawing {
    /// Draws the code with its top-left corner at (`row`, `col`): dark on light in the QR role, or inverted on a
    /// terminal without colours.
    func draw(into buffer: inout ScreenBuffer, row: Int, col: Int, colour: Bool) {
        for (i, text) in halfBlockRows.enumerated() {
            buffer.put(colour ? text : QRDrawing.lightOnTerminalText(text), row: row + i, col: col, role: colour ? .qr : .text)
        }
    }

    /// The same drawing with light and dark swapped, for a terminal without colours: light modules take the
    /// terminal's text colour, which is light on the usual dark background.
    static func lightOnTerminalText(_ row: String) -> String {
        String(row.map { c -> Character in
            switch c {
            case "█": return " "
            case " ": return "█"
            case "▀": return "▄"
            case "▄": return "▀"
            default: return c
            }
        })
    }
}

/// Block letters five rows tall, for the one word that must be read across a counter.
enum LargeLetters {
    static let glyphs: [Character: [String]] = [
        "P": ["####.", "#...#", "####.", "#....", "#...."],
        "A": [".###.", "#...#", "#####", "#...#", "#...#"],
        "I": ["#####", "..#..", "..#..", "..#..", "#####"],
        "D": ["####.", "#...#", "#...#", "#...#", "####."],
    ]

    static func width(of word: String, scale: Int) -> Int {
        word.count * 5 * scale + (word.count - 1) * scale
    }

    /// The word as rows of █, each dot `scale` columns wide.
    static func render(_ word: String, scale: Int) -> [String] {
        (0..<5).map { r in
            word.compactMap { glyphs[$0]?[r] }.map { row in
                String(row.flatMap { dot in Array(repeating: dot == "#" ? Character("█") : " ", count: scale) })
            }.joined(separator: String(repeating: " ", count: scale))
        }
    }
}
