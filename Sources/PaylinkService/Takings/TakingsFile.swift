import CSV
import Foundation
import PaylinkCore
import PaylinkStore

/// The accountant's file: one row per payment and per refund, typed so a spreadsheet reads dates and numbers.
public enum TakingsFile {
    /// The columns, in order.
    public static let columns = [
        "date", "type", "order_reference", "link_id", "payer", "method", "currency", "amount", "refunded", "net",
        "operator", "reason",
    ]

    /// CSV with a header; dates as `2026-12-04 14:05:00` local time, amounts as plain decimals with a point,
    /// text cells a spreadsheet would run as formulas neutralised (numbers are written by paylink, never neutralised).
    public static func csv(_ entries: [TakingsEntry], timeZone: TimeZone) -> Data {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        let stream = OutputStream.toMemory()
        stream.open()
        guard let writer = try? CSVWriter(stream: stream, newline: .crlf) else { return Data() }
        try? writer.write(row: columns)
        for entry in entries {
            let text = { (value: String?) in SpreadsheetCell.neutralised(TerminalText.sanitize(value ?? "")) }
            let money = { (minor: Int) in Money.format(minor: minor, currency: entry.currency) }
            try? writer.write(row: [
                formatter.string(from: entry.date), entry.kind.rawValue, text(entry.reference), text(entry.linkID),
                text(entry.payer), text(entry.method), text(entry.currency), money(entry.amount), money(entry.refunded),
                money(entry.net), text(entry.createdBy), text(entry.reason),
            ])
        }
        writer.stream.close()
        // CSV.swift separates records; a file ends its last one too.
        return (stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()) + Data("\r\n".utf8)
    }
}
