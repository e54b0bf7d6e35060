import Foundation
import PaylinkCore
import PaylinkStore

/// The history written out whole (`paylink export`): every row, or one batch's, each with its status as of `now`.
public enum HistoryExport {
    /// The rows to write, newest first, read a thousand at a time.
    public static func rows(_ history: HistoryStore, batch: String? = nil, now: Date = Date()) throws -> [HistoryRecord] {
        var rows: [HistoryRecord] = []
        var cursor: HistoryCursor?
        repeat {
            let page = try history.page(after: cursor, limit: 1000, filter: batch.map { .batch($0) } ?? .all)
            rows += page.map { $0.withEffectiveStatus(at: now) }
            cursor = page.last?.cursor
            if page.count < 1000 { break }
        } while true
        return rows
    }

    /// The rows as CSV: one header line, dates in Unix seconds, amounts in major units.
    public static func csv(_ rows: [HistoryRecord]) -> String {
        let header = ["created_at", "link_id", "order_id", "reference", "name", "amount", "currency", "status", "state",
                      "expired_at", "payer_name", "payer_email", "payment_URL", "batch_id", "batch_row"]
        func field(_ text: String?) -> String {
            let value = text ?? ""
            // Cells starting with = + - @ are quoted with a leading apostrophe so spreadsheets do not run them.
            let safe = SpreadsheetCell.neutralised(value)
            if safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return safe
        }
        var lines = [header.joined(separator: ",")]
        for r in rows {
            let cells: [String?] = [
                String(unixSeconds(r.createdAt)), r.linkID, r.orderID, r.reference, r.name,
                r.amount.map { Money.format(minor: $0, currency: r.currency ?? "") }, r.currency, r.status?.rawValue,
                r.state.rawValue, r.expiresAt.map { String(unixSeconds($0)) }, r.payerName, r.payerEmail,
                r.paymentURL, r.batchID, r.batchRow.map(String.init),
            ]
            lines.append(cells.map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whole Unix seconds of a date.
    private static func unixSeconds(_ date: Date) -> Int { Int(date.timeIntervalSince1970.rounded(.down)) }
}
