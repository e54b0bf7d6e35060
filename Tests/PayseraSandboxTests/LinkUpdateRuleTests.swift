import Foundation
import PaylinkCore
import PayseraCheckout
import TestSupport
import Testing

@Suite("The sandbox changes links by the core's update rule", .ownThread)
struct LinkUpdateRuleTests {
    @Test("A new lifetime counts from the time of the change, so a link can be given more time")
    func lifetimeCountsFromNow() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token)
            let link = try await h.createLink(token: token, orderID: order.orderID, lifetime: 3600)
            h.clock.advance(by: 1800)
            let answer = try await h.api(.PUT, APIPath.paymentLinks + "/\(link.linkID)", token: token, json: #"{"lifetime":7200}"#)
            #expect(answer.status == 200, "\(answer.text)")
            let changed = try answer.decode(PaymentLink.self)
            let now = Int(h.clock.now.timeIntervalSince1970)
            #expect(changed.expiredAt == now + 7200)
            #expect(changed.lifetime == 7200)
            #expect(changed.updatedAt == now)
        }
    }

    @Test("Every fixed path is refused with the core's message, and nothing changes")
    func fixedPathsRefused() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token)
            let link = try await h.createLink(token: token, orderID: order.orderID)
            let path = APIPath.paymentLinks + "/\(link.linkID)"
            let bodies = [
                #"{"order_id":"\#(order.orderID)"}"#, #"{"experience":{"language":"lt"}}"#, #"{"purchase":{"amount":1}}"#,
                #"{"metadata":{"a":"b"}}"#, #"{"payment_details":{"key":"card-payment"}}"#,
                #"{"payment_details":{"country_code":"LT"}}"#,
            ]
            for (body, fixed) in zip(bodies, LinkUpdate.fixedPaths) {
                let answer = try await h.api(.PUT, path, token: token, json: #"{"name":"Changed",\#(body.dropFirst())"#)
                #expect(answer.status == 400, "\(body)")
                #expect(answer.errorProperties[fixed] == [LinkUpdate.fixedMessage], "\(answer.text)")
            }
            let unchanged = try await h.api(.GET, path, token: token).decode(PaymentLink.self)
            #expect(unchanged.name == link.name)
        }
    }

    @Test("An expired link answers 409 with the core's sentence")
    func expiredLinkRefused() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token)
            let link = try await h.createLink(token: token, orderID: order.orderID, lifetime: 60)
            h.clock.advance(by: 120)
            let token2 = try await h.token()
            let answer = try await h.api(.PUT, APIPath.paymentLinks + "/\(link.linkID)", token: token2, json: #"{"name":"Late"}"#)
            #expect(answer.status == 409)
            #expect(answer.text.contains(LinkUpdate.refusal(status: .expired)!), "\(answer.text)")
        }
    }

    @Test("An order answers what its paid links add up to in amount_paid")
    func orderAmountPaid() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token, amount: "\"2500\"")
            let link = try await h.createLink(token: token, orderID: order.orderID, amount: 2500)
            let before = try await h.api(.GET, APIPath.orders + "/\(order.orderID)", token: token).decode(Order.self)
            #expect(before.amountPaid?.value == 0)
            let paid = try await h.send(.POST, "/sandbox/payment-links/\(link.linkID)/pay")
            #expect(paid.status == 200, "\(paid.text)")
            let after = try await h.api(.GET, APIPath.orders + "/\(order.orderID)", token: token).decode(Order.self)
            #expect(after.amountPaid?.value == 2500)
            #expect(after.status == "paid")
        }
    }
}
