import Foundation
import PaylinkCore
import PaylinkStore
import PayseraCheckout

extension HistoryFilter {
    /// The filter a `--status` word names: a link status, paid (completed), unknown, refused or all; nil for any other word.
    public init?(statusWord text: String) {
        let lower = text.lowercased()
        switch lower {
        case "all": self = .all
        case "paid": self = .status(.completed)
        case "unknown", "outcome-unknown", "unresolved": self = .unresolved
        case "refused": self = .state(.refused)
        case "active", "completed", "expired", "canceled", "cancelled": self = .status(LinkStatus(rawValue: lower))
        default: return nil
        }
    }
}

extension HistoryRecord {
    /// One line of the plain-text history listing.
    public func listLine(now: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let amount = amount.map { Money.display(minor: $0, currency: currency ?? "") } ?? ""
        let status: String
        if state == .created {
            status = effectiveStatus(at: now)?.rawValue ?? "active"
        } else {
            status = state.label
        }
        let left = state == .created && effectiveStatus(at: now) == .active
            ? Countdown.text(from: now, to: expiresAt) : ""
        let cells = [
            formatter.string(from: createdAt), linkID ?? "-", TerminalText.sanitize(name),
            amount, status, left,
        ]
        return cells.joined(separator: "  ")
    }

    /// The record as `paylink show` prints it, a field a line, then the order behind it when it was read.
    public func detailLines(now: Date, order: OrderOverview?) -> [String] {
        let amount = amount.map { Money.display(minor: $0, currency: currency ?? "") } ?? "-"
        let fields: [(String, String?)] = [
            ("Link", linkID), ("Order", orderID), ("Name", name), ("Amount", amount),
            ("Status", effectiveStatus(at: now)?.rawValue ?? state.label),
            ("Expires", state == .created ? Countdown.text(from: now, to: expiresAt) : nil),
            ("URL", paymentURL), ("Payer", payerName), ("E-mail", payerEmail),
        ]
        var lines: [String] = []
        for (label, value) in fields {
            guard let value else { continue }
            lines.append("\(label.padding(toLength: 8, withPad: " ", startingAt: 0))\(TerminalText.sanitize(value))")
        }
        if let order {
            lines.append("")
            lines.append("The order")
            for row in order.rows(excluding: linkID) {
                lines.append("  \(row.label.padding(toLength: 11, withPad: " ", startingAt: 0))\(row.value)")
            }
        }
        return lines
    }
}

/// A history row as JSON with the order behind it under `order`.
public struct RecordWithOrder: Encodable {
    public var record: HistoryRecord
    public var order: OrderOverview

    public init(record: HistoryRecord, order: OrderOverview) {
        self.record = record
        self.order = order
    }

    public func encode(to encoder: Encoder) throws {
        try record.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(order, forKey: Key(stringValue: "order")!)
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
