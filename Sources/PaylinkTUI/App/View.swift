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
                    state.batch, unicode: state.capabilities.unicode, into: &buffer, top: 2, bottom: state.height - 3)
            case .result, .qr: drawResult(state, into: &buffer)
            case .takings: TakingsProgram.draw(state, into: &buffer, top: 2, bottom: state.height - 3)
            case .history:
                HistoryProgram.draw(
                    state.history, now: state.now, timeZone: state.timeZone, unicode: state.capabilities.unicode,
                    into: &buffer, top: 2, bottom: state.height - 3)
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
        case .history: state.history.shownBatch.map { "history · batch " + TerminalText.sanitize($0) } ?? "history"
        case .form: state.form.editing == nil ? "new payment link" : "change payment link"
        case .qr: "QR code"
        case .batch: "batch"
        case .takings: "takings"
        }
        let title = state.showingHelp ? "keys" : screenTitle
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
            let help = state.form.editing != nil && state.screen == .form ? editHelp(binding) : binding.help
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

}

extension String {
    /// Pads with spaces to `columns` display columns.
    func padding(to columns: Int) -> String {
        let w = TextWidth.of(self)
        return w >= columns ? self + " " : self + String(repeating: " ", count: columns - w)
    }
}
