import Foundation
import PaylinkCore
import PaylinkStore

extension RefundRecord {
    /// "Refunded 5.00 EUR of order R-12 (processing)."
    public func madeLine(before: Bool) -> String {
        let money = Money.display(minor: amount, currency: currency)
        let order = TerminalText.sanitize(reference ?? orderID)
        let status = status.map { " (\(TerminalText.sanitize($0.rawValue)))" } ?? ""
        return before
            ? "Already refunded: \(money) of order \(order)\(status), by an earlier run whose answer was lost; nothing was sent again."
            : "Refunded \(money) of order \(order)\(status)."
    }
}

extension RefundStandingReport {
    /// "Refund 25.00 EUR to Jonas Jonaitis for order R-12? [y/N] ", asked on the terminal before refunding `minor`.
    public func question(refunding minor: Int) -> String {
        let money = Money.display(minor: minor, currency: currency)
        let payer = (payerName ?? "").isEmpty ? "the payer" : TerminalText.sanitize(payerName!)
        let order = TerminalText.sanitize(reference.isEmpty ? (link.orderID ?? "") : reference)
        let part = minor < remaining
            ? " (\(Money.display(minor: remaining - minor, currency: currency)) will remain)" : ""
        return "Refund \(money) to \(payer) for order \(order)\(part)? [y/N] "
    }
}

/// A refund as `paylink refund --json` prints it: the API's answer plus what the history knows.
public struct RefundJSON: Encodable {
    var refundID: String?
    var status: String?
    var amount: Int
    var currency: String
    var orderID: String
    var reference: String?
    var linkID: String?
    var reason: String?
    var createdAt: Int
    var createdBy: String?
    /// An earlier run of the same refund went through; this run sent nothing.
    var madeBefore: Bool

    public init(_ refund: RefundRecord, madeBefore: Bool) {
        refundID = refund.refundID
        status = refund.status?.rawValue
        amount = refund.amount
        currency = refund.currency
        orderID = refund.orderID
        reference = refund.reference
        linkID = refund.linkID
        reason = refund.reason
        createdAt = refund.createdAt
        createdBy = refund.createdBy
        self.madeBefore = madeBefore
    }

    enum CodingKeys: String, CodingKey {
        case refundID = "refund_id", status, amount, currency, orderID = "order_id", reference, linkID = "link_id"
        case reason, createdAt = "created_at", createdBy = "created_by", madeBefore = "made_before"
    }
}
