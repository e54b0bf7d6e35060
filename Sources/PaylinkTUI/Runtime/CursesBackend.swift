import PaylinkCore
import CNcursesw
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Why the screen could not be opened.
public struct TerminalStartError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// The only code that calls curses: turns `get_wch` into messages and copies frames to the screen.
final class CursesBackend {
    private var screen: OpaquePointer?
    private var previous: ScreenBuffer?
    private var pairs: [StyleRole: Int16] = [:]
    private var attributes: [StyleRole: attr_t] = [:]
    private(set) var capabilities = TerminalCapabilities(colours: 0, unicode: false)
    private var pasteBuffer: String?
    private var pasteStart = "\u{1B}[200~"
    private var pasteEnd = "\u{1B}[201~"
    private var pasteOn = "\u{1B}[?2004h"
    private var pasteOff = "\u{1B}[?2004l"
    private var clipboardCap: String?
    private var cursorVisible: Int32 = -1
    /// Whether link runs are sent as OSC 8 hyperlinks, and the ones the terminal holds now.
    private var hyperlinksOn = false
    private var shownLinks: [Hyperlink] = []
    /// Escape sequences the terminfo entry does not name, decoded or dropped before they reach a field.
    private var sequences = KeySequenceDecoder()
    /// Bytes written to the terminal since start, counted for the performance note.
    private(set) var frames = 0

    static let pasteStartCode: Int32 = 0x7F01
    static let pasteEndCode: Int32 = 0x7F02

    /// Opens the screen on stdin/stdout for terminal type `term`.
    func start(term: String?, theme: Theme, colour: Bool, hyperlinks: Bool = false, language: UILanguage = .en) throws {
        hyperlinksOn = hyperlinks
        // A locale named but not installed (lt_LT.UTF-8 on a bare machine) still gets wide characters drawn.
        if setlocale(LC_ALL, "") == nil { setlocale(LC_ALL, "C.UTF-8") }
        TerminalGuard.arm()
        TerminalGuard.routeSignals()
        let opened: OpaquePointer? = term.map { pl_newterm($0) } ?? pl_newterm(nil)
        guard let opened else {
            TerminalGuard.unrouteSignals()
            throw TerminalStartError(description: language.text(.notice(.unknownTerminal(term ?? ""))))
        }
        screen = opened
        _ = set_term(opened)
        TerminalGuard.cursesActive = true
        raw()
        noecho()
        nonl()
        keypad(pl_stdscr(), true)
        nodelay(pl_stdscr(), true)
        set_escdelay(25)
        mousemask(0, nil)
        intrflush(pl_stdscr(), false)
        let unicode = pl_locale_is_utf8() != 0
        var colours = 0
        if colour, has_colors() {
            start_color()
            use_default_colors()
            colours = Int(pl_colors())
        }
        capabilities = TerminalCapabilities(colours: colours, unicode: unicode)
        apply(theme: theme)
        enableBracketedPaste()
        clipboardCap = pl_tigetstr("Ms").map { String(cString: $0) }
    }

    /// Closes the screen and puts the terminal back as it was.
    func stop() {
        guard screen != nil else { return }
        writeRaw(pasteOff)
        TerminalGuard.restore()
        TerminalGuard.unrouteSignals()
        if let screen { delscreen(screen) }
        screen = nil
    }

    private func enableBracketedPaste() {
        // Terminfo's BE/BD/PS/PE when the entry has them, else the xterm sequences every modern terminal knows.
        if let be = pl_tigetstr("BE") { pasteOn = String(cString: be) }
        if let bd = pl_tigetstr("BD") { pasteOff = String(cString: bd) }
        if let ps = pl_tigetstr("PS") { pasteStart = String(cString: ps) }
        if let pe = pl_tigetstr("PE") { pasteEnd = String(cString: pe) }
        define_key(pasteStart, CursesBackend.pasteStartCode)
        define_key(pasteEnd, CursesBackend.pasteEndCode)
        _ = pl_putp_flush(pasteOn)
    }

    /// Gives each role a colour pair and attributes.
    func apply(theme: Theme) {
        let colours = capabilities.colours
        for (i, role) in StyleRole.allCases.enumerated() {
            let style = colours > 0 ? theme.style(role) : (role == .qr ? RoleStyle() : theme.colourless.style(role))
            var attrs = pl_a_normal()
            if style.bold { attrs |= pl_a_bold() }
            if style.underline { attrs |= pl_a_underline() }
            if style.reverse { attrs |= pl_a_reverse() }
            if style.dim { attrs |= pl_a_dim() }
            attributes[role] = attrs
            if colours > 0 {
                let pair = Int16(i + 1)
                let limit = min(colours, 256)
                init_pair(pair, Int16(style.foreground.quantised(to: limit)), Int16(style.background.quantised(to: limit)))
                pairs[role] = pair
            } else {
                pairs[role] = 0
            }
        }
        previous = nil
    }

    /// The screen size curses knows now.
    var size: (width: Int, height: Int) { (Int(pl_cols()), Int(pl_lines())) }

    /// Asks the kernel for the size after SIGWINCH and tells curses.
    func resizeFromKernel() -> (width: Int, height: Int) {
        var rows: Int32 = 0
        var cols: Int32 = 0
        if pl_winsize(1, &rows, &cols) == 0 || pl_winsize(0, &rows, &cols) == 0, rows > 0, cols > 0 {
            resizeterm(rows, cols)
        }
        previous = nil
        return size
    }

    /// Every key and paste waiting in the input, as messages.
    func readInput() -> [Msg] {
        var msgs: [Msg] = []
        var ch: wint_t = 0
        while true {
            let r = get_wch(&ch)
            if r == pl_err() { break }
            if r == pl_key_code_yes() {
                let code = Int32(ch)
                if code == CursesBackend.pasteStartCode { pasteBuffer = ""; continue }
                if code == CursesBackend.pasteEndCode {
                    if let text = pasteBuffer { msgs.append(.paste(text)) }
                    pasteBuffer = nil
                    continue
                }
                if code == KEY_RESIZE {
                    previous = nil
                    msgs.append(.resize(width: size.width, height: size.height))
                    continue
                }
                if let key = CursesBackend.key(code: code) {
                    if pasteBuffer != nil { continue }
                    msgs.append(.key(key))
                }
                continue
            }
            guard let scalar = Unicode.Scalar(UInt32(ch)) else { continue }
            if pasteBuffer != nil {
                pasteBuffer?.unicodeScalars.append(scalar)
                continue
            }
            if let key = CursesBackend.key(scalar: scalar) { msgs.append(.key(key)) }
        }
        return CursesBackend.joinCombining(sequences.decode(msgs))
    }

    /// Combining marks typed as their own scalar join the character before them.
    static func joinCombining(_ msgs: [Msg]) -> [Msg] {
        var out: [Msg] = []
        for m in msgs {
            if case .key(.char(let c)) = m, case .key(.char(let prev))? = out.last,
                c.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .nonspacingMark }) {
                var joined = String(prev)
                joined.unicodeScalars.append(contentsOf: c.unicodeScalars)
                if joined.count == 1, let ch = joined.first { out[out.count - 1] = .key(.char(ch)); continue }
            }
            out.append(m)
        }
        return out
    }

    static func key(scalar: Unicode.Scalar) -> Key? {
        switch scalar.value {
        case 8, 127: return .backspace
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 1...26: return .ctrl(Character(Unicode.Scalar(scalar.value + 96)!))
        case 0, 28...31: return nil
        default: return .char(Character(scalar))
        }
    }

    static func key(code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        // What some terminfo entries call the VT220 keys and the keypad's corners.
        case KEY_FIND, KEY_A1: return .home
        case KEY_SELECT, KEY_C1: return .end
        case KEY_A3: return .pageUp
        case KEY_C3: return .pageDown
        default:
            for n in 1...12 where pl_key_f(Int32(n)) == code { return .function(n) }
            return nil
        }
    }

    /// Copies a frame to the screen: only rows' changed spans are written, then one doupdate; a frame the same as
    /// the one on screen writes nothing.
    func draw(_ buffer: ScreenBuffer) {
        let old = previous.flatMap { $0.width == buffer.width && $0.height == buffer.height ? $0 : nil }
        if old == nil { wclear(pl_stdscr()) }
        var linkRowsRepainted = false
        let linkRows = Set(buffer.hyperlinks.map(\.row))
        let width = buffer.width
        var changed = false
        for row in 0..<buffer.height {
            var first = -1
            var last = -1
            if let old {
                // Both rows are read in place: no cell is copied to be compared.
                old.cells.withUnsafeBufferPointer { before in
                    buffer.cells.withUnsafeBufferPointer { now in
                        for col in 0..<width where before[row * width + col] != now[row * width + col] {
                            if first < 0 { first = col }
                            last = col
                        }
                    }
                }
            } else {
                (first, last) = (0, width - 1)
            }
            guard first >= 0, last >= first else { continue }
            changed = true
            if linkRows.contains(row) { linkRowsRepainted = true }
            if buffer[row, first].width == 0, first > 0 { first -= 1 }
            if last + 1 < buffer.width, buffer[row, last + 1].width == 0 { last += 1 }
            // One small buffer for every cell's characters, and a role's style looked up once per run of it.
            withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: 5) { wide in
                var role: StyleRole?
                var attrs = pl_a_normal()
                var pair: Int16 = 0
                for col in first...last {
                    let cell = buffer[row, col]
                    guard cell.width > 0, let ch = cell.char else { continue }
                    if cell.role != role {
                        role = cell.role
                        attrs = attributes[cell.role] ?? pl_a_normal()
                        pair = pairs[cell.role] ?? 0
                    }
                    var count = 0
                    for scalar in ch.unicodeScalars.prefix(4) {
                        wide[count] = wchar_t(bitPattern: scalar.value)
                        count += 1
                    }
                    wide[count] = 0
                    _ = pl_put_cell(Int32(row), Int32(col), wide.baseAddress, attrs, pair)
                }
            }
        }
        if !changed, let old, old.cursor?.row == buffer.cursor?.row, old.cursor?.col == buffer.cursor?.col,
           buffer.hyperlinks == shownLinks {
            return
        }
        if let cursor = buffer.cursor {
            setCursor(1)
            wmove(pl_stdscr(), Int32(cursor.row), Int32(cursor.col))
        } else {
            setCursor(0)
        }
        wnoutrefresh(pl_stdscr())
        doupdate()
        if hyperlinksOn, !buffer.hyperlinks.isEmpty, linkRowsRepainted || old == nil || buffer.hyperlinks != shownLinks {
            markLinks(buffer.hyperlinks)
        }
        shownLinks = buffer.hyperlinks
        previous = buffer
        frames += 1
    }

    /// Has curses write the link rows again between an OSC 8 opening and its end, so the terminal
    /// ties those cells to the URL with the colours curses already chose. Rows of one URL go together.
    private func markLinks(_ links: [Hyperlink]) {
        var i = 0
        while i < links.count {
            var j = i
            while j + 1 < links.count, links[j + 1].url == links[i].url, links[j + 1].row == links[j].row + 1 { j += 1 }
            writeRaw("\u{1B}]8;;\(links[i].url)\u{1B}\\")
            wredrawln(pl_stdscr(), Int32(links[i].row), Int32(j - i + 1))
            wrefresh(pl_stdscr())
            writeRaw("\u{1B}]8;;\u{1B}\\")
            i = j + 1
        }
    }

    private func setCursor(_ visibility: Int32) {
        if visibility != cursorVisible {
            curs_set(visibility)
            cursorVisible = visibility
        }
    }

    /// Sends OSC 52 (terminfo `Ms` when present) straight to the terminal, around curses' buffer.
    func copyToTerminalClipboard(_ text: String) {
        let encoded = Data(text.utf8).base64EncodedString()
        var sequence = "\u{1B}]52;c;\(encoded)\u{07}"
        if let cap = clipboardCap, let formatted = pl_tiparm_ss(cap, "c", encoded) {
            sequence = String(cString: formatted)
        }
        writeRaw(sequence)
    }

    private func writeRaw(_ s: String) {
        pl_write_flush(s)
    }

    /// Ctrl-Z: gives the terminal back, stops the process, and takes the screen again on resume.
    func suspend() {
        writeRaw(pasteOff)
        endwin()
        signal(SIGTSTP, SIG_DFL)
        kill(getpid(), SIGTSTP)
        // Execution continues here after `fg`.
        signal(SIGTSTP, SIG_IGN)
        _ = pl_putp_flush(pasteOn)
        previous = nil
        wrefresh(pl_stdscr())
    }

    /// After SIGCONT from outside: redraw everything.
    func forceRedraw() {
        previous = nil
        clearok(pl_stdscr(), true)
    }
}
