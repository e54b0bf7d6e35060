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
    /// a line each in `language`, refunds first; "Nothing to reconcile." when it found nothing.
    public func lines(refunds: [RefundRecord], language: UILanguage = .en) -> [ReconcileLine] {
        var lines: [ReconcileLine] = []
        func say(_ message: ScreenMessage, unsettled: Bool = false) {
            lines.append(ReconcileLine(text: language.text(.screen(message)), unsettled: unsettled))
        }
        for refund in refunds {
            let money = Money.text(minor: refund.amount, currency: refund.currency, language: language)
            let order = TerminalText.sanitize(refund.reference ?? refund.orderID)
            switch refund.state {
            case .created: say(.refundFound(amount: money, order: order))
            case .notCreated: say(.refundNotMade(amount: money, order: order))
            default: say(.refundStillUnknown(amount: money, order: order), unsettled: true)
            }
        }
        for record in adopted {
            say(.attemptFound(id: record.linkID ?? "?", name: TerminalText.sanitize(record.name)))
        }
        for record in notCreated {
            say(.attemptNotCreated(TerminalText.sanitize(record.name)))
        }
        for unsettled in stillUnknown {
            say(.attemptStillUnknown(TerminalText.sanitize(unsettled.attempt.name), why: TerminalText.sanitize(unsettled.reason)),
                unsettled: true)
        }
        for record in inFlight {
            say(.attemptInFlight(TerminalText.sanitize(record.name)))
        }
        if isEmpty && refunds.isEmpty {
            lines.append(ReconcileLine(text: language.text(.screen(.nothingToReconcile)) + ".", unsettled: false))
        }
        return lines
    }
}
