import Foundation
import PaylinkCore
import PaylinkStore

extension HistoryProgram {
    /// Rows of the screen the list itself takes: the search line and the column heads come first.
    public static let chromeRows = 2

    /// The columns drawn at a width: created, reference, name, amount, status, time left, by (when makers are
    /// known), payer (dropped when narrow).
    struct Columns {
        var created = 12
        var reference = 0
        var name: Int
        var amount = 13
        var status = 9
        var left = 11
        var payer: Int
        var by = 0

        init(width: Int, showsMaker: Bool = false) {
            let fixed = created + amount + status + left
            let gaps = 5
            var room = max(0, width - 2 - fixed - gaps)
            // Who made a link matters more to a team than the payer, so it takes its room first.
            if showsMaker, room >= 14 + 1 + 8 {
                by = min(10, room - 15)
                room -= by + 1
            }
            // Two links with the same name differ by their reference: it comes before the payer.
            if room >= 14 + 1 + 8 {
                reference = min(12, room - 15)
                room -= reference + 1
            }
            // The payer gets a column only when the name keeps at least 14 columns beside it.
            if room >= 14 + 1 + 10 {
                payer = min(24, (room - 1) * 2 / 5)
                name = room - 1 - payer
            } else {
                payer = 0
                name = room
            }
        }
    }

    /// Draws the list between `top` and `bottom` (inclusive), and the list of batches over it when open; pure.
    public static func draw(
        _ h: HistoryState, now: Date, timeZone: TimeZone, unicode: Bool, language: UILanguage = .en, into buffer: inout ScreenBuffer,
        top: Int, bottom: Int
    ) {
        drawList(h, now: now, timeZone: timeZone, unicode: unicode, language: language, into: &buffer, top: top, bottom: bottom)
        drawBatchChoice(h, now: now, timeZone: timeZone, unicode: unicode, language: language, into: &buffer, top: top, bottom: bottom)
    }

    static func drawList(
        _ h: HistoryState, now: Date, timeZone: TimeZone, unicode: Bool, language: UILanguage, into buffer: inout ScreenBuffer,
        top: Int, bottom: Int
    ) {
        let width = buffer.width
        guard bottom >= top else { return }
        // Search line: the field, the filter, and where the selection is.
        var x = 1
        let searchRole: StyleRole = h.searching ? .focus : .input
        x += buffer.put("/", row: top, col: x, role: h.searching ? .accent : .key)
        x += 1
        let boxWidth = max(8, min(30, width / 3))
        let visible = h.search.visible(columns: boxWidth)
        let shownSearch = h.searching || !h.search.text.isEmpty ? visible.text : language.text(.ui(.search))
        buffer.fill(row: top, col: x, count: boxWidth, role: searchRole)
        buffer.put(shownSearch, row: top, col: x, role: h.searching || !h.search.text.isEmpty ? searchRole : .muted, limit: boxWidth)
        if h.searching { buffer.cursor = (top, x + visible.cursorColumn) }
        x += boxWidth + 2
        x += buffer.put("s", row: top, col: x, role: .key)
        x += buffer.put(" " + language.text(.ui(.statusLabel)) + " ", row: top, col: x, role: .muted)
        x += buffer.put(language.text(.statusName(h.filter.rawValue)), row: top, col: x, role: h.filter == .all ? .text : .accent)
        let position = positionText(h, language: language)
        let positionWidth = TextWidth.of(position)
        if width - 1 - positionWidth > x + 1 {
            buffer.put(position, row: top, col: width - 1 - positionWidth, role: .muted)
        }
        guard bottom > top else { return }
        // A maker column where every row names the same person says nothing: then the reference has the room.
        let columns = Columns(width: width, showsMaker: Set(h.visibleRecords.map { $0.createdBy ?? "" }).count > 1)
        drawRow(
            [UIWord.columnCreated, .columnName, .columnAmount, .columnStatus, .columnLeft, .columnPayer, .columnBy, .columnReference]
                .map { language.text(.ui($0)) },
            roles: Array(repeating: .muted, count: 8),
            columns: columns, row: top + 1, into: &buffer)
        let firstRow = top + chromeRows
        let rowsOnScreen = bottom - firstRow + 1
        guard rowsOnScreen > 0 else { return }
        let records = h.visibleRecords
        if records.isEmpty {
            let message: String
            let status = h.filter == .all ? nil : h.filter.rawValue
            if h.failure != nil {
                message = language.text(.ui(.historyUnreadable))
            } else if h.loading != nil || h.stale {
                message = language.text(.ui(.reading))
            } else if let search = h.searchText {
                message = language.text(.historyNoMatch(search: search, status: status))
            } else if let batch = h.shownBatch {
                message = language.text(.historyNoneInBatch(batch: TerminalText.sanitize(batch), status: status))
            } else if let status {
                message = language.text(.historyNoneWithStatus(status))
            } else {
                message = language.text(.ui(.noLinksYet))
            }
            buffer.put(TextWidth.truncate(message, to: width - 2), row: firstRow, col: 1, role: .muted)
            return
        }
        for (i, record) in records.enumerated() where i < rowsOnScreen {
            let absolute = h.scrollTop + i
            let selected = absolute == h.selected
            let row = firstRow + i
            if selected { buffer.fill(row: row, role: .selection) }
            let badge = badge(for: record, now: now)
            let cells = [
                createdText(record.createdAt, now: now, timeZone: timeZone, language: language),
                TerminalText.sanitize(record.name),
                record.amount.map { Money.text(minor: $0, currency: record.currency ?? "", language: language) } ?? "",
                language.text(.historyBadge(badge.text)),
                leftText(record, now: now, language: language),
                TerminalText.sanitize(record.payerName ?? record.payerEmail ?? ""),
                TerminalText.sanitize(record.createdBy ?? ""),
                TerminalText.sanitize(record.reference ?? record.orderID ?? ""),
            ]
            let roles: [StyleRole] = selected
                ? [.selection, .selection, .selection, badge.role, .selection, .selection, .selection, .selection]
                : [.muted, .text, .text, badge.role, leftRole(record, now: now), .muted, .muted, .muted]
            drawRow(cells, roles: roles, columns: columns, row: row, into: &buffer)
            if selected { buffer.put(unicode ? "▸" : ">", row: row, col: 0, role: .selection) }
        }
        if h.scrollTop > 0 {
            buffer.put(unicode ? "↑" : "^", row: firstRow, col: width - 1, role: .muted)
        }
        if !h.reachedEnd || h.scrollTop + rowsOnScreen < h.windowEnd {
            if records.count >= rowsOnScreen { buffer.put(unicode ? "↓" : "v", row: bottom, col: width - 1, role: .muted) }
        }
    }

    static func drawRow(_ cells: [String], roles: [StyleRole], columns: Columns, row: Int, into buffer: inout ScreenBuffer) {
        let widths = [columns.created, columns.name, columns.amount, columns.status, columns.left, columns.payer, columns.by,
                      columns.reference]
        var x = 1
        // The reference stands before the name; the maker's column before the payer's.
        for i in [0, 7, 1, 2, 3, 4, 6, 5] where widths[i] > 0 {
            let width = widths[i]
            let text = TextWidth.truncate(cells[i], to: width)
            // Amounts line up on the right, like figures in a ledger.
            let col = i == 2 ? x + width - TextWidth.of(text) : x
            buffer.put(text, row: row, col: col, role: roles[i], limit: width)
            x += width + 1
        }
    }

    /// "row 3 of 50+" — the list never counts a whole history, so the total is only what is known.
    static func positionText(_ h: HistoryState, language: UILanguage = .en) -> String {
        guard !h.rows.isEmpty, !h.stale else { return h.loading != nil ? language.text(.ui(.reading)) : "" }
        return language.text(.historyPosition(h.selected + 1, known: h.windowEnd, more: !h.reachedEnd))
    }

    /// What the "Left" column says: a live countdown, `expired`, `never`, or nothing for settled links.
    static func leftText(_ record: HistoryRecord, now: Date, language: UILanguage = .en) -> String {
        guard record.state == .created else { return record.state == .unknown ? language.text(.ui(.reconcile)) : "" }
        if case .partly(let refunded, _) = record.refundStanding {
            // "5.00 back": the rest of "PART REFUNDED 5.00 of 25.00" is the Amount column beside it.
            return language.text(.amountBack(Money.format(minor: refunded, currency: record.currency ?? "", language: language)))
        }
        switch record.effectiveStatus(at: now) {
        case .active?, nil:
            guard let expiresAt = record.expiresAt else { return language.text(.ui(.never)) }
            return Countdown.text(from: now, to: expiresAt, language: language)
        case .expired?: return language.text(.ui(.expired))
        default: return ""
        }
    }

    static func leftRole(_ record: HistoryRecord, now: Date) -> StyleRole {
        guard record.state == .created, record.effectiveStatus(at: now) == .active, let expiresAt = record.expiresAt else {
            return .muted
        }
        return Countdown.isWarning(createdAt: record.createdAt, expiresAt: expiresAt, now: now) ? .warning : .text
    }

    /// "25 Nov 12:00", or "25 Nov 2025" for another year; computed by hand because formatters are slow per row.
    static func createdText(_ date: Date, now: Date, timeZone: TimeZone, language: UILanguage = .en) -> String {
        func civil(_ date: Date) -> (year: Int, month: Int, day: Int, minutes: Int) {
            // A date an API sent as nonsense (created_at 2^63 − 1) is held to ±10^15 s, some 30 million years,
            // so the sums below stay inside Int.
            let seconds = min(max(date.timeIntervalSince1970, -1e15), 1e15)
            let local = Int(seconds.rounded(.down)) + timeZone.secondsFromGMT(for: date)
            let days = Int((Double(local) / 86_400).rounded(.down))
            let minutes = (local - days * 86_400) / 60
            // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
            let z = days + 719_468
            let era = (z >= 0 ? z : z - 146_096) / 146_097
            let doe = z - era * 146_097
            let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
            let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
            let mp = (5 * doy + 2) / 153
            let day = doy - (153 * mp + 2) / 5 + 1
            let month = mp < 10 ? mp + 3 : mp - 9
            return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day, minutes)
        }
        let c = civil(date)
        return language.listDate(
            year: c.year, month: c.month, day: c.day, hour: c.minutes / 60, minute: c.minutes % 60, withYear: c.year != civil(now).year)
    }
}
