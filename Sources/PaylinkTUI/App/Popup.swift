/// A list drawn over the screen in a box with a border and a title; it clears everything it covers.
struct Popup {
    var title: String
    var lines: [String]
    /// The highlighted line, if any.
    var selected: Int?
    /// The narrowest the inside may be.
    var minimumInner = 24

    /// Draws the box from row `top`, never below `bottom`, centred across the buffer; returns the rows it took.
    @discardableResult
    func draw(top: Int, bottom: Int, unicode: Bool, into buffer: inout ScreenBuffer) -> Range<Int> {
        let widest = max(TextWidth.of(title) + 4, lines.map { TextWidth.of($0) + 2 }.max() ?? 0)
        let inner = max(1, min(buffer.width - 4, max(minimumInner, widest)))
        let rows = max(1, min(lines.count, bottom - top - 1))
        guard top + rows + 1 <= bottom, inner >= 1 else { return top..<top }
        let left = max(0, (buffer.width - inner - 2) / 2)
        let (h, v, corners) = unicode ? ("─", "│", ["┌", "┐", "└", "┘"]) : ("-", "|", ["+", "+", "+", "+"])
        // Top border with the title set into it.
        buffer.put(corners[0] + String(repeating: h, count: inner) + corners[1], row: top, col: left, role: .border)
        buffer.put(" " + title + " ", row: top, col: left + 2, role: .accent, limit: max(0, inner - 2))
        let first = max(0, min((selected ?? 0) - rows + 1, lines.count - rows))
        for i in 0..<rows {
            let index = first + i
            let row = top + 1 + i
            let role: StyleRole = index == selected ? .selection : .text
            buffer.put(v, row: row, col: left, role: .border)
            buffer.fill(row: row, col: left + 1, count: inner, role: role)
            if lines.indices.contains(index) {
                buffer.put(" " + lines[index], row: row, col: left + 1, role: role, limit: inner)
            }
            buffer.put(v, row: row, col: left + inner + 1, role: .border)
        }
        var foot = corners[2] + String(repeating: h, count: inner) + corners[3]
        if lines.count > rows {
            // More lines than rows: the bottom border says so.
            let more = unicode ? " \(first + 1)–\(first + rows) of \(lines.count) " : " \(first + 1)-\(first + rows) of \(lines.count) "
            if TextWidth.of(more) + 2 <= inner {
                foot = corners[2] + h + more + String(repeating: h, count: inner - 1 - TextWidth.of(more)) + corners[3]
            }
        }
        buffer.put(foot, row: top + rows + 1, col: left, role: .border)
        return top..<(top + rows + 2)
    }
}
