import Foundation
import PaylinkCore
import PaylinkStore

/// One line of what `paylink reconcile` found; an unsettled one goes to standard error.
public struct ReconcileLine: Sendable, Hashable {
    public var text: String
    public var unsettled: Bool
}

extension ReconcileReport {
    /// What a reconciliation of the links (this report) and of the refunds (`refunds`, as they now stand) found,
    /// a line each, refunds first; "Nothing to reconcile." when it found nothing.
    public func lines(refunds: [RefundRecord]) -> [ReconcileLine] {
        var lines: [ReconcileLine] = []
        func say(_ text: String, unsettled: Bool = false) { lines.append(ReconcileLine(text: text, unsettled: unsettled)) }
        for refund in refunds {
            let money = Money.display(minor: refund.amount, currency: refund.currency)
            let order = TerminalText.sanitize(refund.reference ?? refund.orderID)
            switch refund.state {
            case .created: say("refund found: \(money) of order \(order)")
            case .notCreated: say("refund not made: \(money) of order \(order)")
            default: say("refund still unknown: \(money) of order \(order)", unsettled: true)
            }
        }
        for record in adopted {
            say("found: \(record.linkID ?? "?") \(TerminalText.sanitize(record.name))")
        }
        for record in notCreated {
            say("not created: \(TerminalText.sanitize(record.name))")
        }
        for unsettled in stillUnknown {
            say("still unknown: \(TerminalText.sanitize(unsettled.attempt.name)): \(TerminalText.sanitize(unsettled.reason))", unsettled: true)
        }
        for record in inFlight {
            say("still waiting for its answer in another paylink: \(TerminalText.sanitize(record.name))")
        }
        if isEmpty && refunds.isEmpty {
            say("Nothing to reconcile.")
        }
        return lines
    }
}
