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
        if state.screen == .qr, !state.showingHelp {
            drawQRView(state, into: &buffer)
            return buffer
        }
        drawHeader(state, into: &buffer)
        if state.showingHelp {
            drawHelp(state, into: &buffer)
        } else {
            switch state.screen {
            case .form: drawForm(state, into: &buffer)
            case .batch:
                BatchProgram.draw(
                    state.batch, unicode: state.capabilities.unicode, language: state.language, into: &buffer, top: 2,
                    bottom: state.height - 3)
            case .result, .qr: drawResult(state, into: &buffer)
            case .takings: TakingsProgram.draw(state, into: &buffer, top: 2, bottom: state.height - 3)
            case .history:
                HistoryProgram.draw(
                    state.history, now: state.now, timeZone: state.timeZone, unicode: state.capabilities.unicode,
                    language: state.language, into: &buffer, top: 2, bottom: state.height - 3)
            }
        }
        RefundProgram.draw(state, into: &buffer)
        drawProfileChoice(state, into: &buffer)
        drawNotice(state, into: &buffer)
        drawSyncLine(state, into: &buffer)
        drawKeyBar(state, into: &buffer)
        return buffer
    }

    static func glyph(_ state: AppState, _ unicode: String, _ ascii: String) -> String {
        state.capabilities.unicode ? unicode : ascii
    }

    // MARK: Frame

    static func drawTooSmall(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lines = [
            state.text(.tooSmallNeed(width: AppState.minimumWidth, height: AppState.minimumHeight)),
            state.text(.tooSmallNow(width: state.width, height: state.height)),
            state.text(.ui(.tooSmallHint)),
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
        case .result: state.text(.ui(.titlePaymentLink))
        case .history: state.history.shownBatch.map { state.text(.historyBatchTitle(TerminalText.sanitize($0))) }
            ?? state.text(.ui(.titleHistory))
        case .form: state.text(.ui(state.form.editing == nil ? .titleNewLink : .titleChangeLink))
        case .qr: state.text(.ui(.titleQR))
        case .batch: state.text(.ui(.titleBatch))
        case .takings: state.text(.ui(.titleTakings))
        }
        let title = state.showingHelp ? state.text(.ui(.titleKeys)) + " · " + screenTitle : screenTitle
        var x = buffer.put(" paylink ", row: 0, col: 0, role: .title)
        x += buffer.put(glyph(state, "· ", "- ") + title, row: 0, col: x, role: .muted)
        var right: [Segment] = []
        if state.isSandbox { right.append(Segment(" SANDBOX ", .sandbox)) }
        if state.isLive { right.append(Segment(" LIVE ", .live)) }
        let profile = TerminalText.sanitize(state.profileName)
        if !profile.isEmpty { right.append(Segment(" " + profile + " ", .muted)) }
        let rightWidth = right.reduce(0) { $0 + TextWidth.of($1.text) }
        var rx = w - rightWidth
        if rx > x {
            for seg in right { rx += buffer.put(seg.text, row: 0, col: rx, role: seg.role) }
        } else if state.isSandbox {
            buffer.put(" SANDBOX ", row: 0, col: max(0, w - 9), role: .sandbox)
        } else if state.isLive {
            buffer.put(" LIVE ", row: 0, col: max(0, w - 6), role: .live)
        }
        buffer.fill(row: 1, count: w, role: .border, with: state.capabilities.unicode ? "─" : "-")
    }

    static func drawNotice(_ state: AppState, into buffer: inout ScreenBuffer) {
        let row = state.height - 2
        var notice = state.notice
        if state.screen == .form, state.form.sending, notice == nil { notice = Notice(.ui(.sending), in: state.language) }
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
        // A paid link can be refunded, not paid again; a link not paid cannot be refunded.
        if state.screen == .result || state.screen == .qr {
            hidden.insert(state.result?.link.status == .completed ? .simulatePayment : .refund)
        }
        if state.screen == .history, state.history.selectedRecord?.status != .completed { hidden.insert(.refund) }
        let editing = state.form.editing != nil && state.screen == .form
        let entries = state.keys.bar(for: state.keyContexts, hiding: hidden).compactMap { binding -> (KeyBinding, String)? in
            guard let key = binding.keys.first else { return nil }
            return (binding, key.label + " " + (editing ? editHelp(binding, state.language) : binding.help(in: state.language)))
        }
        // Help keeps its place; the screen's own keys fill the rest in order, then the other keys that work everywhere.
        let lasting = entries.filter { $0.0.action == .help }
        // Columns 1 to width-1, and the last entry needs no gap after it.
        var room = state.width + 1 - lasting.reduce(0) { $0 + TextWidth.of($1.1) + 2 }
        var shown: [(KeyBinding, String)] = []
        let screenFirst = entries.filter { $0.0.context != .global } + entries.filter { $0.0.context == .global && $0.0.action != .help }
        // Once one of the screen's keys had no room, no key that works everywhere (quit) takes its place.
        var screenKeyLeftOut = false
        for entry in screenFirst where entry.0.context != .global || !screenKeyLeftOut {
            let need = TextWidth.of(entry.1) + 2
            if need <= room {
                shown.append(entry)
                room -= need
            } else if entry.0.context != .global {
                screenKeyLeftOut = true
            }
        }
        var x = 1
        for (binding, text) in shown + lasting {
            guard x + TextWidth.of(text) <= state.width, let key = binding.keys.first else { break }
            let label = key.label
            x += buffer.put(label, row: row, col: x, role: .key)
            x += buffer.put(String(text.dropFirst(label.count)) + "  ", row: row, col: x, role: .muted, limit: max(0, state.width - x))
        }
    }

    // MARK: Help

    /// The help screen's lines: the keys of the screen underneath first, then those that work everywhere,
    /// then every other screen's.
    static func helpLines(_ state: AppState) -> [[Segment]] {
        var lines: [[Segment]] = []
        var underneath = state
        underneath.showingHelp = false
        // The screen's own keys, then those of any screen where no field has focus, then those of every screen.
        let current = underneath.keyContexts.filter { $0 != .global && $0 != .browse }
            + underneath.keyContexts.filter { $0 == .browse } + [.global]
        let others = KeyContext.allCases.filter { !current.contains($0) && $0 != .help }
        func section(_ context: KeyContext, indent: String) {
            let rows = state.keys.bindings.filter { $0.context == context && !(($0.action == .simulatePayment) && !state.isSandbox) }
            guard !rows.isEmpty else { return }
            lines.append([Segment(indent + context.title(in: state.language), .accent)])
            for b in rows {
                let keys = b.keys.map(\.label).joined(separator: " ")
                let lead = indent + "  " + keys.padding(to: 14)
                // A help text longer than the room beside the keys goes on under itself, never cut.
                let room = max(8, state.width - 2 - TextWidth.of(lead))
                for (i, part) in TextWidth.wrap(b.help(in: state.language), columns: room).enumerated() {
                    lines.append([Segment(i == 0 ? lead : String(repeating: " ", count: TextWidth.of(lead)), .key), Segment(part, .text)])
                }
            }
        }
        for context in current { section(context, indent: "") }
        lines.append([])
        lines.append([Segment(state.text(.ui(.otherScreens)), .title)])
        for context in others { section(context, indent: "") }
        section(.help, indent: "")
        return lines
    }

    /// Rows the help text gets; the last one tells what is above and below when it does not all fit.
    static func helpBodyRows(_ state: AppState) -> Int { max(1, state.height - 4) }

    /// The furthest the help can scroll: its last line at the bottom, above the line that says where it is.
    static func helpScrollLimit(_ state: AppState) -> Int {
        let total = helpLines(state).count
        let rows = helpBodyRows(state)
        return total <= rows ? 0 : total - (rows - 1)
    }

    static func drawHelp(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lines = helpLines(state)
        let top = 2
        let rows = helpBodyRows(state)
        let fits = lines.count <= rows
        let first = fits ? 0 : min(max(0, state.helpScroll), helpScrollLimit(state))
        var page = Array(lines.dropFirst(first).prefix(fits ? rows : rows - 1))
        // A section's title goes to the next page rather than stand alone at the foot of this one.
        while !fits, first + page.count < lines.count, page.count > 1, (page.last?.count ?? 0) <= 1 { page.removeLast() }
        let shown = page.count
        for (i, line) in page.enumerated() {
            var x = 1
            for seg in line {
                x += buffer.put(seg.text, row: top + i, col: x, role: seg.role, limit: max(0, state.width - x - 1))
            }
        }
        guard !fits else { return }
        let last = min(lines.count, first + shown)
        var where_ = state.text(.helpLines(first: first + 1, last: last, total: lines.count))
        if last < lines.count { where_ += "  " + glyph(state, state.text(.ui(.helpMoreBelow)), "more below: pgdn") }
        if first > 0 { where_ += "  " + glyph(state, state.text(.ui(.helpMoreAbove)), "pgup") }
        buffer.put(" " + where_, row: top + rows - 1, col: 0, role: .muted, limit: state.width - 1)
    }

}

extension String {
    /// Pads with spaces to `columns` display columns.
    func padding(to columns: Int) -> String {
        let w = TextWidth.of(self)
        return w >= columns ? self + " " : self + String(repeating: " ", count: columns - w)
    }
}
