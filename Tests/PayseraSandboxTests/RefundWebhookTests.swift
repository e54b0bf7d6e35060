import Foundation
import PayseraCheckout
import PayseraSandbox
import TestSupport
import Testing

@Suite("Refund webhooks", .ownThread)
struct RefundWebhookTests {
    /// The deliveries whose body's event is `refund` / `status_updated`.
    static func refundEvents(_ deliveries: [WebhookReceiver.Delivery]) throws -> [WebhookReceiver.Delivery] {
        try deliveries.filter { try WebhookTests.event(of: $0)["type"] as? String == "refund" }
    }

    /// Waits (polling) until the receiver holds `count` refund events.
    static func waitForRefundEvents(_ receiver: WebhookReceiver, _ count: Int) async throws -> [WebhookReceiver.Delivery] {
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            let seen = try refundEvents(try await receiver.waitFor(0))
            if seen.count >= count { return seen }
            try await Task.sleep(for: .milliseconds(20))
        }
        return try refundEvents(try await receiver.waitFor(0))
    }

    @Test("Each status a refund takes posts a signed refund/status_updated to the order's callback_url, logged as an event")
    func processingThenCompleted() async throws {
        try await WebhookReceiver.with { receiver in
            try await SandboxHarness.with { h in
                let token = try await h.token()
                let order = try await RefundTests.paidOrder(h, token: token, callback: receiver.url)
                let made = try await RefundTests.refund(h, token: token, RefundTests.body(order, amount: "1000", reason: "Damaged"))
                let refund = try made.decode(Refund.self)
                let events = try await Self.waitForRefundEvents(receiver, 2)
                try #require(events.count == 2)
                for delivery in events {
                    #expect(WebhookSignature.verify(body: delivery.body, signature: delivery.header("X-Paysera-Signature") ?? "", secret: "sandbox-secret"))
                    #expect(try WebhookTests.event(of: delivery)["name"] as? String == "status_updated")
                }
                let bodies = try events.map { try WebhookTests.body(of: $0) }
                let refunds = bodies.compactMap { $0["refund"] as? [String: Any] }
                #expect(refunds.map { $0["status"] as? String } == ["processing", "completed"])
                #expect(refunds.allSatisfy { $0["refund_id"] as? String == refund.refundID })
                #expect(refunds.allSatisfy { $0["order_id"] as? String == order.orderID })
                #expect(refunds.allSatisfy { $0["reason"] as? String == "Damaged" })
                // The order snapshot lists the refund as it stands at each event.
                let last = try #require(bodies.last?["order"] as? [String: Any])
                #expect(last["paysera_order_id"] as? String == order.orderID)
                #expect(last["amount_refunded"] as? Int == 1000)
                #expect(last["status"] as? String == "paid")
                let listed = try #require(last["refunds"] as? [[String: Any]])
                #expect(listed.map { $0["status"] as? String } == ["completed"])

                // The event log lists both, each delivered.
                let deadline = ContinuousClock.now + .seconds(30)
                var logged: [[String: Any]] = []
                while ContinuousClock.now < deadline {
                    let answer = try await h.send(.GET, "/sandbox/events?order_id=\(order.orderID)")
                    let items = (try JSONSerialization.jsonObject(with: Data(answer.body)) as? [String: Any])?["items"] as? [[String: Any]] ?? []
                    logged = items.filter { $0["type"] as? String == "refund" }
                    let delivered = logged.filter { (($0["deliveries"] as? [[String: Any]])?.first?["status"] as? Int) == 204 }
                    if delivered.count == 2 { break }
                    try await Task.sleep(for: .milliseconds(20))
                }
                #expect(logged.count == 2)
                #expect(logged.allSatisfy { $0["name"] as? String == "status_updated" && $0["url"] as? String == receiver.url })
                #expect(Set(logged.compactMap { $0["id"] as? String }) == Set(events.compactMap { $0.header("X-Paysera-Request-Id") }))
            }
        }
    }

    @Test("A refund's own callback_url gets its events instead of the order's; a failed refund's last event says failed")
    func refundCallbackAndFailure() async throws {
        try await WebhookReceiver.with { shop in
            try await WebhookReceiver.with { refunds in
                try await SandboxHarness.with(faults: try SandboxFaults.parse(["refund-fail"])) { h in
                    let token = try await h.token()
                    let order = try await RefundTests.paidOrder(h, token: token, callback: shop.url)
                    let made = try await RefundTests.refund(h, token: token, RefundTests.body(order, amount: "2500", callback: refunds.url))
                    #expect(made.status == 201)
                    let events = try await Self.waitForRefundEvents(refunds, 2)
                    let statuses = try events.map { (try WebhookTests.body(of: $0)["refund"] as? [String: Any])?["status"] as? String }
                    #expect(statuses == ["processing", "failed"])
                    let last = try #require(try events.last.map { try WebhookTests.body(of: $0)["order"] as? [String: Any] } ?? nil)
                    #expect(last["amount_refunded"] as? Int == 0)
                    #expect(last["status"] as? String == "paid")
                    // The shop's own URL got the payment's events only.
                    #expect(try Self.refundEvents(try await shop.waitFor(0)).isEmpty)
                }
            }
        }
    }

    /// Reads a refund event as a shop's handler on Paysera's PHP SDK would: headers first, then the event by
    /// `CallbackEventBuilder`, then the refund's fields by the names `RefundOrderResponseNormalizer` reads.
    @Test("A refund event reads as Paysera's SDK reads callbacks and refunds: headers, event type/name, refund fields")
    func readsAsTheSDKDoes() async throws {
        try await WebhookReceiver.with { receiver in
            try await SandboxHarness.with { h in
                let token = try await h.token()
                let order = try await RefundTests.paidOrder(h, token: token, callback: receiver.url)
                _ = try await RefundTests.refund(h, token: token, RefundTests.body(order, amount: "1250"))
                let delivery = try #require(try await Self.waitForRefundEvents(receiver, 1).first)

                // The SDK's header checks (API doc §6).
                let signature = try #require(delivery.header("X-Paysera-Signature"))
                #expect(signature.count == 64 && signature.allSatisfy { "0123456789abcdef".contains($0) })
                #expect(WebhookSignature.verify(body: delivery.body, signature: signature, secret: "sandbox-secret"))
                #expect(delivery.header("X-Paysera-Signature-Alg") == "HMAC-SHA256")
                #expect((delivery.header("X-Paysera-Created-At").flatMap(Int.init) ?? 0) > 0)
                #expect(delivery.header("X-Paysera-Request-Id").flatMap(UUID.init(uuidString:)) != nil)
                #expect(delivery.header("X-Paysera-Callback-Id").flatMap(UUID.init(uuidString:)) != nil)

                // CallbackEventBuilder: `$payload['event']` must be an array holding `type` and `name` strings.
                let payload = try WebhookTests.body(of: delivery)
                let event = try #require(payload["event"] as? [String: Any])
                #expect(event["type"] as? String == "refund")
                #expect(event["name"] as? String == "status_updated")

                // RefundOrderResponseNormalizer's keys and types; its validator wants each non-empty and a known status.
                let refund = try #require(payload["refund"] as? [String: Any])
                #expect(["processing", "completed", "failed"].contains(refund["status"] as? String ?? ""))
                #expect((refund["refund_id"] as? String).flatMap(UUID.init(uuidString:)) != nil)
                // TypeConverter::INT: a JSON integer, decoded strictly.
                let typed = try JSONDecoder().decode(RefundEventPayload.self, from: Data(delivery.body)).refund
                #expect(typed.amount == 1250)
                #expect(typed.refundID == refund["refund_id"] as? String)
                #expect(refund["currency"] as? String == "EUR")
                #expect(refund["reference"] as? String == order.purchase?.reference)
                // `DateTimeImmutable::createFromFormat(DateTimeInterface::ATOM, …)`: `Y-m-d\TH:i:sP`.
                let createdAt = try #require(refund["created_at"] as? String)
                #expect(createdAt.wholeMatch(of: #/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}/#) != nil, "\(createdAt)")
                let atom = DateFormatter()
                atom.locale = Locale(identifier: "en_US_POSIX")
                atom.dateFormat = "yyyy-MM-dd'T'HH:mm:ssxxx"
                #expect(atom.date(from: createdAt) == h.clock.now)
            }
        }
    }
}

/// The `refund` object with the types Paysera's SDK converts its fields to.
struct RefundEventPayload: Decodable {
    /// The refund's fields by the SDK's names.
    struct SDKRefund: Decodable {
        var status: String
        var refundID: String
        var amount: Int
        var currency: String
        var createdAt: String
        var reference: String
        enum CodingKeys: String, CodingKey {
            case status, amount, currency, reference
            case refundID = "refund_id"
            case createdAt = "created_at"
        }
    }
    var refund: SDKRefund
}
