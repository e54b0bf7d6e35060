import Foundation
import PaylinkCore
import PaylinkStore

/// The takings as a plain-text table for a terminal or a pipe.
public enum TakingsText {
    /// The whole report in `language`: totals per currency, then the breakdown; amounts written the language's way.
    public static func render(_ takings: Takings, calendar: Calendar, language: UILanguage = .en) -> String {
        func word(_ column: ReportColumn) -> String { language.text(.command(.reportColumn(column))) }
        func money(_ minor: Int, _ currency: String) -> String { Money.format(minor: minor, currency: currency, language: language) }
        let period = TakingsPeriod(start: takings.from, end: takings.to)
        let title = language == .en
            ? "Takings " + period.title(span: nil, calendar: calendar)
            : language.text(.screen(.takingsTitle(days(period, calendar: calendar, language: language))))
        var lines = [title, ""]
        if takings.totals.isEmpty {
            lines.append(language.text(.command(.reportNothing)))
            return lines.joined(separator: "\n") + "\n"
        }
        var rows = [[""] + [.made, .paid, .paidAmount, .refunded, .net, .expired, .cancelled].map(word)]
        for figures in takings.totals {
            rows.append([
                figures.currency, String(figures.made), String(figures.paidCount), money(figures.paid, figures.currency),
                money(figures.refunded, figures.currency), money(figures.net, figures.currency), String(figures.expired),
                String(figures.cancelled),
            ])
        }
        lines += table(rows)
        lines += ["", language.text(.command(.reportBy(ReportGroup(rawValue: takings.grouping.rawValue) ?? .operator)))]
        var groupRows = [["", ""] + [.made, .paid, .paidAmount, .refunded, .net].map(word)]
        for group in takings.groups {
            let f = group.figures
            let name = group.key == "(unknown)" ? language.text(.screen(.takingsUnknown)) : TerminalText.sanitize(group.key)
            groupRows.append([
                name, f.currency, String(f.made), String(f.paidCount), money(f.paid, f.currency),
                money(f.refunded, f.currency), money(f.net, f.currency),
            ])
        }
        lines += table(groupRows)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The period's days as the language writes them, with the year: one day with its weekday, or first – last.
    static func days(_ period: TakingsPeriod, calendar: Calendar, language: UILanguage) -> String {
        let last = period.end.addingTimeInterval(-1)
        func day(_ date: Date, weekday: Bool) -> String {
            let c = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
            return language.dateTime(
                year: c.year ?? 0, month: c.month ?? 1, day: c.day ?? 1, weekday: weekday ? c.weekday : nil, hour: nil, minute: 0,
                withYear: true)
        }
        if calendar.isDate(period.start, inSameDayAs: last) { return day(period.start, weekday: true) }
        return day(period.start, weekday: false) + " – " + day(last, weekday: false)
    }

    /// Columns padded to their widest cell: the first left-aligned, the rest right-aligned.
    static func table(_ rows: [[String]]) -> [String] {
        let count = rows.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: max(0, widths[column] - cell.count))
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
    }
}
