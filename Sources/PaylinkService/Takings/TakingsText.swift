import Foundation
import PaylinkCore
import PaylinkStore

/// The takings as a plain-text table for a terminal or a pipe.
public enum TakingsText {
    /// The whole report: totals per currency, then the breakdown.
    public static func render(_ takings: Takings, calendar: Calendar) -> String {
        var lines = ["Takings " + TakingsPeriod(start: takings.from, end: takings.to).title(span: nil, calendar: calendar), ""]
        if takings.totals.isEmpty {
            lines.append("Nothing was made, paid or refunded.")
            return lines.joined(separator: "\n") + "\n"
        }
        let header = ["", "Made", "Paid", "Paid amount", "Refunded", "Net", "Expired", "Cancelled"]
        var rows = [header]
        for figures in takings.totals {
            rows.append([
                figures.currency, String(figures.made), String(figures.paidCount), money(figures.paid, figures.currency),
                money(figures.refunded, figures.currency), money(figures.net, figures.currency), String(figures.expired),
                String(figures.cancelled),
            ])
        }
        lines += table(rows)
        lines += ["", "By \(takings.grouping.rawValue)"]
        var groupRows = [["", "", "Made", "Paid", "Paid amount", "Refunded", "Net"]]
        for group in takings.groups {
            let f = group.figures
            groupRows.append([
                TerminalText.sanitize(group.key), f.currency, String(f.made), String(f.paidCount), money(f.paid, f.currency),
                money(f.refunded, f.currency), money(f.net, f.currency),
            ])
        }
        lines += table(groupRows)
        return lines.joined(separator: "\n") + "\n"
    }

    static func money(_ minor: Int, _ currency: String) -> String { Money.format(minor: minor, currency: currency) }

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
