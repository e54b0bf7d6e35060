import Foundation
import PaylinkCore

extension BatchProgram {
    /// Draws the batch screen between `top` and `bottom` (inclusive): the file, the summary or progress line,
    /// the table of rows (✗ and the message on bad rows, the status once sent), and the question asked.
    public static func draw(
        _ b: BatchScreenState, unicode: Bool, language: UILanguage = .en, into buffer: inout ScreenBuffer, top: Int, bottom: Int
    ) {
        let width = buffer.width
        guard bottom >= top else { return }
        var x = 1
        x += buffer.put(language.text(.ui(b.phase == .choosingFile ? .batchCSVFile : .batchFile)) + " ", row: top, col: x, role: .muted)
        if b.phase == .choosingFile {
            let boxWidth = max(1, width - x - 1)
            buffer.fill(row: top, col: x, count: boxWidth, role: .focus)
            // The terminal's own cursor marks where typing goes, as in the form's fields; a long path shows its end.
            let visible = TextInput(TerminalText.sanitize(b.path)).visible(columns: boxWidth)
            buffer.put(visible.text, row: top, col: x, role: .focus, limit: boxWidth)
            buffer.cursor = (top, x + visible.cursorColumn)
            var row = top + 2
            if let problem = b.pathProblem {
                row = wrapped((unicode ? "✗ " : "x ") + problem, role: .error, into: &buffer, row: row, bottom: bottom) + 1
            }
            _ = wrapped(language.text(.batchTypePath(quits: b.openedFromCommandLine)), role: .muted, into: &buffer, row: row, bottom: bottom)
            return
        }
        // The file's name is at the end of its path: a long path gives way at the front.
        buffer.put(TextWidth.keepingEnd(TerminalText.sanitize(b.path), to: max(1, width - x - 1)), row: top, col: x, role: .text)
        guard bottom > top else { return }
        let second = top + 1
        var row = second + 1
        switch b.phase {
        case .checking:
            buffer.put(language.text(.ui(.batchChecking)), row: second, col: 1, role: .muted)
            return
        case .failed(let message):
            var row = second
            for line in TextWidth.wrap(message, columns: max(1, width - 2)) where row <= bottom {
                buffer.put(line, row: row, col: 1, role: .error)
                row += 1
            }
            return
        case .running, .done:
            row = drawProgress(b, unicode: unicode, language: language, into: &buffer, row: second, bottom: bottom)
        default:
            row = wrapped(b.preview?.summary ?? "", role: .text, into: &buffer, row: second, bottom: bottom)
        }
        guard let preview = b.preview else { return }
        for problem in preview.fileProblems where row <= bottom {
            row = wrapped((unicode ? "✗ " : "x ") + TerminalText.sanitize(problem), role: .error, into: &buffer, row: row, bottom: bottom)
        }
        var tableBottom = bottom
        if b.confirmingStart || b.confirmingStop {
            // The question is read in full before y is pressed: it wraps over the rows it needs.
            let question = b.confirmingStart ? question(preview, language: language) : language.text(.ui(.batchStopQuestion))
            let lines = Array(TextWidth.wrap(question, columns: max(1, width - 2)).prefix(max(1, bottom - row)))
            tableBottom = bottom - lines.count
            for (i, line) in lines.enumerated() {
                buffer.fill(row: tableBottom + 1 + i, role: .selection)
                buffer.put(line, row: tableBottom + 1 + i, col: 1, role: .selection)
            }
        }
        if b.showingDetails, preview.rows.indices.contains(b.selected) {
            drawDetails(preview.rows[b.selected], unicode: unicode, language: language, into: &buffer, top: row, bottom: tableBottom)
            return
        }
        guard tableBottom > row else { return }
        drawTable(preview.rows, selected: b.selected, unicode: unicode, language: language, into: &buffer, top: row, bottom: tableBottom)
    }

    /// Text wrapped over as many rows as it needs (at most three, so the table keeps its room); returns the row after it.
    static func wrapped(_ text: String, role: StyleRole, into buffer: inout ScreenBuffer, row: Int, bottom: Int) -> Int {
        var y = row
        for line in TextWidth.wrap(text, columns: max(1, buffer.width - 2)).prefix(3) where y <= bottom {
            buffer.put(line, row: y, col: 1, role: role)
            y += 1
        }
        return y
    }

    /// `[#####.....] 120/300  35.2 links/s  refused 0  unknown 0` (and `not sent N` once a row was not sent), or how
    /// the run ended (the result file's path in full); returns the row after it.
    static func drawProgress(
        _ b: BatchScreenState, unicode: Bool, language: UILanguage, into buffer: inout ScreenBuffer, row: Int, bottom: Int
    ) -> Int {
        let p = b.progress
        if b.phase == .done, let outcome = b.outcome {
            return wrapped(outcome, role: p.refused + p.unknown + p.notSent > 0 ? .warning : .success, into: &buffer, row: row, bottom: bottom)
        }
        let barWidth = max(10, min(30, buffer.width / 4))
        let share = p.total == 0 ? 0 : Double(p.done) / Double(p.total)
        let filled = min(barWidth, Int(share * Double(barWidth)))
        var x = 1
        x += buffer.put(String(repeating: unicode ? "█" : "#", count: filled), row: row, col: x, role: .accent)
        x += buffer.put(String(repeating: unicode ? "░" : ".", count: barWidth - filled), row: row, col: x, role: .muted)
        let perSecond = String(format: "%.1f", p.linksPerSecond).replacingOccurrences(of: ".", with: String(language.decimalMark))
        let counts = "  " + language.text(.batchProgress(
            done: p.done, total: p.total, perSecond: perSecond, refused: p.refused, unknown: p.unknown, notSent: p.notSent))
        buffer.put(counts, row: row, col: x, role: .text, limit: buffer.width - x - 1)
        return row + 1
    }

    static func drawTable(
        _ rows: [BatchScreenRow], selected: Int, unicode: Bool, language: UILanguage = .en, into buffer: inout ScreenBuffer,
        top: Int, bottom: Int
    ) {
        let width = buffer.width
        // The last column (payer or problem) keeps at least a field's name and a few words of its message.
        // On a narrow screen the name gives way (Enter shows the row in full).
        let reference = max(8, width / 8), name = width >= 70 ? max(10, width / 5) : 0, amount = 13, status = 10
        func line(_ cells: [String], _ roles: [StyleRole], row: Int) {
            var x = 1
            for (index, (cell, role)) in zip(cells, roles).enumerated() {
                let limit = min([6, reference, name, amount, status, width][index], width - x - 1)
                guard limit > 0 else { continue }
                guard x < width - 1 else { break }
                buffer.put(TextWidth.truncate(cell, to: limit), row: row, col: x, role: role, limit: limit)
                x += limit + 1
            }
        }
        let heads: [UIWord] = [.columnRow, .columnReference, .columnName, .columnAmount, .columnStatus, .columnPayerProblem]
        line(heads.map { language.text(.ui($0)) }, Array(repeating: .muted, count: 6), row: top)
        let visible = bottom - top
        guard visible > 0, !rows.isEmpty else { return }
        let first = min(max(0, selected - visible / 2), max(0, rows.count - visible))
        for (offset, index) in (first..<min(rows.count, first + visible)).enumerated() {
            let r = rows[index]
            let y = top + 1 + offset
            let bad = !r.problems.isEmpty
            let statusText = bad ? (unicode ? "✗ " : "x ") + language.text(.ui(.invalid)) : (r.status.map { language.text(.statusName($0)) } ?? "")
            let last = bad ? r.problems.first.map { problemText($0, language: language) } ?? "" : (r.error ?? r.payer)
            let statusRole: StyleRole = bad || r.status == "refused" ? .error : r.status == "created" ? .success
                : r.status == "unknown" ? .warning : .text
            if index == selected { buffer.fill(row: y, role: .selection) }
            let base: StyleRole = index == selected ? .selection : .text
            line(
                [String(r.number), r.reference, r.name, r.amount, statusText, last].map(TerminalText.sanitize),
                [base, base, base, base, index == selected ? .selection : statusRole, bad ? .error : base], row: y)
        }
    }

    /// "Payer e-mail: must be an address…" for "payer_information.email: …": the field a clerk knows comes first.
    static func problemText(_ problem: String, language: UILanguage = .en) -> String {
        guard let colon = problem.range(of: ": "), let field = FieldPath(rawValue: String(problem[..<colon.lowerBound])) else {
            return problem
        }
        return field.label(in: language) + ": " + problem[colon.upperBound...]
    }

    /// One row in full: every value and every problem wrapped, never cut.
    static func drawDetails(
        _ row: BatchScreenRow, unicode: Bool, language: UILanguage, into buffer: inout ScreenBuffer, top: Int, bottom: Int
    ) {
        var y = top
        buffer.put(language.text(.batchRowTitle(row.number)), row: y, col: 1, role: .title)
        y += 1
        let labelWidth = min(24, max(8, (row.fields.map { TextWidth.of(TerminalText.sanitize($0.column)) }.max() ?? 0) + 2))
        for field in row.fields where y <= bottom {
            buffer.put(TextWidth.truncate(TerminalText.sanitize(field.column), to: labelWidth - 2) + ":", row: y, col: 1, role: .muted)
            let x = 1 + labelWidth
            for line in TextWidth.hardWrap(TerminalText.sanitize(field.value), columns: max(1, buffer.width - x - 1)) where y <= bottom {
                buffer.put(line, row: y, col: x, role: .text)
                y += 1
            }
        }
        for problem in row.problems where y <= bottom {
            y = wrapped((unicode ? "✗ " : "x ") + TerminalText.sanitize(problem), role: .error, into: &buffer, row: y, bottom: bottom)
        }
        if let error = row.error, y <= bottom {
            _ = wrapped(TerminalText.sanitize(error), role: .warning, into: &buffer, row: y, bottom: bottom)
        }
    }
}
