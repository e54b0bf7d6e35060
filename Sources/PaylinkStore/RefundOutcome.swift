import Foundation
import PaylinkCore
import PayseraCheckout

/// How one refund ended.
public enum RefundOutcome: Sendable, Hashable {
    /// The API took the refund (processing or completed).
    case made(RefundRecord)
    /// An earlier attempt of the same refund, whose answer was lost or which was stopped, went through: nothing sent.
    case madeBefore(RefundRecord)
    /// A field is refused (by the rules or by the API); nothing was sent or made.
    case invalid(RefundProblems)
    /// The API refused it; nothing was made.
    case refused(String)
    /// The request left and no usable answer came back: the refund may or may not exist; it was not sent again.
    case outcomeUnknown(String)
    /// Anything else (the link is not known, the request never left); nothing was made.
    case failed(String)
}

/// What a paid link stands at before a refund: what was paid, what went back, what remains, to whom.
public struct RefundStandingReport: Sendable, Hashable {
    public var link: HistoryRecord
    /// Minor units of `currency`.
    public var paid: Int
    public var refunded: Int
    public var currency: String
    /// The order's reference, as the refund request names it.
    public var reference: String
    public var payerName: String?
    public var payerEmail: String?
    /// Refunds of this order whose outcome is not settled yet.
    public var unsettled: [RefundRecord]

    public init(
        link: HistoryRecord, paid: Int, refunded: Int, currency: String, reference: String, payerName: String?,
        payerEmail: String?, unsettled: [RefundRecord]
    ) {
        self.link = link
        self.paid = paid
        self.refunded = refunded
        self.currency = currency
        self.reference = reference
        self.payerName = payerName
        self.payerEmail = payerEmail
        self.unsettled = unsettled
    }

    /// What can still go back.
    public var remaining: Int { max(0, paid - refunded) }
}

/// Why a refund could not even be tried.
public struct RefundFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
