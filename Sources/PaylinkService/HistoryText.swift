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
    /// One line of the plain-text history listing, its status and amount in `language`.
    public func listLine(now: Date, language: UILanguage = .en) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let amount = amount.map { Money.text(minor: $0, currency: currency ?? "", language: language) } ?? ""
        let status: String
        if state == .created {
            status = effectiveStatus(at: now)?.rawValue ?? "active"
        } else {
            status = state.label
        }
        let left = state == .created && effectiveStatus(at: now) == .active
            ? Countdown.text(from: now, to: expiresAt, language: language) : ""
        let cells = [
            formatter.string(from: createdAt), linkID ?? "-", TerminalText.sanitize(name),
            amount, language.text(.command(.listStatus(status))), left,
        ]
        return cells.joined(separator: "  ")
    }

    /// The record as `paylink show` prints it in `language`, a field a line, then the order behind it when it was read.
    public func detailLines(now: Date, order: OrderOverview?, language: UILanguage = .en) -> [String] {
        let amount = amount.map { Money.text(minor: $0, currency: currency ?? "", language: language) } ?? "-"
        let status = effectiveStatus(at: now)?.rawValue ?? state.label
        let fields: [(ShowLabel, String?)] = [
            (.link, linkID), (.order, orderID), (.name, name), (.amount, amount),
            (.status, language.text(.command(.listStatus(status)))),
            (.expires, state == .created ? Countdown.text(from: now, to: expiresAt, language: language) : nil),
            (.url, paymentURL), (.payer, payerName), (.email, payerEmail),
        ]
        func label(_ label: ShowLabel) -> String { language.text(.command(.showLabel(label))) }
        // English keeps its columns (8 and 11); longer labels widen them.
        let width = max(8, (fields.filter { $0.1 != nil }.map { label($0.0).count }.max() ?? 0) + 2)
        var lines: [String] = []
        for (name, value) in fields {
            guard let value else { continue }
            lines.append("\(label(name).padding(toLength: width, withPad: " ", startingAt: 0))\(TerminalText.sanitize(value))")
        }
        if let order {
            lines.append("")
            lines.append(label(.theOrder))
            let rows = order.rows(excluding: linkID, language: language).map { row -> (String, String) in
                (Self.orderLabel(row.label).map(label) ?? row.label, row.value)
            }
            let orderWidth = max(11, (rows.map { $0.0.count }.max() ?? 0) + 2)
            for row in rows {
                lines.append("  \(row.0.padding(toLength: orderWidth, withPad: " ", startingAt: 0))\(row.1)")
            }
        }
        return lines
    }

    /// The catalogue's label for one of `OrderOverview.rows`' English labels.
    private static func orderLabel(_ english: String) -> ShowLabel? {
        switch english {
        case "Order": .order
        case "Reference": .reference
        case "Amount": .amount
        case "Paid": .paid
        case "Status": .status
        case "Links": .links
        case "Note": .note
        default: nil
        }
    }
}

/// A history row as JSON with the order behind it under `order`.
public struct RecordWithOrder: Encodable {
    public var record: HistoryRecord
    /// The order behind the link, when it was read; without it the JSON is the record's alone.
    public var order: OrderOverview?

    public init(record: HistoryRecord, order: OrderOverview?) {
        self.record = record
        self.order = order
    }

    public func encode(to encoder: Encoder) throws {
        try record.encode(to: encoder)
        guard let order else { return }
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
