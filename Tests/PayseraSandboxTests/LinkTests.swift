import Foundation
import PayseraCheckout
import TestSupport
import Testing

/// The seed's example request body, with the order id replaced by a real one.
func seedExampleBody(orderID: String) -> String {
    """
    {
    "order_id": "\(orderID)",
    "name": "Order #12345",
    "experience": {
    "language": "en",
    "payment_flow": "paysera_checkout"
    },
    "purchase": {
    "amount": 2500
    },
    "lifetime": 3600,
    "payment_details": {
    "key": "credit_card",
    "purpose": "Order #12345 - Leather Wallet",
    "country_code": "LT"
    },
    "payer_information": {
    "name": "John Doe",
    "email": "john@example.com"
    }
    }
    """
}

@Suite("Payment links", .ownThread)
struct LinkTests {
    @Test("The seed's example body with a real order id gives 201 and every field echoed")
    func seedExample() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token)
            let answer = try await h.api(.POST, APIPath.paymentLinks, token: token, json: seedExampleBody(orderID: order.orderID))
            #expect(answer.status == 201, "\(answer.text)")
            let link = try answer.decode(PaymentLink.self)
            let now = Int(h.clock.now.timeIntervalSince1970)
            #expect(link.orderID == order.orderID)
            #expect(UUID(uuidString: link.linkID) != nil)
            #expect(link.name == "Order #12345")
            #expect(link.experience == Experience(language: "en", paymentFlow: "paysera_checkout"))
            #expect(link.purchase?.amount.value == 2500)
            #expect(link.paymentDetails == PaymentDetails(key: "credit_card", purpose: "Order #12345 - Leather Wallet", countryCode: "LT"))
            #expect(link.payerInformation == PayerInformation(name: "John Doe", email: "john@example.com"))
            #expect(link.createdAt == now)
            #expect(link.expiredAt == now + 3600)
            #expect(link.status == .active)
            let prefix = h.base + "/checkout-payment-link/payment-collection/v1/payment-links/"
            #expect(link.paymentURL.hasPrefix(prefix))
            let pageToken = link.paymentURL.dropFirst(prefix.count)
            #expect(pageToken.count == 40)
            #expect(pageToken.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
            #expect(answer.text.contains(#""payment_URL":"#))
        }
    }

    @Test("Lifetime 0 never expires (expired_at null); no lifetime means 3 days")
    func lifetimes() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token)
            let forever = try await h.api(.POST, APIPath.paymentLinks, token: token, json: SandboxHarness.linkBody(orderID: order.orderID, lifetime: 0))
            #expect(forever.status == 201)
            #expect(forever.text.contains(#""expired_at":null"#))
            let defaulted = try await h.createLink(token: token, orderID: order.orderID, lifetime: nil)
            #expect(defaulted.lifetime == 259_200)
            #expect(defaulted.expiredAt == Int(h.clock.now.timeIntervalSince1970) + 259_200)
        }
    }

    @Test("Refused link fields name their API path", arguments: [
        (#"{"name":"N","experience":{"language":"en"},"purchase":{"amount":1}}"#, "order_id"),
        (#"{"order_id":"ORDER","experience":{"language":"en"},"purchase":{"amount":1}}"#, "name"),
        (#"{"order_id":"ORDER","name":"","experience":{"language":"en"},"purchase":{"amount":1}}"#, "name"),
        (#"{"order_id":"ORDER","name":"N","experience":{"language":"xx"},"purchase":{"amount":1}}"#, "experience.language"),
        (#"{"order_id":"ORDER","name":"N","purchase":{"amount":1}}"#, "experience.language"),
        (#"{"order_id":"ORDER","name":"N","experience":{"language":"en","payment_flow":"other"},"purchase":{"amount":1}}"#, "experience.payment_flow"),
        (#"{"order_id":"ORDER","name":"N","experience":{"language":"en"},"purchase":{"amount":0}}"#, "purchase.amount"),
        (#"{"order_id":"ORDER","name":"N","experience":{"language":"en"},"purchase":{"amount":-1}}"#, "purchase.amount"),
        (#"{"order_id":"ORDER","name":"N","experience":{"language":"en"},"purchase":{"amount":"2500"}}"#, "purchase.amount"),
        (#"{"order_id":"ORDER","name":"N","experience":{"language":"en"},"purchase":{"amount":25.5}}"#, "purchase.amount"),
        (#"{"order_id":"ORDER","name":"N","experience":{"language":"en"},"purchase":{"amount":2147483648}}"#, "purchase.amount"),
        (#"{"order_id":"ORDER","name":"N","experience":{"language":"en"},"purchase":{"amount":1e400}}"#, "purchase.amount"),
        (#"{"order_id":"ORDER","name":"N","experience":{"language":"en"},"purchase":{"amount":123456789012345678901234567890}}"#, "purchase.amount"),
        (#"{"order_id":"ORDER","name":"N","experience":{"language":"en"}}"#, "purchase.amount"),
        (#"{"order_id":"ORDER","name":"N","experience":{"language":"en"},"purchase":{"amount":1},"lifetime":-1}"#, "lifetime"),
        (#"{"order_id":"ORDER","name":"N","experience":{"language":"en"},"purchase":{"amount":1},"lifetime":86313601}"#, "lifetime"),
        (#"{"order_id":"ORDER","name":"N","experience":{"language":"en"},"purchase":{"amount":1},"payment_details":{"country_code":"XX"}}"#, "payment_details.country_code"),
        (#"{"order_id":"ORDER","name":"N","experience":{"language":"en"},"purchase":{"amount":1},"payment_details":{"key":"a b"}}"#, "payment_details.key"),
        (#"{"order_id":"ORDER","name":"N","experience":{"language":"en"},"purchase":{"amount":1},"payer_information":{"email":"john"}}"#, "payer_information.email"),
        (#"{"order_id":"ORDER","name":"N","experience":{"language":"en"},"purchase":{"amount":1},"metadata":{"k":["v"]}}"#, "metadata"),
        (#"{"order_id":"ORDER","name":null,"experience":null,"purchase":null}"#, "name"),
        (#"{"order_id":7,"name":"N","experience":{"language":"en"},"purchase":{"amount":1}}"#, "order_id"),
        (#"{"order_id":"not-a-uuid","name":"N","experience":{"language":"en"},"purchase":{"amount":1}}"#, "order_id"),
        (#"{"order_id":"a6f2b8e3-5e5f-47d9-b13f-87ed2db2938a","name":"N","experience":{"language":"en"},"purchase":{"amount":1}}"#, "order_id"),
    ])
    func refusedFields(body: String, path: String) async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token)
            let answer = try await h.api(.POST, APIPath.paymentLinks, token: token, json: body.replacingOccurrences(of: "ORDER", with: order.orderID))
            #expect(answer.status == 400, "\(answer.text)")
            #expect(answer.errorCode == "invalid_request")
            #expect(answer.errorProperties[path]?.isEmpty == false, "\(answer.text)")
        }
    }

    @Test("Several refused fields come back together")
    func manyErrors() async throws {
        try await SandboxHarness.with { h in
            let answer = try await h.api(
                .POST, APIPath.paymentLinks, token: try await h.token(),
                json: #"{"order_id":"x","name":"","experience":{"language":"eng"},"purchase":{"amount":0}}"#)
            #expect(answer.status == 400)
            #expect(Set(answer.errorProperties.keys) == ["order_id", "name", "experience.language", "purchase.amount"])
        }
    }

    @Test("Get answers the link with status and updated_at; unknown ids 404")
    func getLink() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token)
            let link = try await h.createLink(token: token, orderID: order.orderID)
            let read = try await h.api(.GET, APIPath.paymentLinks + "/\(link.linkID)", token: token)
            #expect(read.status == 200)
            let got = try read.decode(PaymentLink.self)
            #expect(got == link)
            #expect(got.updatedAt != nil)
            let missing = try await h.api(.GET, APIPath.paymentLinks + "/\(UUID().uuidString)", token: token)
            #expect(missing.status == 404)
            #expect(missing.errorCode == "not_found")
        }
    }

    func list(_ h: SandboxHarness, _ token: String, _ query: String) async throws -> PaymentLinkList {
        let answer = try await h.api(.GET, APIPath.paymentLinks + "?" + query, token: token)
        try #require(answer.status == 200, "\(query): \(answer.text)")
        return try answer.decode(PaymentLinkList.self)
    }

    @Test("Lists page newest first with totals, and filter by order and status")
    func listing() async throws {
        let clock = TestClock()
        try await SandboxHarness.with(clock: clock) { h in
            let token = try await h.token()
            let first = try await h.createOrder(token: token)
            let second = try await h.createOrder(token: token)
            var made: [PaymentLink] = []
            for i in 0..<25 {
                made.append(try await h.createLink(token: token, orderID: i % 5 == 0 ? second.orderID : first.orderID, name: "L\(i)"))
                if i % 2 == 0 { clock.advance(by: 1) }
            }
            let firstAnswer = try await h.api(.GET, APIPath.paymentLinks, token: token)
            try #require(firstAnswer.status == 200, "\(firstAnswer.text)")
            let page1 = try firstAnswer.decode(PaymentLinkList.self)
            #expect(page1.items.count == 20)
            #expect(page1.metadata == ListMetadata(total: 25, limit: 20, offset: 0))
            #expect(page1.items.map(\.name) == made.reversed().prefix(20).map(\.name))
            let page2 = try await list(h, token, "limit=10&offset=20")
            #expect(page2.items.map(\.name) == made.reversed().suffix(5).map(\.name))
            #expect(page2.metadata == ListMetadata(total: 25, limit: 10, offset: 20))

            let ofSecond = try await list(h, token, "order_id=\(second.orderID)")
            #expect(ofSecond.items.count == 5)
            #expect(ofSecond.items.allSatisfy { $0.orderID == second.orderID })

            _ = try await h.api(.PUT, APIPath.paymentLinks + "/\(made[3].linkID)/cancel", token: token)
            let canceled = try await list(h, token, "status=canceled")
            #expect(canceled.items.map(\.linkID) == [made[3].linkID])
            let active = try await list(h, token, "status=active&limit=200")
            #expect(active.metadata?.total == 24)
            clock.advance(by: 7200)
            let expired = try await list(h, try await h.token(), "status=expired&limit=200")
            #expect(expired.items.count == 24)
            #expect(expired.items.allSatisfy { $0.status == .expired })
        }
    }

    @Test("Bad list parameters answer 400 naming the parameter", arguments: [
        ("limit=0", "limit"), ("limit=201", "limit"), ("limit=abc", "limit"), ("offset=-1", "offset"),
        ("offset=1.5", "offset"), ("status=paid", "status"), ("order_id=", "order_id"), ("order_id=null", "order_id"),
        ("limit=99999999999999999999999", "limit"),
    ])
    func badListQuery(query: String, parameter: String) async throws {
        try await SandboxHarness.with { h in
            let answer = try await h.api(.GET, APIPath.paymentLinks + "?\(query)", token: try await h.token())
            #expect(answer.status == 400)
            #expect(answer.errorProperties[parameter]?.isEmpty == false, "\(answer.text)")
        }
    }

    @Test("Update changes name, lifetime, payer and purpose of an active link, judged by the same rules")
    func update() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token)
            let link = try await h.createLink(token: token, orderID: order.orderID)
            let path = APIPath.paymentLinks + "/\(link.linkID)"
            let changed = try await h.api(
                .PUT, path, token: token,
                json: #"{"name":"Renamed","lifetime":0,"payer_information":{"name":"Jane","email":"jane@example.com"},"payment_details":{"purpose":"Gift"}}"#)
            #expect(changed.status == 200, "\(changed.text)")
            let updated = try changed.decode(PaymentLink.self)
            #expect(updated.name == "Renamed")
            #expect(updated.lifetime == 0)
            #expect(updated.expiredAt == nil)
            #expect(updated.payerInformation == PayerInformation(name: "Jane", email: "jane@example.com"))
            #expect(updated.paymentDetails?.purpose == "Gift")
            #expect(updated.paymentURL == link.paymentURL)

            let bad = try await h.api(.PUT, path, token: token, json: #"{"name":"","payer_information":{"email":"nope"}}"#)
            #expect(bad.status == 400)
            #expect(Set(bad.errorProperties.keys) == ["name", "payer_information.email"])
            let fixed = try await h.api(.PUT, path, token: token, json: #"{"purchase":{"amount":1}}"#)
            #expect(fixed.status == 400)
            #expect(fixed.errorProperties["purchase"] != nil)
            #expect(try await h.api(.PUT, path, token: token, json: "[]").status == 400)
            #expect(try await h.api(.PUT, APIPath.paymentLinks + "/\(UUID().uuidString)", token: token, json: "{}").status == 404)

            _ = try await h.api(.PUT, path + "/cancel", token: token)
            let late = try await h.api(.PUT, path, token: token, json: #"{"name":"Too late"}"#)
            #expect(late.status == 409)
        }
    }

    @Test("Cancel makes the link canceled; a second cancel answers 409; unknown 404")
    func cancelTwice() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token)
            let link = try await h.createLink(token: token, orderID: order.orderID)
            let first = try await h.api(.PUT, APIPath.paymentLinks + "/\(link.linkID)/cancel", token: token)
            #expect(first.status == 200)
            #expect(try first.decode(PaymentLink.self).status == .canceled)
            let second = try await h.api(.PUT, APIPath.paymentLinks + "/\(link.linkID)/cancel", token: token)
            #expect(second.status == 409)
            #expect(second.errorCode == "conflict")
            let unknown = try await h.api(.PUT, APIPath.paymentLinks + "/\(UUID().uuidString)/cancel", token: token)
            #expect(unknown.status == 404)
            // Paying a canceled link is refused too.
            #expect(try await h.send(.POST, "/sandbox/payment-links/\(link.linkID)/pay").status == 409)
        }
    }

    @Test("A link expires when expired_at passes, can still be paid then, and is no longer cancelable")
    func lifecycle() async throws {
        let clock = TestClock()
        try await SandboxHarness.with(clock: clock) { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token)
            let link = try await h.createLink(token: token, orderID: order.orderID, lifetime: 60)
            clock.advance(by: 59)
            #expect(try await h.api(.GET, APIPath.paymentLinks + "/\(link.linkID)", token: token).decode(PaymentLink.self).status == .active)
            clock.advance(by: 1)
            #expect(try await h.api(.GET, APIPath.paymentLinks + "/\(link.linkID)", token: token).decode(PaymentLink.self).status == .expired)
            #expect(try await h.api(.PUT, APIPath.paymentLinks + "/\(link.linkID)/cancel", token: token).status == 409)

            let failed = try await h.send(.POST, "/sandbox/payment-links/\(link.linkID)/fail")
            #expect(failed.status == 200)
            #expect(try failed.decode(PaymentLink.self).status == .expired)

            let paid = try await h.send(.POST, "/sandbox/payment-links/\(link.linkID)/pay")
            #expect(paid.status == 200)
            #expect(try paid.decode(PaymentLink.self).status == .completed)
            let orderNow = try await h.api(.GET, APIPath.orders + "/\(order.orderID)", token: token).decode(Order.self)
            #expect(orderNow.status == "paid")
            #expect(try await h.send(.POST, "/sandbox/payment-links/\(link.linkID)/pay").status == 409)
            // A paid order takes no new links.
            let more = try await h.api(.POST, APIPath.paymentLinks, token: token, json: SandboxHarness.linkBody(orderID: order.orderID))
            #expect(more.status == 409)
        }
    }

    @Test("A failed payment leaves the link active")
    func failStaysActive() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token)
            let link = try await h.createLink(token: token, orderID: order.orderID)
            let failed = try await h.send(.POST, "/sandbox/payment-links/\(link.linkID)/fail")
            #expect(failed.status == 200)
            #expect(try failed.decode(PaymentLink.self).status == .active)
            #expect(try await h.send(.POST, "/sandbox/payment-links/\(UUID().uuidString)/pay").status == 404)
        }
    }
}
