import Foundation
import PayseraCheckout
import TestSupport
import Testing

@Suite("Orders", .ownThread)
struct OrderTests {
    @Test("An order is created (amount as digits or integer) and read back")
    func createAndGet() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token, reference: "R1", amount: "\"2500\"")
            #expect(order.purchase?.amount.value == 2500)
            #expect(order.purchase?.currency == "EUR")
            #expect(order.status == "pending_payment")
            #expect(order.createdAt == Int(h.clock.now.timeIntervalSince1970))
            let integer = try await h.createOrder(token: token, reference: "R2", amount: "99")
            #expect(integer.purchase?.amount.value == 99)

            let read = try await h.api(.GET, APIPath.orders + "/\(order.orderID)", token: token)
            #expect(read.status == 200)
            #expect(try read.decode(Order.self).orderID == order.orderID)
            // The answer carries the amount as an integer.
            #expect(read.text.contains(#""amount":2500"#))
        }
    }

    @Test("Unknown order id answers 404 not_found")
    func unknownOrder() async throws {
        try await SandboxHarness.with { h in
            let answer = try await h.api(.GET, APIPath.orders + "/\(UUID().uuidString)", token: try await h.token())
            #expect(answer.status == 404)
            #expect(answer.errorCode == "not_found")
        }
    }

    @Test("Reusing a reference answers 409 with Paysera's sentence")
    func duplicateReference() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            _ = try await h.createOrder(token: token, reference: "SAME")
            let again = try await h.api(.POST, APIPath.orders, token: token, json: #"{"purchase":{"reference":"SAME","amount":"1","currency":"EUR"}}"#)
            #expect(again.status == 409)
            #expect(again.errorCode == "conflict")
            #expect(try again.decode(ErrorBody.self).errorDescription == "Order with this reference already exists")
        }
    }

    @Test("Bad order fields are refused with 400 naming each API path", arguments: [
        (#"{"purchase":{"reference":"R<1>","amount":"2500","currency":"EUR"}}"#, "purchase.reference"),
        (#"{"purchase":{"reference":"R1","amount":"0","currency":"EUR"}}"#, "purchase.amount"),
        (#"{"purchase":{"reference":"R1","amount":"25.00","currency":"EUR"}}"#, "purchase.amount"),
        (#"{"purchase":{"reference":"R1","amount":true,"currency":"EUR"}}"#, "purchase.amount"),
        (#"{"purchase":{"reference":"R1","amount":"2500","currency":"EURO"}}"#, "purchase.currency"),
        (#"{"purchase":{"reference":"R1","amount":"2500"}}"#, "purchase.currency"),
        (#"{"purchase":{"reference":"R1","amount":"2500","currency":"EUR"},"redirect_urls":{"callback_url":"ftp://x"}}"#, "redirect_urls.callback_url"),
        (#"{"purchase":{"reference":"R1","amount":"2500","currency":"EUR"},"metadata":{"a":1}}"#, "metadata"),
        (#"{"purchase":"R1"}"#, "purchase"),
        (#"{}"#, "purchase.reference"),
    ])
    func invalidOrder(body: String, path: String) async throws {
        try await SandboxHarness.with { h in
            let answer = try await h.api(.POST, APIPath.orders, token: try await h.token(), json: body)
            #expect(answer.status == 400, "\(answer.text)")
            #expect(answer.errorCode == "invalid_request")
            #expect(answer.errorProperties[path]?.isEmpty == false, "\(answer.text)")
        }
    }
}
