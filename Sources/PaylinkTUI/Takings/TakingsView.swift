import Foundation
import PaylinkCore
import PaylinkStore

extension TakingsProgram {
    /// Draws the takings between `top` and `bottom` (inclusive); pure.
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, top: Int, bottom: Int) {
        let width = buffer.width
        let t = state.takings
        var row = top
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = state.timeZone
        let language = state.language
        let title = t.period.map { language.text(.screen(.takingsTitle(periodTitle($0, span: t.span, now: state.now, calendar: calendar, language: language)))) } ?? ""
        buffer.put(TextWidth.truncate(title, to: width - 2), row: row, col: 1, role: .title)
        row += 1
        guard let board = t.board else {
            let message = t.failure.map { language.text(.screen(.historyUnreadableBecause($0))) } ?? language.text(.ui(.reading))
            buffer.put(TextWidth.truncate(message, to: width - 2), row: row + 1, col: 1, role: t.failure == nil ? .muted : .error)
            return
        }
        let totals = board.chart.totals
        if totals.isEmpty {
            let nothing: ScreenMessage = t.span == .day ? .takingsNothingDay : t.span == .week ? .takingsNothingWeek : .takingsNothingMonth
            for (i, line) in TextWidth.wrap(language.text(.screen(nothing)), columns: width - 2).enumerated() where row + 1 + i <= bottom {
                buffer.put(line, row: row + 1 + i, col: 1, role: .muted)
            }
            return
        }
        // The net per currency, big when there is room for every currency side by side.
        let bigs = totals.map { figures in (figures.currency, Money.format(minor: figures.net, currency: figures.currency, language: language)) }
        // The currency and the word for net stand left of each figure, as wide as the longer of them.
        let net = language.text(.screen(.takingsNet))
        let label = max(3, TextWidth.of(net)) + 1
        let bigWidth = bigs.reduce(0) { $0 + label + BigFigures.width($1.1) + 3 }
        if state.capabilities.unicode, bigWidth <= width - 2, bottom - row >= 12 {
            var x = 1
            for (currency, text) in bigs {
                buffer.put(currency, row: row, col: x, role: .accent)
                buffer.put(net, row: row + 1, col: x, role: .muted)
                let rows = BigFigures.rows(text) ?? []
                for (i, line) in rows.enumerated() { buffer.put(line, row: row + i, col: x + label, role: .success) }
                x += label + BigFigures.width(text) + 3
            }
            row += 3
        }
        // Every figure of each currency in plain digits: one line when it fits, else the counts on a second.
        for figures in totals where row <= bottom {
            let c = figures.currency
            let money = language.text(.screen(.takingsMoney(
                currency: c, net: money(figures.net, c, language), paidCount: figures.paidCount, paid: money(figures.paid, c, language),
                refundCount: figures.refundCount, refunded: money(figures.refunded, c, language))))
            let counts = language.text(.screen(.takingsCounts(made: figures.made, expired: figures.expired, cancelled: figures.cancelled)))
            if TextWidth.of(money + " · " + counts) <= width - 2 {
                buffer.put(money + " · " + counts, row: row, col: 1, role: .text)
                row += 1
            } else {
                // Too long for one line: the money, then the counts, each wrapped rather than cut.
                for line in TextWidth.wrap(money, columns: width - 2) where row <= bottom {
                    buffer.put(line, row: row, col: 1, role: .text)
                    row += 1
                }
                for line in TextWidth.wrap(counts, columns: width - 7) where row <= bottom {
                    buffer.put("     " + line, row: row, col: 1, role: .muted)
                    row += 1
                }
            }
        }
        row += 1
        let tableRows = min(5, max(0, (bottom - row + 1) / 3))
        let chartBottom = bottom - (tableRows > 0 ? tableRows + 1 : 0)
        if chartBottom - row >= 3, let currency = t.shownCurrency {
            drawChart(board.chart, currency: currency, span: t.span, period: t.period, calendar: calendar, language: language,
                      now: state.now, into: &buffer, top: row, bottom: chartBottom, unicode: state.capabilities.unicode)
        }
        if tableRows > 0 {
            let columnWidth = (width - 3) / 2
            drawTable(language.text(.screen(.takingsByOperator)), board.byOperator, language: language,
                      into: &buffer, row: chartBottom + 1, col: 1, width: columnWidth, rows: tableRows)
            drawTable(language.text(.screen(.takingsByMethod)), board.byMethod, language: language,
                      into: &buffer, row: chartBottom + 1, col: 2 + columnWidth, width: columnWidth, rows: tableRows)
        }
    }

    /// A figure in the language's form, without the currency (each line names it once).
    static func money(_ minor: Int, _ currency: String, _ language: UILanguage) -> String {
        Money.format(minor: minor, currency: currency, language: language)
    }

    /// The period in the language: the day with its weekday, the week's number and days, or the month.
    static func periodTitle(_ period: TakingsPeriod, span: TakingsPeriod.Span, now: Date, calendar: Calendar, language: UILanguage) -> String {
        let last = period.end.addingTimeInterval(-1)
        func day(_ date: Date, weekday: Bool = false) -> String {
            let c = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
            return language.dateTime(year: c.year ?? 0, month: c.month ?? 1, day: c.day ?? 1, weekday: weekday ? c.weekday : nil,
                                     hour: nil, minute: 0, withYear: true)
        }
        switch span {
        case .week:
            var iso = calendar
            iso.firstWeekday = 2
            iso.minimumDaysInFirstWeek = 4
            let start = calendar.dateComponents([.month, .day], from: period.start)
            let from = language.dateTime(year: 0, month: start.month ?? 1, day: start.day ?? 1, weekday: nil, hour: nil, minute: 0, withYear: false)
            return language.text(.screen(.takingsWeek(iso.component(.weekOfYear, from: period.start), from: from, to: day(last))))
        case .month:
            let c = calendar.dateComponents([.year, .month], from: period.start)
            return language.text(.screen(.monthTitle(month: c.month ?? 1, year: c.year ?? 0)))
        case .day:
            return calendar.isDate(period.start, inSameDayAs: last) ? day(period.start, weekday: true) : day(period.start) + " – " + day(last)
        }
    }

    /// Paid amounts per hour (a day) or per day (a week, a month) as bars of block characters, labelled below.
    static func drawChart(
        _ takings: Takings, currency: String, span: TakingsPeriod.Span, period: TakingsPeriod?, calendar: Calendar,
        language: UILanguage, now: Date, into buffer: inout ScreenBuffer, top: Int, bottom: Int, unicode: Bool
    ) {
        guard let period else { return }
        // The buckets: every hour of the day, or every day of the week or month, with what was paid in each.
        var keys: [String] = []
        var labels: [String] = []
        var dayNames: [String] = []
        if span == .day {
            keys = (0..<24).map { $0 < 10 ? "0\($0)" : "\($0)" }
            labels = keys
        } else {
            var day = period.start
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = calendar.timeZone
            formatter.dateFormat = "yyyy-MM-dd"
            while day < period.end {
                keys.append(formatter.string(from: day))
                dayNames.append(language.dateTime(day, now: now, timeZone: calendar.timeZone, time: false))
                let c = calendar.dateComponents([.day, .weekday], from: day)
                labels.append(span == .week ? String(language.weekdayName(c.weekday ?? 1).prefix(2)) : String(c.day ?? 1))
                day = calendar.date(byAdding: .day, value: 1, to: day) ?? period.end
            }
        }
        let paid = Dictionary(takings.groups(in: currency).map { ($0.key, $0.figures.paid) }, uniquingKeysWith: +)
        let values = keys.map { paid[$0] ?? 0 }
        let highest = values.max() ?? 0
        let width = buffer.width
        let step = max(1, min(3, (width - 2) / max(1, keys.count)))
        let barWidth = step >= 3 ? 2 : 1
        let left = 1
        let caption = top
        let labelRow = bottom
        let barsTop = caption + 1
        let barsBottom = labelRow - 1
        let height = barsBottom - barsTop + 1
        guard height >= 1 else { return }
        var text = language.text(.screen(.takingsChart(perHour: span == .day, currency: currency)))
        if highest > 0, let busiest = values.firstIndex(of: highest) {
            let name = span == .day ? "\(keys[busiest]):00–\(busiest + 1 < 10 ? "0" : "")\(busiest + 1):00" : dayNames[busiest]
            text += " · " + language.text(.screen(.takingsBusiest(name, amount: money(highest, currency, language))))
        } else {
            text += " · " + language.text(.screen(.takingsNothingPaid))
        }
        // The caption gives way to the bars' room rather than be cut: its busiest part is dropped first.
        if TextWidth.of(text) > width - 2 { text = language.text(.screen(.takingsChart(perHour: span == .day, currency: currency))) }
        buffer.put(TextWidth.truncate(text, to: width - 2), row: caption, col: 1, role: .muted)
        let eighths = unicode ? [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] : [" ", ".", ".", ":", ":", "|", "|", "#", "#"]
        for (i, value) in values.enumerated() {
            let x = left + i * step
            guard x + barWidth <= width - 1 else { break }
            // The scale rounds up, so any payment shows at least a sliver.
            let units = highest == 0 ? 0 : max(value > 0 ? 1 : 0, Int((Double(value) * Double(height * 8) / Double(highest)).rounded()))
            for level in 0..<height {
                let filled = min(8, max(0, units - level * 8))
                guard filled > 0 else { break }
                let glyph = String(repeating: eighths[filled], count: barWidth)
                buffer.put(glyph, row: barsBottom - level, col: x, role: value == highest ? .success : .accent)
            }
            // Two-letter labels need a gap: under every bar when bars stand three apart, else under every third.
            if step >= 3 || i % 3 == 0 {
                buffer.put(String(labels[i].prefix(2)), row: labelRow, col: x, role: .muted)
            }
        }
    }

    /// A small table: each group's currency, payments and net, the biggest net first.
    static func drawTable(
        _ title: String, _ takings: Takings, language: UILanguage, into buffer: inout ScreenBuffer, row: Int, col: Int, width: Int, rows: Int
    ) {
        guard width > 16, rows > 0 else { return }
        buffer.put(TextWidth.truncate(title, to: width), row: row, col: col, role: .accent)
        let groups = takings.groups.filter { $0.figures.paidCount > 0 || $0.figures.refunded > 0 }
            .sorted { ($0.figures.net, $1.key) > ($1.figures.net, $0.key) }
        for (i, group) in groups.prefix(rows - 1).enumerated() {
            let f = group.figures
            let figures = "\(f.currency) \(String(f.paidCount).leftPadded(3)) \(money(f.net, f.currency, language).leftPadded(9))"
            let name = TextWidth.truncate(group.key == "(unknown)" ? language.text(.screen(.takingsUnknown)) : TerminalText.sanitize(group.key), to: max(1, width - TextWidth.of(figures) - 1))
            buffer.put(name, row: row + 1 + i, col: col, role: .text)
            buffer.put(figures, row: row + 1 + i, col: col + width - TextWidth.of(figures), role: .text)
        }
        if groups.count > rows - 1, rows > 1 {
            let more = language.text(.screen(.takingsMore(groups.count - (rows - 1))))
            // The count goes on the title's row when both fit; the title keeps its room otherwise.
            if TextWidth.of(title) + 1 + TextWidth.of(more) <= width {
                buffer.put(more, row: row, col: col + width - TextWidth.of(more), role: .muted)
            }
        }
    }
}

extension String {
    /// Pads with spaces on the left to `count` characters.
    func leftPadded(_ count: Int) -> String { self.count >= count ? self : String(repeating: " ", count: count - self.count) + self }
}
