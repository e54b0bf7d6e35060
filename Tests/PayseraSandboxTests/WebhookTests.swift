import Crypto
import Foundation
import Hummingbird
import PayseraCheckout
import ServiceLifecycle
import Synchronization
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
    static func with<T>(_ body: (WebhookReceiver) async throws -> T) async throws -> T {
        let log = DeliveryLog()
        let router = Router()
        router.post("/hook") { request, _ -> HTTPResponse.Status in
            let bytes = try await request.body.collect(upTo: 1 << 20)
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName] = field.value }
            log.append(Delivery(headers: headers, body: Array(bytes.readableBytesView)))
            return .noContent
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
}

/// Deliveries as they arrive, shared between the route and the test.
final class DeliveryLog: Sendable {
    private let items = Mutex<[WebhookReceiver.Delivery]>([])
    func append(_ delivery: WebhookReceiver.Delivery) { items.withLock { $0.append(delivery) } }
    var all: [WebhookReceiver.Delivery] { items.withLock { $0 } }
}

@Suite("Webhooks")
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

            _ = try await h.send(.POST, "/sandbox/payment-links/\(link.linkID)/fail")
            let first = try await receiver.waitFor(1)
            try #require(first.count == 1)
            #expect(try Self.event(of: first[0])["name"] as? String == "payment_failed")

            let paid = try await h.send(.POST, "/sandbox/payment-links/\(link.linkID)/pay")
            #expect(paid.status == 200)
            let all = try await receiver.waitFor(2)
            try #require(all.count == 2)
            let delivery = all[1]

            let expected = HMAC<SHA256>.authenticationCode(for: delivery.body, using: SymmetricKey(data: Data("sandbox-secret".utf8)))
                .map { String(format: "%02x", $0) }.joined()
            #expect(delivery.header("X-Paysera-Signature") == expected)
            #expect(delivery.header("X-Paysera-Signature-Alg") == "HMAC-SHA256")
            #expect(delivery.header("X-Paysera-Created-At") == String(Int(h.clock.now.timeIntervalSince1970)))
            #expect(delivery.header("X-Paysera-Request-Id").flatMap(UUID.init(uuidString:)) != nil)
            #expect(delivery.header("X-Paysera-Callback-Id").flatMap(UUID.init(uuidString:)) != nil)
            #expect(delivery.header("Content-Type") == "application/json")

            let body = try #require(try JSONSerialization.jsonObject(with: Data(delivery.body)) as? [String: Any])
            #expect(try Self.event(of: delivery)["type"] as? String == "order")
            #expect(try Self.event(of: delivery)["name"] as? String == "amount_paid_updated")
            let snapshot = try #require(body["order"] as? [String: Any])
            #expect(snapshot["paysera_order_id"] as? String == order.orderID)
            #expect(snapshot["merchant_order_id"] as? String == "HOOK-1")
            #expect(snapshot["amount"] as? Int == 2500)
            #expect(snapshot["amount_paid"] as? Int == 2500)
            #expect(snapshot["currency"] as? String == "EUR")
            #expect(snapshot["status"] as? String == "paid")
            let links = try #require(snapshot["payment_links"] as? [[String: Any]])
            #expect(links.first?["link_id"] as? String == link.linkID)
            #expect(links.first?["status"] as? String == "completed")

            // A body altered by one byte no longer matches the signature.
            var tampered = delivery.body
            tampered[tampered.count / 2] ^= 1
            let tamperedCode = HMAC<SHA256>.authenticationCode(for: tampered, using: SymmetricKey(data: Data("sandbox-secret".utf8)))
                .map { String(format: "%02x", $0) }.joined()
            #expect(tamperedCode != delivery.header("X-Paysera-Signature"))
        }
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

    static func event(of delivery: WebhookReceiver.Delivery) throws -> [String: Any] {
        let body = try #require(try JSONSerialization.jsonObject(with: Data(delivery.body)) as? [String: Any])
        return try #require(body["event"] as? [String: Any])
    }
}
