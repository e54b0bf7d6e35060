import Foundation
import PaylinkCore
import PayseraCheckout
import TestSupport
import Testing

@Suite("An order is paid in parts by its links", .ownThread)
struct PartPaymentTests {
    @Test("Each paid link adds its own amount; the order stays pending until they reach its amount, and each webhook says so")
    func partsAddUp() async throws {
        try await WebhookReceiver.with { receiver in
            try await SandboxHarness.with { h in
                let token = try await h.token()
                let order = try await h.createOrder(token: token, reference: "PARTS-1", amount: "2500", callback: receiver.url)
                let first = try await h.createLink(token: token, orderID: order.orderID, amount: 1000, name: "First part")
                let second = try await h.createLink(token: token, orderID: order.orderID, amount: 1500, name: "Second part")

                #expect(try await h.send(.POST, "/sandbox/payment-links/\(first.linkID)/pay").status == 200)
                let partly = try await h.api(.GET, APIPath.orders + "/\(order.orderID)", token: token).decode(Order.self)
                #expect(partly.amountPaid?.value == 1000)
                #expect(partly.status == "pending_payment")
                let paidLink = try await h.api(.GET, APIPath.paymentLinks + "/\(first.linkID)", token: token).decode(PaymentLink.self)
                #expect(paidLink.status == .completed)
                let open = try await h.api(.GET, APIPath.paymentLinks + "/\(second.linkID)", token: token).decode(PaymentLink.self)
                #expect(open.status == .active)
                // The order still takes links while part of it is unpaid.
                _ = try await h.createLink(token: token, orderID: order.orderID, amount: 500, name: "Spare part")

                func paidNotes(_ deliveries: [WebhookReceiver.Delivery]) throws -> [[String: Any]] {
                    try deliveries.filter { try WebhookTests.event(of: $0)["name"] as? String == "amount_paid_updated" }
                        .compactMap { try WebhookTests.body(of: $0)["order"] as? [String: Any] }
                }
                let afterFirst = try await receiver.waitUntil { try paidNotes($0).count >= 1 }
                let deliveries = try await h.send(.GET, "/sandbox/events?order_id=\(order.orderID)").text
                let firstOrder = try #require(try paidNotes(afterFirst).first, "the sandbox's log: \(deliveries)")
                #expect(firstOrder["amount_paid"] as? Int == 1000)
                #expect(firstOrder["status"] as? String == "pending_payment")

                #expect(try await h.send(.POST, "/sandbox/payment-links/\(second.linkID)/pay").status == 200)
                let whole = try await h.api(.GET, APIPath.orders + "/\(order.orderID)", token: token).decode(Order.self)
                #expect(whole.amountPaid?.value == 2500)
                #expect(whole.status == "paid")
                // Deliveries may arrive in any order; wait for the second payment's own note.
                let afterSecond = try await receiver.waitUntil { try paidNotes($0).count >= 2 }
                let secondOrder = try #require(try paidNotes(afterSecond).first { $0["amount_paid"] as? Int != 1000 })
                #expect(secondOrder["amount_paid"] as? Int == 2500)
                #expect(secondOrder["status"] as? String == "paid")
            }
        }
    }

    @Test("Order rows read paid so much of the whole")
    func overviewRows() {
        let order = OrderOverview(orderID: "o-1", reference: "R", amount: 2500, amountPaid: 1000, currency: "EUR", status: "pending_payment")
        let paid = order.rows(excluding: nil).first { $0.label == "Paid" }?.value
        #expect(paid == "€10.00 of €25.00")
    }
}
