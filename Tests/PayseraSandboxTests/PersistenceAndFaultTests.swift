import AsyncHTTPClient
import Foundation
import PayseraCheckout
import PayseraSandbox
import TestSupport
import Testing

@Suite("State across restarts, and injected faults", .ownThread)
struct PersistenceAndFaultTests {
    @Test("Orders, links and their status survive a restart on the same file; tokens stay valid")
    func restart() async throws {
        let path = temporaryDatabasePath()
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
        let clock = TestClock()
        let (token, order, link, paid) = try await SandboxHarness.with(clock: clock, databasePath: path) { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token, reference: "KEEP")
            let link = try await h.createLink(token: token, orderID: order.orderID)
            let paid = try await h.createLink(token: token, orderID: order.orderID, name: "paid one")
            _ = try await h.send(.POST, "/sandbox/payment-links/\(paid.linkID)/pay")
            return (token, order, link, paid)
        }
        try await SandboxHarness.with(clock: clock, databasePath: path) { h in
            let read = try await h.api(.GET, APIPath.paymentLinks + "/\(link.linkID)", token: token)
            #expect(read.status == 200)
            let again = try read.decode(PaymentLink.self)
            #expect(again.name == link.name)
            #expect(again.expiredAt == link.expiredAt)
            #expect(SandboxHarness.path(of: again.paymentURL) == SandboxHarness.path(of: link.paymentURL))
            #expect(again.paymentURL.hasPrefix(h.base))
            #expect(try await h.api(.GET, APIPath.paymentLinks + "/\(paid.linkID)", token: token).decode(PaymentLink.self).status == .completed)
            let list = try await h.api(.GET, APIPath.paymentLinks + "?order_id=\(order.orderID)", token: token).decode(PaymentLinkList.self)
            #expect(list.metadata?.total == 2)
            let dup = try await h.api(.POST, APIPath.orders, token: token, json: #"{"purchase":{"reference":"KEEP","amount":"1","currency":"EUR"}}"#)
            #expect(dup.status == 409)
            #expect(try await h.send(.GET, SandboxHarness.path(of: link.paymentURL)).status == 200)
        }
    }

    @Test("delay=… holds the link create answer back, and the link exists meanwhile")
    func delay() async throws {
        let faults = try SandboxFaults.parse(["delay=3s"])
        try await SandboxHarness.with(faults: faults) { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token)
            let started = ContinuousClock.now
            let pendingDone = DoneFlag()
            let pending = Task {
                defer { pendingDone.set() }
                return try await h.createLink(token: token, orderID: order.orderID)
            }
            // Poll until the stored link shows in the list while its create is still unanswered.
            var seenEarly = false
            let deadline = ContinuousClock.now + .seconds(5)
            while ContinuousClock.now < deadline {
                let list = try await h.api(.GET, APIPath.paymentLinks + "?order_id=\(order.orderID)", token: token).decode(PaymentLinkList.self)
                if list.metadata?.total == 1 { seenEarly = !pendingDone.value; break }
                try await Task.sleep(for: .milliseconds(20))
            }
            let link = try await pending.value
            #expect(ContinuousClock.now - started >= .seconds(3))
            #expect(seenEarly)
            #expect(link.orderID == order.orderID)
            // Other routes are not delayed.
            let quick = ContinuousClock.now
            _ = try await h.api(.GET, APIPath.methods, token: token)
            #expect(ContinuousClock.now - quick < .seconds(3))
        }
    }

    @Test("drop-after-create stores the link and closes the connection without an answer")
    func dropAfterCreate() async throws {
        try await SandboxHarness.with(faults: SandboxFaults(dropAfterCreate: true)) { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token)
            await #expect(throws: (any Error).self) {
                _ = try await h.api(.POST, APIPath.paymentLinks, token: token, json: SandboxHarness.linkBody(orderID: order.orderID))
            }
            let list = try await h.api(.GET, APIPath.paymentLinks + "?order_id=\(order.orderID)", token: token).decode(PaymentLinkList.self)
            #expect(list.items.count == 1)
            #expect(list.items.first?.status == .active)
            // A refused create still gets its answer.
            let refused = try await h.api(.POST, APIPath.paymentLinks, token: token, json: "{}")
            #expect(refused.status == 400)
        }
    }

    @Test("error-rate=1 answers every API request 503 with Retry-After; the payment page and scripts stay up")
    func errorRateAll() async throws {
        try await SandboxHarness.with(faults: try SandboxFaults.parse(["error-rate=1"])) { h in
            let form = "grant_type=client_credentials&client_id=sandbox&client_secret=sandbox-secret"
            let token = try await h.send(.POST, APIPath.token, headers: [("Content-Type", "application/x-www-form-urlencoded")], body: Array(form.utf8))
            #expect(token.status == 503)
            #expect(token.headers.first(name: "Retry-After") == "1")
            #expect(token.errorCode == "service_unavailable")
            #expect(try await h.send(.GET, APIPath.methods).status == 503)
            #expect(try await h.send(.GET, "/openapi.json").status == 200)
            #expect(try await h.send(.POST, "/sandbox/payment-links/x/pay").status == 404)
        }
    }

    @Test("error-rate=0.5 with a seed fails about half of the requests, the same ones each run")
    func errorRateSeeded() async throws {
        func run() async throws -> [Int] {
            try await SandboxHarness.with(faults: try SandboxFaults.parse(["error-rate=0.5", "seed=42"])) { h in
                var statuses: [Int] = []
                for _ in 0..<60 { statuses.append(try await h.send(.GET, APIPath.methods).status) }
                return statuses
            }
        }
        let first = try await run(), second = try await run()
        #expect(first == second)
        let failures = first.filter { $0 == 503 }.count
        #expect((15...45).contains(failures))
        #expect(Set(first) == [401, 503])
    }

    @Test("rate-limit=1 answers every API request but the token's 429 with Retry-After: 1, before anything is done; the request log shows it")
    func rateLimitAll() async throws {
        try await SandboxHarness.with(faults: try SandboxFaults.parse(["rate-limit=1"])) { h in
            let form = "grant_type=client_credentials&client_id=sandbox&client_secret=sandbox-secret"
            let token = try await h.send(.POST, APIPath.token, headers: [("Content-Type", "application/x-www-form-urlencoded")], body: Array(form.utf8))
            #expect(token.status == 200)
            let order = try await h.send(
                .POST, APIPath.orders, headers: [("Content-Type", "application/json")],
                body: Array(#"{"purchase":{"reference":"R-429","amount":100,"currency":"EUR"}}"#.utf8))
            #expect(order.status == 429)
            #expect(order.headers.first(name: "Retry-After") == "1")
            #expect(order.errorCode == "too_many_requests")
            let log = try await h.send(.GET, "/sandbox/requests")
            let items = try #require((try JSONSerialization.jsonObject(with: Data(log.body)) as? [String: Any])?["items"] as? [[String: Any]])
            let create = try #require(items.first { $0["path"] as? String == APIPath.orders })
            #expect(create["status"] as? Int == 429 && create["reference"] as? String == "R-429" && create["method"] as? String == "POST")
            let orders = try await h.send(.GET, "/sandbox/orders?reference=R-429")
            #expect(orders.text.contains(#""items":[]"#), "the 429 made an order: \(orders.text)")
        }
    }

    @Test("Fault switches parse, and bad ones are refused with a reason")
    func parsing() throws {
        let faults = try SandboxFaults.parse(["delay=5s", "drop-after-create", "error-rate=0.2", "seed=9"])
        #expect(faults == SandboxFaults(delay: .seconds(5), dropAfterCreate: true, errorRate: 0.2, seed: 9))
        #expect(try SandboxFaults.parse(["delay=250ms"]).delay == .milliseconds(250))
        #expect(try SandboxFaults.parse(["delay=1m"]).delay == .seconds(60))
        #expect(try SandboxFaults.parse(["delay=2"]).delay == .seconds(2))
        #expect(try SandboxFaults.parse([]) == .none)
        #expect(try SandboxFaults.parse(["rate-limit=0.1"]).rateLimit == 0.1)
        #expect(try SandboxFaults.parse(["order-delay=2s"]).orderDelay == .seconds(2))
        for bad in ["rate-limit=1.5", "rate-limit=fast", "order-delay=later", "delay=soon", "delay=-1s", "error-rate=2", "error-rate=x", "explode", "drop-after-create=yes", "seed=-1", "delay"] {
            #expect(throws: SandboxFaults.ParseError.self, "\(bad)") { try SandboxFaults.parse([bad]) }
        }
    }

    @Test("A second sandbox on a port already in use fails to start with an error")
    func portInUse() async throws {
        try await SandboxHarness.with { h in
            let config = SandboxConfiguration(port: h.sandbox.port, logger: SandboxHarness.quietLogger())
            await #expect(throws: (any Error).self) { _ = try await Sandbox.start(config) }
        }
    }

    @Test("The OpenAPI document describes every route")
    func openAPI() async throws {
        try await SandboxHarness.with { h in
            let answer = try await h.send(.GET, "/openapi.json")
            #expect(answer.status == 200)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(answer.body)) as? [String: Any])
            #expect(document["openapi"] as? String == "3.0.3")
            let paths = try #require(document["paths"] as? [String: Any])
            for path in [
                APIPath.token, APIPath.orders, APIPath.orders + "/{order_id}", APIPath.paymentLinks,
                APIPath.paymentLinks + "/{link_id}", APIPath.paymentLinks + "/{link_id}/cancel", APIPath.methods,
                "/checkout-payment-link/payment-collection/v1/payment-links/{token}", "/sandbox/payment-links/{link_id}/pay",
                "/sandbox/payment-links/{link_id}/fail", "/sandbox/orders", "/sandbox/requests", APIPath.refunds, "/sandbox/refunds",
            ] {
                #expect(paths[path] != nil, "\(path)")
            }
            let servers = try #require(document["servers"] as? [[String: Any]])
            #expect(servers.first?["url"] as? String == h.base)
            // Every $ref points at a schema that exists.
            let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
            let refs = answer.text.components(separatedBy: "\"$ref\":\"#/components/schemas/").dropFirst().map { $0.prefix { $0 != "\"" } }
            #expect(!refs.isEmpty)
            for ref in refs { #expect(schemas[String(ref)] != nil, "\(ref)") }
        }
    }
}

/// Set once a task has finished, read from another task.
final class DoneFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    var value: Bool { lock.withLock { done } }
    func set() { lock.withLock { done = true } }
}
