import PaylinkCore

/// A semantic style of a cell; themes give each role its colours and attributes.
public enum StyleRole: String, CaseIterable, Sendable, Hashable, Codable {
    case text, muted, accent, focus, input, error, warning, success, border, badge, surface, sandbox
    case title, selection, key, qr
    /// The LIVE badge: the warning style reversed unless a theme sets it.
    case live
}

/// One screen cell: the grapheme drawn there, the columns it takes, and its style role.
public struct Cell: Sendable, Hashable {
    /// The grapheme; empty for the right half of a wide character.
    public var char: Character?
    /// 1 or 2 for a drawn grapheme, 0 for the right half of a wide one.
    public var width: UInt8
    public var role: StyleRole

    public static func blank(_ role: StyleRole = .text) -> Cell { Cell(char: " ", width: 1, role: role) }
}

/// A frame: a grid of cells plus where the cursor goes; views draw into it, backends copy it out.
public struct ScreenBuffer: Sendable, Hashable, CustomStringConvertible {
    public var description: String { text }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Row and column of the text cursor, nil when it is hidden.
    public var cursor: (row: Int, col: Int)? {
        get { cursorRow.map { ($0, cursorCol) } }
        set { cursorRow = newValue?.row; cursorCol = newValue?.col ?? 0 }
    }
    private var cursorRow: Int?
    private var cursorCol = 0
    /// Runs of cells that link to a URL; a backend that can marks them as links (OSC 8).
    public var hyperlinks: [Hyperlink] = []

    public init(width: Int, height: Int, role: StyleRole = .text) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(role), count: self.width * self.height)
    }

    public subscript(row: Int, col: Int) -> Cell {
        cells[row * width + col]
    }

    /// Writes text from (row, col), clipped at `limit` columns (default: the right edge); returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, row: Int, col: Int, role: StyleRole, limit: Int? = nil) -> Int {
        guard row >= 0, row < height, col < width else { return 0 }
        let end = min(width, col + (limit ?? width))
        var x = col
        // Printable ASCII, most of what is drawn, is one column a byte: no grapheme to find, no width to look up.
        if TerminalText.isPrintableASCII(text) {
            for byte in text.utf8 {
                if x + 1 > end { break }
                if x >= 0 { place(Character(Unicode.Scalar(byte)), width: 1, row: row, col: x, role: role) }
                x += 1
            }
            return x - col
        }
        for ch in text {
            let w = TextWidth.of(ch)
            if w == 0 { continue }
            if x + w > end { break }
            if x >= 0 { place(ch, width: w, row: row, col: x, role: role) }
            x += w
        }
        return x - col
    }

    /// Paints a run of a one-column character (blanks unless told) in a role.
    public mutating func fill(row: Int, col: Int = 0, count: Int? = nil, role: StyleRole, with character: Character = " ") {
        guard row >= 0, row < height else { return }
        let end = min(width, col + (count ?? width))
        var x = max(0, col)
        while x < end {
            place(character, width: 1, row: row, col: x, role: role)
            x += 1
        }
    }

    private mutating func place(_ ch: Character, width w: Int, row: Int, col: Int, role: StyleRole) {
        let base = row * width
        // Overwriting half of a wide character blanks its other half.
        if cells[base + col].width == 0, col > 0 { cells[base + col - 1] = .blank(cells[base + col - 1].role) }
        if cells[base + col].width == 2, col + 1 < width { cells[base + col + 1] = .blank(cells[base + col + 1].role) }
        cells[base + col] = Cell(char: ch, width: UInt8(w), role: role)
        if w == 2, col + 1 < width {
            if cells[base + col + 1].width == 2, col + 2 < width { cells[base + col + 2] = .blank(cells[base + col + 2].role) }
            cells[base + col + 1] = Cell(char: nil, width: 0, role: role)
        }
    }

    /// The text of one row, trailing spaces kept.
    public func line(_ row: Int) -> String {
        var s = ""
        for col in 0..<width {
            if let ch = self[row, col].char { s.append(ch) }
        }
        return s
    }

    /// Every row with trailing spaces removed: what a person reads, for tests and golden files.
    public var text: String {
        (0..<height).map { line($0).replacingTrailingSpaces() }.joined(separator: "\n")
    }

    /// The style role of every cell as one letter per column, for tests that check colour roles.
    public func roles(_ row: Int) -> [StyleRole] { (0..<width).map { self[row, $0].role } }

    public static func == (a: ScreenBuffer, b: ScreenBuffer) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells && a.cursorRow == b.cursorRow
            && a.cursorCol == b.cursorCol
    }
    public func hash(into h: inout Hasher) { h.combine(cells) }
}

extension String {
    func replacingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

/// Column widths of graphemes as a terminal draws them.
enum TextWidth {
    /// Columns of one grapheme, as PaylinkCore counts them.
    static func of(_ ch: Character) -> Int { TerminalText.displayWidth(of: ch) }

    static func of(_ s: String) -> Int { TerminalText.displayWidth(s) }
    static func of<S: Sequence>(_ s: S) -> Int where S.Element == Character { s.reduce(0) { $0 + of($1) } }

    /// Cuts text to at most `columns`, ending with "…" when something was cut.
    static func truncate(_ s: String, to columns: Int) -> String { TerminalText.truncated(s, toWidth: columns) }

    /// Cuts text to at most `columns` from the front, starting with "…": for paths, whose end names the file.
    static func keepingEnd(_ s: String, to columns: Int) -> String {
        guard columns > 0, of(s) > columns else { return columns > 0 ? s : "" }
        var tail = ""
        var used = 1
        for ch in s.reversed() {
            if used + of(ch) > columns { break }
            tail.insert(ch, at: tail.startIndex)
            used += of(ch)
        }
        return "…" + tail
    }

    /// Breaks text into lines of at most `columns`, at spaces when it can, mid-word when it must.
    static func wrap(_ s: String, columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        var lines: [String] = []
        for paragraph in s.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                let w = of(String(word))
                if used > 0 && used + 1 + w <= columns {
                    line += " " + word
                    used += 1 + w
                    continue
                }
                if used > 0 { lines.append(line); line = ""; used = 0 }
                for ch in word {
                    let cw = of(ch)
                    if used + cw > columns { lines.append(line); line = ""; used = 0 }
                    line.append(ch)
                    used += cw
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// Breaks text into lines of exactly `columns` (the last shorter), never at spaces: for URLs.
    static func hardWrap(_ s: String, columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var used = 0
        for ch in s {
            let w = of(ch)
            if used + w > columns { lines.append(line); line = ""; used = 0 }
            line.append(ch)
            used += w
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
