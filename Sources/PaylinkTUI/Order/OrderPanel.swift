import Foundation
import PaylinkCore
import PayseraCheckout

/// The order behind the result screen's link: asked for with the first status answer, and again when the status changes.
extension TerminalProgram {
    static func orderIfNeeded(_ state: inout AppState) -> [Effect] {
        guard state.screen == .result, var result = state.result, !result.link.orderID.isEmpty else { return [] }
        if let asked = result.orderAskedAt, asked == result.link.status { return [] }
        result.orderAskedAt = .some(result.link.status)
        state.result = result
        let known = result.order ?? OrderOverview(
            orderID: result.link.orderID, currency: result.draft.currency.isEmpty ? nil : result.draft.currency)
        return [.loadOrder(orderID: result.link.orderID, known: known)]
    }

    static func orderArrived(_ state: inout AppState, _ overview: OrderOverview) {
        guard var result = state.result, result.link.orderID == overview.orderID else { return }
        result.order = overview
        result.orderReadAt = result.orderAskedAt
        state.result = result
    }

    /// The order as it may be shown beside the link: read since the link's status last changed, else nothing,
    /// so the order's line never contradicts the badge.
    static func currentOrder(_ result: ResultState) -> OrderOverview? {
        guard let order = result.order, let readAt = result.orderReadAt, readAt == result.link.status else { return nil }
        return order
    }

    /// "Order R-1 · paid 10.00 of 25.00 EUR · pending_payment", then its other links, then what could not be read.
    static func orderLines(_ order: OrderOverview, linkID: String, language: UILanguage = .en) -> [String] {
        var head: [String] = []
        var rest: [String] = []
        for row in order.rows(excluding: linkID, language: language) {
            switch row.label {
            case "Order": continue
            case "Reference": head.insert(row.value, at: 0)
            case "Amount": if order.amountPaid == nil { head.append(row.value) }
            case "Paid": head.append(language.text(.orderPaid(row.value)))
            case "Status": head.append(row.value)
            case "Links": rest.append(language.text(.orderOtherLinks(row.value)))
            case "": rest.append("  " + row.value)
            default: rest.append(row.value)
            }
        }
        return [language.text(.orderLine(head.isEmpty ? TerminalText.sanitize(order.orderID) : head.joined(separator: " · ")))] + rest
    }
}
