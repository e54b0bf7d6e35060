import Foundation
import PaylinkCore
import PaylinkStore

/// One piece of the display's text column: a line, a blank, or figures three rows tall.
private enum DisplayLine {
    case text(String, StyleRole)
    case blank
    case big([String], StyleRole)

    var rows: Int {
        switch self {
        case .text, .blank: 1
        case .big(let lines, _): lines.count
        }
    }

    var width: Int {
        switch self {
        case .text(let text, _): TextWidth.of(text)
        case .blank: 0
        case .big(let lines, _): lines.map { TextWidth.of($0) }.max() ?? 0
        }
    }
}

extension DisplayProgram {
    /// The smallest screen the display draws on at all.
    public static let minimumWidth = 30
    public static let minimumHeight = 10
    /// Columns kept for the text beside the code.
    static let columnBeside = 18

    /// The frame the state draws now: pure, like the till's view.
    public static func view(_ state: DisplayState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        guard state.width >= minimumWidth, state.height >= minimumHeight else {
            drawTooSmall(state, words: state.shownLink.map(state.words(for:)) ?? CustomerWords(language: state.shopLanguage),
                         need: (minimumWidth, minimumHeight), into: &buffer)
            return buffer
        }
        switch state.phase {
        case .idle:
            drawIdle(state, into: &buffer)
        case .link(let link, _):
            drawLink(state, link, into: &buffer)
        case .paid(let link, _):
            drawPaid(state, link, into: &buffer)
        case .ended(let link, let how, _):
            let words = state.words(for: link)
            var lines = [DisplayLine.text(words[how == .expired ? .displayExpired : .displayCanceled], how == .expired ? .warning : .error)]
            if let amount = amount(link, words) { lines += [.blank, .text(amount.text, .muted)] }
            drawColumn(lines, in: (0, 0, state.width, state.height), into: &buffer)
        }
        return buffer
    }

    private static func drawIdle(_ state: DisplayState, into buffer: inout ScreenBuffer) {
        let words = CustomerWords(language: state.shopLanguage)
        var lines: [DisplayLine] = []
        if let shop = shopName(state) { lines += [.text(shop, .title), .blank] }
        lines.append(.text(words[.displayScanToPay], .muted))
        drawColumn(lines, in: (0, 0, state.width, state.height), into: &buffer)
    }

    /// The code as large as the screen allows, beside the text when that gives the larger code, else under it.
    private static func drawLink(_ state: DisplayState, _ link: CustomerLink, into buffer: inout ScreenBuffer) {
        let words = state.words(for: link)
        guard state.capabilities.unicode else {
            drawColumn(summary(state, link, words, big: false) + [.blank, .text(words[.displayNeedsUnicode], .warning)],
                       in: (0, 0, state.width, state.height), into: &buffer)
            return
        }
        guard let codes = state.codes else { return }
        let w = state.width
        let h = state.height
        let beside = codes.drawing(columns: w - columnBeside - 3, rows: h)
        let stacked = codes.drawing(columns: w, rows: h - 3)
        let colour = state.capabilities.colours >= 8
        if let drawing = beside, drawing.columns >= (stacked?.columns ?? 0) {
            let left = 1
            drawing.draw(into: &buffer, row: (h - drawing.rows) / 2, col: left, colour: colour)
            let x = left + drawing.columns + 2
            let width = w - x - 1
            var lines = summary(state, link, words, big: true)
            // Text wraps in the column; only figures that cannot fit give way to the amount in letters.
            if lines.contains(where: { if case .big = $0 { $0.width > width } else { false } }) {
                lines = summary(state, link, words, big: false)
            }
            drawColumn(lines, in: (x, 0, width, h), into: &buffer)
        } else if let drawing = stacked {
            let top = 3 + (h - 3 - drawing.rows) / 2
            let heading = [
                [shopName(state), amount(link, words)?.text].compactMap { $0 }.joined(separator: " · "),
                [words[.displayScanToPay], validity(state, link, words)?.text].compactMap { $0 }.joined(separator: " · "),
            ]
            for (i, text) in heading.enumerated() {
                let shown = TextWidth.truncate(text, to: w - 2)
                buffer.put(shown, row: i, col: max(0, (w - TextWidth.of(shown)) / 2), role: i == 0 ? .title : .text)
            }
            drawing.draw(into: &buffer, row: top, col: (w - drawing.columns) / 2, colour: colour)
        } else if let smallest = codes.smallest {
            drawTooSmall(state, words: words, need: (smallest.columns + columnBeside + 3, max(minimumHeight, smallest.rows)),
                         into: &buffer)
        }
    }

    /// Shop, amount, what to do and how long the link is good for.
    private static func summary(_ state: DisplayState, _ link: CustomerLink, _ words: CustomerWords, big: Bool) -> [DisplayLine] {
        var lines: [DisplayLine] = []
        if let shop = shopName(state) { lines += [.text(shop, .title), .blank] }
        if let amount = amount(link, words) {
            lines.append(.text(words[.displayToPay], .muted))
            if big, let figures = bigFigures(amount) { lines.append(.big(figures, .title)) } else { lines.append(.text(amount.text, .title)) }
            lines.append(.blank)
        }
        lines.append(.text(words[.displayScanToPay], .text))
        if let validity = validity(state, link, words) { lines.append(.text(validity.text, validity.role)) }
        return lines
    }

    private static func drawPaid(_ state: DisplayState, _ link: CustomerLink, into buffer: inout ScreenBuffer) {
        let words = state.words(for: link)
        let mark = state.capabilities.unicode ? "✓ " : ""
        var lines: [DisplayLine] = []
        if state.capabilities.unicode, state.height >= 16 { lines += [.big(BigFigures.checkMark, .success), .blank] }
        lines.append(.text(mark + words[.displayPaid], .success))
        if let amount = amount(link, words) {
            lines.append(.blank)
            if state.capabilities.unicode, let figures = bigFigures(amount), (figures.first.map(TextWidth.of) ?? 0) < state.width - 2 {
                lines.append(.big(figures, .title))
            } else {
                lines.append(.text(amount.text, .title))
            }
        }
        lines += [.blank, .text(words[.displayThankYou], .text)]
        drawColumn(lines, in: (0, 0, state.width, state.height), into: &buffer)
    }


    private static func drawTooSmall(_ state: DisplayState, words: CustomerWords, need: (Int, Int), into buffer: inout ScreenBuffer) {
        let lines = TextWidth.wrap(words.tooSmall(columns: need.0, rows: need.1), columns: max(1, state.width))
        drawColumn(lines.map { .text($0, .warning) }, in: (0, 0, state.width, state.height), into: &buffer)
    }

    static func amount(_ link: CustomerLink, _ words: CustomerWords) -> ShownAmount? {
        link.amount.map { Money.shown(minor: $0, currency: link.currency, language: words.language) }
    }

    /// The amount in figures three rows tall, the symbol drawn in them when there is a glyph for it.
    private static func bigFigures(_ amount: ShownAmount) -> [String]? {
        if let rows = BigFigures.rows(amount.text) { return rows }
        guard var rows = BigFigures.rows(amount.number) else { return nil }
        // A symbol without a glyph ("zł", "USD") is written on the figures' bottom row.
        let pad = String(repeating: " ", count: TextWidth.of(amount.symbol) + 1)
        if amount.symbolFirst {
            rows = rows.indices.map { $0 == 2 ? amount.symbol + " " + rows[$0] : pad + rows[$0] }
        } else {
            rows = rows.indices.map { $0 == 2 ? rows[$0] + " " + amount.symbol : rows[$0] + pad }
        }
        return rows
    }

    /// "Valid for 14:59" within a day, "Valid until 5 Dec 14:30" beyond; nothing for a link that never expires.
    private static func validity(_ state: DisplayState, _ link: CustomerLink, _ words: CustomerWords) -> (text: String, role: StyleRole)? {
        guard let expiresAt = link.expiresAt else { return nil }
        let warning = Countdown.isWarning(createdAt: link.createdAt, expiresAt: expiresAt, now: state.now)
        if expiresAt.timeIntervalSince(state.now) < 86_400 {
            return (words[.displayValidFor] + " " + Countdown.text(from: state.now, to: expiresAt), warning ? .warning : .muted)
        }
        let until = words.language.dateTime(expiresAt, now: state.now, timeZone: state.timeZone, weekday: false)
        return (words[.displayValidUntil] + " " + until, .muted)
    }

    private static func shopName(_ state: DisplayState) -> String? {
        state.shopName.map { TerminalText.sanitize($0) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Lines centred in a box, wrapped at its width, the whole block centred from top to bottom.
    private static func drawColumn(_ lines: [DisplayLine], in box: (x: Int, y: Int, width: Int, height: Int), into buffer: inout ScreenBuffer) {
        var kept = lines.flatMap { line -> [DisplayLine] in
            guard case .text(let text, let role) = line else { return [line] }
            return TextWidth.wrap(text, columns: max(1, box.width)).map { .text($0, role) }
        }
        while kept.reduce(0, { $0 + $1.rows }) > box.height, let blank = kept.lastIndex(where: { if case .blank = $0 { true } else { false } }) {
            kept.remove(at: blank)
        }
        var row = box.y + max(0, (box.height - kept.reduce(0) { $0 + $1.rows }) / 2)
        for line in kept {
            switch line {
            case .blank:
                break
            case .text(let text, let role):
                let shown = TextWidth.truncate(text, to: box.width)
                buffer.put(shown, row: row, col: box.x + max(0, (box.width - TextWidth.of(shown)) / 2), role: role, limit: box.width)
            case .big(let rows, let role):
                let col = box.x + max(0, (box.width - line.width) / 2)
                for (i, text) in rows.enumerated() { buffer.put(text, row: row + i, col: col, role: role, limit: box.width) }
            }
            row += line.rows
        }
    }
}
