import Crypto
import Foundation
import Hummingbird
import PayseraCheckout
import ServiceLifecycle
import Synchronization
import TestSupport
import Testing

/// A tiny webhook receiver on loopback that keeps every delivery.
final class WebhookReceiver: Sendable {
    struct Delivery: Sendable {
        /// Header names in lower case.
        var headers: [String: String]
        var body: [UInt8]
        func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    private let log: DeliveryLog
    let port: Int

    private init(log: DeliveryLog, port: Int) {
        self.log = log
        self.port = port
    }

    /// Starts listening on a free port; `body` runs with the receiver, which is stopped afterwards.
    /// `answers` are the statuses given to the first deliveries, in turn; every later one gets 204.
    static func with<T>(answers: [Int] = [], _ body: (WebhookReceiver) async throws -> T) async throws -> T {
        let log = DeliveryLog()
        let router = Router()
        router.post("/hook") { request, _ -> Response in
            let bytes = try await request.body.collect(upTo: 1 << 20)
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName] = field.value }
            let index = log.append(Delivery(headers: headers, body: Array(bytes.readableBytesView)))
            let status = index < answers.count ? answers[index] : 204
            // A 204 has no body (RFC 9110 §15.3.5): one sent anyway is read as the start of the next answer on the
            // kept-alive connection, and the delivery after it fails.
            let text = status == 204 ? "" : "answer \(index + 1)"
            return Response(status: .init(code: status), body: .init(byteBuffer: ByteBuffer(string: text)))
        }
        let ports = AsyncStream<Int>.makeStream()
        var logger = SandboxHarness.quietLogger()
        logger.logLevel = .error
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { ports.continuation.yield($0.localAddress?.port ?? 0) }, logger: logger)
        let group = ServiceGroup(services: [app], logger: logger)
        let task = Task { try await group.run() }
        var iterator = ports.stream.makeAsyncIterator()
        let port = await iterator.next() ?? 0
        let receiver = WebhookReceiver(log: log, port: port)
        do {
            let result = try await body(receiver)
            await group.triggerGracefulShutdown()
            _ = await task.result
            return result
        } catch {
            await group.triggerGracefulShutdown()
            _ = await task.result
            throw error
        }
    }

    var url: String { "http://127.0.0.1:\(port)/hook" }

    /// Deliveries so far.
    var count: Int { log.all.count }

    /// Waits (polling, with a deadline) until `count` deliveries arrived.
    func waitFor(_ count: Int, within limit: Duration = .seconds(10)) async throws -> [Delivery] {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            let seen = log.all
            if seen.count >= count { return seen }
            try await Task.sleep(for: .milliseconds(20))
        }
        return log.all
    }

    /// Waits (polling, with a deadline) until the deliveries so far satisfy `done`; returns them.
    func waitUntil(within limit: Duration = .seconds(30), _ done: ([Delivery]) throws -> Bool) async throws -> [Delivery] {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            let seen = log.all
            if try done(seen) { return seen }
            try await Task.sleep(for: .milliseconds(20))
        }
        return log.all
    }
}

/// Deliveries as they arrive, shared between the route and the test.
final class DeliveryLog: Sendable {
    private let items = Mutex<[WebhookReceiver.Delivery]>([])
    /// Keeps the delivery; its index among all so far.
    @discardableResult
    func append(_ delivery: WebhookReceiver.Delivery) -> Int {
        items.withLock { items in
            items.append(delivery)
            return items.count - 1
        }
    }
    var all: [WebhookReceiver.Delivery] { items.withLock { $0 } }
}

@Suite("Webhooks", .ownThread)
struct WebhookTests {
    @Test("Paying a link posts a signed order notification to the callback_url; a failure posts one too")
    func signedWebhook() async throws {
        try await WebhookReceiver.with { receiver in try await Self.deliveries(to: receiver) }
    }

    static func deliveries(to receiver: WebhookReceiver) async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token, reference: "HOOK-1", amount: "2500", callback: receiver.url)
            let link = try await h.createLink(token: token, orderID: order.orderID)

            _ = try await h.send(.POST, "/sandbox/payment-links/\(link.linkID)/fail?method=seb")
            let first = try await receiver.waitFor(1)
            try #require(first.count == 1)
            #expect(try Self.event(of: first[0])["type"] as? String == "payment")
            #expect(try Self.event(of: first[0])["name"] as? String == "status_updated")
            let failed = try #require(try Self.body(of: first[0])["payment"] as? [String: Any])
            #expect(failed["status"] as? String == "failed")
            #expect(failed["method"] as? String == "seb")

            let paid = try await h.send(.POST, "/sandbox/payment-links/\(link.linkID)/pay?method=swedbank")
            #expect(paid.status == 200)
            let all = try await receiver.waitFor(3)
            try #require(all.count == 3)
            let delivery = try #require(try all.first { try Self.event(of: $0)["name"] as? String == "amount_paid_updated" })
            // Every event has its own request id, so a receiver can tell them apart.
            #expect(Set(all.compactMap { $0.header("X-Paysera-Request-Id") }).count == 3)

            #expect(WebhookSignature.verify(body: delivery.body, signature: delivery.header("X-Paysera-Signature") ?? "", secret: "sandbox-secret"))
            #expect(delivery.header("X-Paysera-Signature-Alg") == "HMAC-SHA256")
            #expect(delivery.header("X-Paysera-Created-At") == String(Int(h.clock.now.timeIntervalSince1970)))
            #expect(delivery.header("X-Paysera-Request-Id").flatMap(UUID.init(uuidString:)) != nil)
            #expect(delivery.header("X-Paysera-Callback-Id").flatMap(UUID.init(uuidString:)) != nil)
            #expect(delivery.header("Content-Type") == "application/json")

            #expect(try Self.event(of: delivery)["type"] as? String == "order")
            let snapshot = try #require(try Self.body(of: delivery)["order"] as? [String: Any])
            #expect(snapshot["paysera_order_id"] as? String == order.orderID)
            #expect(snapshot["merchant_order_id"] as? String == "HOOK-1")
            #expect(snapshot["amount"] as? Int == 2500)
            #expect(snapshot["amount_paid"] as? Int == 2500)
            #expect(snapshot["currency"] as? String == "EUR")
            #expect(snapshot["status"] as? String == "paid")
            // The official SDK reads the link's `id` and `name`, and its payments.
            let links = try #require(snapshot["payment_links"] as? [[String: Any]])
            #expect(links.first?["id"] as? String == link.linkID)
            #expect(links.first?["name"] as? String == "Order #12345")
            #expect(links.first?["status"] as? String == "completed")
            let payments = try #require(links.first?["payments"] as? [[String: Any]])
            #expect(payments.map { $0["method"] as? String } == ["seb", "swedbank"])
            #expect(payments.map { $0["status"] as? String } == ["failed", "completed"])
            #expect(payments.last?["payment_amount"] as? Int == 2500)
            #expect(payments.last?["payment_currency"] as? String == "EUR")

            // A body altered by one byte no longer matches the signature.
            var tampered = delivery.body
            tampered[tampered.count / 2] ^= 1
            #expect(!WebhookSignature.verify(body: tampered, signature: delivery.header("X-Paysera-Signature") ?? "", secret: "sandbox-secret"))
        }
    }

    @Test("A receiver answering 500, 500, 200 gets three deliveries on the scaled schedule; the log shows each")
    func retriesUntilTaken() async throws {
        try await WebhookReceiver.with(answers: [500, 500, 200]) { receiver in
            // 1 h, 6 h, 31 h scaled to 0.18 s, 1.08 s, 5.58 s.
            try await SandboxHarness.with(webhookRetryScale: 0.00005) { h in
                let token = try await h.token()
                let order = try await h.createOrder(token: token, callback: receiver.url)
                let link = try await h.createLink(token: token, orderID: order.orderID)
                _ = try await h.send(.POST, "/sandbox/payment-links/\(link.linkID)/fail")
                let all = try await receiver.waitFor(3, within: .seconds(30))
                #expect(all.count == 3)
                #expect(Set(all.map { Array($0.body) }).count == 1)
                #expect(Set(all.compactMap { $0.header("X-Paysera-Request-Id") }).count == 1)
                let deliveries = try await Self.logged(h, orderID: order.orderID, count: 3)
                #expect(deliveries.map { $0["status"] as? Int } == [500, 500, 200])
                #expect(deliveries.map { $0["attempt"] as? Int } == [1, 2, 3])
                #expect(deliveries.last?["answer"] as? String == "answer 3")
            }
        }
    }

    @Test("A receiver answering 401 gets one delivery and no retries")
    func unauthorizedStops() async throws {
        try await WebhookReceiver.with(answers: [401, 200, 200, 200]) { receiver in
            try await SandboxHarness.with(webhookRetryScale: 0.00005) { h in
                let token = try await h.token()
                let order = try await h.createOrder(token: token, callback: receiver.url)
                let link = try await h.createLink(token: token, orderID: order.orderID)
                _ = try await h.send(.POST, "/sandbox/payment-links/\(link.linkID)/fail")
                #expect(try await receiver.waitFor(1).count == 1)
                // The second attempt would come 0.18 s after the first; wait well past it.
                try await Task.sleep(for: .seconds(2))
                #expect(receiver.count == 1)
                let deliveries = try await Self.logged(h, orderID: order.orderID, count: 1)
                #expect(deliveries.map { $0["status"] as? Int } == [401])
            }
        }
    }

    @Test("Resending an event delivers the same body and request id with a valid signature, also to another URL")
    func resend() async throws {
        try await WebhookReceiver.with { receiver in
            try await WebhookReceiver.with { other in
                try await SandboxHarness.with { h in
                    let token = try await h.token()
                    let order = try await h.createOrder(token: token, callback: receiver.url)
                    let link = try await h.createLink(token: token, orderID: order.orderID)
                    _ = try await h.send(.POST, "/sandbox/payment-links/\(link.linkID)/fail")
                    let original = try #require(try await receiver.waitFor(1).first)
                    let eventID = try #require(original.header("X-Paysera-Request-Id"))

                    let again = try await h.send(.POST, "/sandbox/events/\(eventID)/resend")
                    #expect(again.status == 200)
                    let answer = try #require(try JSONSerialization.jsonObject(with: Data(again.body)) as? [String: Any])
                    #expect(answer["status"] as? Int == 204)
                    #expect(answer["resend"] as? Bool == true)
                    let both = try await receiver.waitFor(2)
                    try #require(both.count == 2)
                    #expect(both[1].body == original.body)
                    #expect(both[1].header("X-Paysera-Request-Id") == eventID)
                    #expect(WebhookSignature.verify(body: both[1].body, signature: both[1].header("X-Paysera-Signature") ?? "", secret: "sandbox-secret"))

                    let elsewhere = try await h.send(.POST, "/sandbox/events/\(eventID)/resend?to=\(other.url)")
                    #expect(elsewhere.status == 200)
                    #expect(try await other.waitFor(1).first?.body == original.body)
                    #expect(try await h.send(.POST, "/sandbox/events/\(eventID)/resend?to=ftp://x").status == 400)
                    #expect(try await h.send(.POST, "/sandbox/events/nope/resend").status == 404)

                    let deliveries = try await Self.logged(h, orderID: order.orderID, count: 3)
                    #expect(deliveries.map { $0["resend"] as? Bool } == [false, true, true])
                    #expect(deliveries.last?["url"] as? String == other.url)
                    let page = try await h.send(.GET, "/sandbox/events", headers: [("Accept", "text/html")])
                    #expect(page.text.contains("(resend)"))
                    #expect(page.text.contains(eventID))
                }
            }
        }
    }

    /// The logged deliveries of the order's only event, once `count` are there.
    static func logged(_ h: SandboxHarness, orderID: String, count: Int) async throws -> [[String: Any]] {
        let deadline = ContinuousClock.now + .seconds(20)
        var deliveries: [[String: Any]] = []
        while ContinuousClock.now < deadline {
            let answer = try await h.send(.GET, "/sandbox/events?order_id=\(orderID)")
            let log = try #require(try JSONSerialization.jsonObject(with: Data(answer.body)) as? [String: Any])
            let items = try #require(log["items"] as? [[String: Any]])
            deliveries = items.first?["deliveries"] as? [[String: Any]] ?? []
            if deliveries.count >= count { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        return deliveries
    }

    @Test("An order without callback_url gets no webhook, and an unreachable callback does not disturb paying")
    func noCallback() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token, callback: "http://127.0.0.1:9/unreachable")
            let link = try await h.createLink(token: token, orderID: order.orderID)
            let paid = try await h.send(.POST, "/sandbox/payment-links/\(link.linkID)/pay")
            #expect(paid.status == 200)
        }
    }

    static func body(of delivery: WebhookReceiver.Delivery) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(delivery.body)) as? [String: Any])
    }

    static func event(of delivery: WebhookReceiver.Delivery) throws -> [String: Any] {
        try #require(try body(of: delivery)["event"] as? [String: Any])
    }
}
