import Foundation
import PaylinkCore
import PaylinkStore

extension RefundRecord {
    /// "Refunded €5.00 of order R-12 (processing)." in `language`.
    public func madeLine(before: Bool, language: UILanguage = .en) -> String {
        let money = Money.text(minor: amount, currency: currency, language: language)
        let order = TerminalText.sanitize(reference ?? orderID)
        let status = status.map { TerminalText.sanitize($0.rawValue) }
        return language.text(.screen(.refundMade(amount: money, order: order, status: status, before: before)))
    }
}

extension RefundStandingReport {
    /// "Refund €25.00 to Jonas Jonaitis for order R-12? [y/N] " in `language`, asked on the terminal before
    /// refunding `minor`.
    public func question(refunding minor: Int, language: UILanguage = .en) -> String {
        let money = Money.text(minor: minor, currency: currency, language: language)
        let payer = TerminalText.sanitize(payerName ?? "")
        let order = TerminalText.sanitize(reference.isEmpty ? (link.orderID ?? "") : reference)
        let left = minor < remaining ? Money.text(minor: remaining - minor, currency: currency, language: language) : nil
        return language.text(.screen(.refundQuestion(amount: money, payer: payer.isEmpty ? nil : payer, order: order, remaining: left)))
            + " [y/N] "
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
