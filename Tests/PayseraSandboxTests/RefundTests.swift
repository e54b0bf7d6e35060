import Foundation
import PayseraCheckout
import PayseraSandbox
import TestSupport
import Testing

@Suite("Refunds", .ownThread)
struct RefundTests {
    // MARK: Helpers

    /// An order of `amount` paid in full by one link.
    static func paidOrder(_ h: SandboxHarness, token: String, amount: Int = 2500, callback: String? = nil) async throws -> Order {
        let order = try await h.createOrder(token: token, amount: String(amount), callback: callback)
        let link = try await h.createLink(token: token, orderID: order.orderID, amount: amount)
        let paid = try await h.send(.POST, "/sandbox/payment-links/\(link.linkID)/pay")
        try #require(paid.status == 200, "pay: \(paid.text)")
        return order
    }

    /// A refund request as the SDK's `RefundOrderRequestNormalizer` writes it.
    static func body(
        _ order: Order, amount: String, reference: String? = nil, currency: String? = nil, reason: String? = nil,
        callback: String? = nil, key: String? = nil
    ) -> String {
        let urls = callback.map { #""callback_url":"\#($0)""# } ?? ""
        let metadata = key.map { #","metadata":{"\#(Refund.requestKeyName)":"\#($0)"}"# } ?? ""
        let why = reason.map { #","reason":"\#($0)""# } ?? ""
        return #"""
            {"refund":{"refund_urls":{\#(urls)}\#(metadata)},"refund_details":{"order_id":"\#(order.orderID)",\#
            "reference":"\#(reference ?? order.purchase?.reference ?? "")","refund_amount":\#(amount),\#
            "currency":"\#(currency ?? "EUR")","payer":{"name":"Jonas Jonaitis","email":"jonas@example.com"}\#(why)}}
            """#
    }

    static func refund(_ h: SandboxHarness, token: String, _ json: String) async throws -> Answer {
        try await h.api(.POST, APIPath.refunds, token: token, json: json)
    }

    /// The order's refunds as `GET /sandbox/refunds` lists them, once `done` holds (polling, with a deadline).
    static func refunds(
        _ h: SandboxHarness, orderID: String, until done: ([[String: Any]]) -> Bool = { _ in true }
    ) async throws -> [[String: Any]] {
        let deadline = ContinuousClock.now + .seconds(30)
        var items: [[String: Any]] = []
        while ContinuousClock.now < deadline {
            let answer = try await h.send(.GET, "/sandbox/refunds?order_id=\(orderID)")
            let list = try #require(try JSONSerialization.jsonObject(with: Data(answer.body)) as? [String: Any])
            items = try #require(list["items"] as? [[String: Any]])
            if done(items) { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        return items
    }

    static func allSettled(as status: String) -> ([[String: Any]]) -> Bool {
        { items in !items.isEmpty && items.allSatisfy { $0["status"] as? String == status } }
    }

    static func order(_ h: SandboxHarness, token: String, _ id: String) async throws -> Order {
        let answer = try await h.api(.GET, APIPath.orders + "/\(id)", token: token)
        try #require(answer.status == 200, "order: \(answer.text)")
        return try answer.decode(Order.self)
    }

    // MARK: Requests and answers

    @Test("A full refund answers 201 processing with the SDK's fields, completes, and the order reads refunded")
    func fullRefund() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await Self.paidOrder(h, token: token)
            let answer = try await Self.refund(
                h, token: token, Self.body(order, amount: "2500", reason: "Returned goods", key: "k-1"))
            #expect(answer.status == 201, "\(answer.text)")
            let fields = try #require(try JSONSerialization.jsonObject(with: Data(answer.body)) as? [String: Any])
            #expect(Set(fields.keys) == ["status", "refund_id", "amount", "currency", "created_at", "reference"])
            let refund = try answer.decode(Refund.self)
            #expect(refund.status == .processing)
            #expect(UUID(uuidString: refund.refundID) != nil)
            #expect(refund.amount == 2500)
            #expect(refund.currency == "EUR")
            #expect(refund.reference == order.purchase?.reference)
            #expect(refund.createdAt == "2025-01-09T14:34:30+00:00")
            #expect(refund.createdDate == h.clock.now)

            let settled = try await Self.refunds(h, orderID: order.orderID, until: Self.allSettled(as: "completed"))
            #expect(settled.map { $0["status"] as? String } == ["completed"])
            #expect(settled.first?["order_id"] as? String == order.orderID)

            let after = try await Self.order(h, token: token, order.orderID)
            #expect(after.status == "refunded")
            #expect(after.amountPaid?.value == 2500)
            #expect(after.amountRefunded?.value == 2500)
            let listed = try #require(after.refunds?.first)
            #expect(after.refunds?.count == 1)
            #expect(listed.refundID == refund.refundID)
            #expect(listed.status == .completed)
            #expect(listed.reason == "Returned goods")
            #expect(listed.metadata?[Refund.requestKeyName] == "k-1")
            #expect(listed.createdAt == "2025-01-09T14:34:30+00:00")
        }
    }

    @Test("A request as the SDK's normalizer writes it, unset metadata keys as null, is taken with its custom keys")
    func sdkShapedRequest() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await Self.paidOrder(h, token: token)
            let reference = order.purchase?.reference ?? ""
            let json = #"""
                {"refund":{"refund_urls":{"success_url":"https://shop.example/ok","failure_url":"https://shop.example/no",\#
                "callback_url":"https://shop.example/hook"},"metadata":{"referer":"","platform":null,"platform_version":null,\#
                "plugin_name":null,"plugin_version":null,"php_version":"8.3.1","paylink_refund_key":"k-7"}},\#
                "refund_details":{"order_id":"\#(order.orderID)","reference":"\#(reference)","refund_amount":400,\#
                "currency":"EUR","payer":{"name":null,"email":"payer@example.com"},"refund_method":{"key":"swedbank"}}}
                """#
            let answer = try await Self.refund(h, token: token, json)
            #expect(answer.status == 201, "\(answer.text)")
            let stored = try await Self.refunds(h, orderID: order.orderID)
            #expect(stored.first?["metadata"] as? [String: String] == ["referer": "", "php_version": "8.3.1", "paylink_refund_key": "k-7"])
        }
    }

    @Test("Partial refunds add up to what was paid; one over what remains is refused on refund_details.refund_amount")
    func partialRefunds() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await Self.paidOrder(h, token: token)
            for amount in ["1000", "1000"] {
                #expect(try await Self.refund(h, token: token, Self.body(order, amount: amount)).status == 201)
            }
            let partly = try await Self.order(h, token: token, order.orderID)
            #expect(partly.status == "paid")
            #expect(partly.amountRefunded?.value == 2000)

            let over = try await Self.refund(h, token: token, Self.body(order, amount: "600"))
            #expect(over.status == 400)
            #expect(over.errorCode == "invalid_request")
            #expect(over.errorProperties["refund_details.refund_amount"] == [
                "The refund amount 600 is more than the 500 that remains refundable."
            ])
            #expect(try await Self.refund(h, token: token, Self.body(order, amount: "500")).status == 201)
            let nothingLeft = try await Self.refund(h, token: token, Self.body(order, amount: "1"))
            #expect(nothingLeft.errorProperties["refund_details.refund_amount"]?.first?.contains("the 0 that remains") == true)

            let settled = try await Self.refunds(h, orderID: order.orderID, until: Self.allSettled(as: "completed"))
            #expect(settled.compactMap { $0["amount"] as? Int } == [1000, 1000, 500])
            let full = try await Self.order(h, token: token, order.orderID)
            #expect(full.status == "refunded")
            #expect(full.amountRefunded?.value == 2500)
            #expect(full.refunds?.map(\.amount) == [1000, 1000, 500])
        }
    }

    @Test("A refund naming another order's reference or currency, a bad amount, a long reason or an unpaid order is refused on its field")
    func refusals() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await Self.paidOrder(h, token: token)
            let cases: [(String, String)] = [
                (Self.body(order, amount: "100", reference: "SOMEONE-ELSE"), "refund_details.reference"),
                (Self.body(order, amount: "100", currency: "USD"), "refund_details.currency"),
                (Self.body(order, amount: "0"), "refund_details.refund_amount"),
                (Self.body(order, amount: "-5"), "refund_details.refund_amount"),
                (Self.body(order, amount: "12.5"), "refund_details.refund_amount"),
                (Self.body(order, amount: "\"100\""), "refund_details.refund_amount"),
                (Self.body(order, amount: "100", reason: String(repeating: "r", count: 256)), "refund_details.reason"),
                (Self.body(order, amount: "100", callback: "ftp://x"), "refund.refund_urls.callback_url"),
                (#"{"refund":{}}"#, "refund_details"),
            ]
            for (json, field) in cases {
                let answer = try await Self.refund(h, token: token, json)
                #expect(answer.status == 400, "\(field): \(answer.text)")
                #expect(answer.errorProperties[field] != nil, "\(field): \(answer.text)")
            }
            #expect(try await Self.refund(h, token: token, Self.body(order, amount: "100", reason: String(repeating: "r", count: 255))).status == 201)

            let unpaid = try await h.createOrder(token: token)
            let nothing = try await Self.refund(h, token: token, Self.body(unpaid, amount: "100"))
            #expect(nothing.status == 400)
            #expect(nothing.errorProperties["refund_details.order_id"]?.first?.contains("nothing was paid on this order") == true)

            var unknown = order
            unknown.orderID = UUID().uuidString.lowercased()
            let missing = try await Self.refund(h, token: token, Self.body(unknown, amount: "100"))
            #expect(missing.status == 404)
            #expect(missing.errorCode == "not_found")

            let anonymous = try await h.send(
                .POST, APIPath.refunds, headers: [("Content-Type", "application/json")], body: Array(Self.body(order, amount: "100").utf8))
            #expect(anonymous.status == 401)
            // Only the accepted refund was stored.
            #expect(try await Self.refunds(h, orderID: order.orderID).count == 1)
        }
    }

    @Test("Concurrent refunds never add up to more than was paid")
    func concurrentRefunds() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await Self.paidOrder(h, token: token)
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<12 {
                    group.addTask { try await Self.refund(h, token: token, Self.body(order, amount: "500")).status }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == 201 }.count == 5)
            #expect(statuses.filter { $0 == 400 }.count == 7)
            let stored = try await Self.refunds(h, orderID: order.orderID)
            #expect(stored.compactMap { $0["amount"] as? Int }.reduce(0, +) == 2500)
        }
    }

    // MARK: Faults

    @Test("refund-pending keeps a refund processing past the settle time")
    func pendingFault() async throws {
        try await SandboxHarness.with(faults: try SandboxFaults.parse(["refund-pending"]), refundSettle: .milliseconds(20)) { h in
            let token = try await h.token()
            let order = try await Self.paidOrder(h, token: token)
            #expect(try await Self.refund(h, token: token, Self.body(order, amount: "2500")).status == 201)
            // Nothing is expected to happen; wait well past the settle time before looking.
            try await Task.sleep(for: .milliseconds(500))
            let stored = try await Self.refunds(h, orderID: order.orderID)
            #expect(stored.map { $0["status"] as? String } == ["processing"])
            #expect(try await Self.order(h, token: token, order.orderID).status == "refunded")
        }
    }

    @Test("refund-fail ends a refund failed and gives its amount back to what remains refundable")
    func failFault() async throws {
        try await SandboxHarness.with(faults: try SandboxFaults.parse(["refund-fail"]), refundSettle: .milliseconds(20)) { h in
            let token = try await h.token()
            let order = try await Self.paidOrder(h, token: token)
            #expect(try await Self.refund(h, token: token, Self.body(order, amount: "2500")).status == 201)
            _ = try await Self.refunds(h, orderID: order.orderID, until: Self.allSettled(as: "failed"))
            let after = try await Self.order(h, token: token, order.orderID)
            #expect(after.status == "paid")
            #expect(after.amountRefunded?.value == 0)
            #expect(after.refunds?.map(\.status) == [.failed])
            #expect(try await Self.refund(h, token: token, Self.body(order, amount: "2500")).status == 201)
        }
    }

    @Test("refund-delay stores the refund, then waits before answering")
    func delayFault() async throws {
        try await SandboxHarness.with(faults: try SandboxFaults.parse(["refund-delay=1500ms"])) { h in
            let token = try await h.token()
            let order = try await Self.paidOrder(h, token: token)
            let started = ContinuousClock.now
            let answering = Task { try await Self.refund(h, token: token, Self.body(order, amount: "700")) }
            let stored = try await Self.refunds(h, orderID: order.orderID) { !$0.isEmpty }
            #expect(stored.count == 1)
            #expect(ContinuousClock.now - started < .milliseconds(1500))
            let answer = try await answering.value
            #expect(answer.status == 201)
            #expect(ContinuousClock.now - started >= .milliseconds(1500))
            #expect(try answer.decode(Refund.self).refundID == stored.first?["refund_id"] as? String)
        }
    }

    @Test("drop-after-refund stores the refund and closes the connection without an answer; the refund still settles")
    func dropFault() async throws {
        try await SandboxHarness.with(faults: try SandboxFaults.parse(["drop-after-refund"])) { h in
            let token = try await h.token()
            let order = try await Self.paidOrder(h, token: token)
            await #expect(throws: (any Error).self) {
                _ = try await Self.refund(h, token: token, Self.body(order, amount: "900", key: "lost-1"))
            }
            let stored = try await Self.refunds(h, orderID: order.orderID, until: Self.allSettled(as: "completed"))
            #expect(stored.map { $0["status"] as? String } == ["completed"])
            // The lost answer is found on the order by the key the request carried.
            let after = try await Self.order(h, token: token, order.orderID)
            #expect(after.refunds?.first?.metadata?[Refund.requestKeyName] == "lost-1")
            #expect(after.amountRefunded?.value == 900)
            // A refused refund still gets its answer.
            #expect(try await Self.refund(h, token: token, Self.body(order, amount: "99999")).status == 400)
        }
    }

    @Test("The refund faults are read from their switches, and a bad refund-delay is refused by name")
    func faultSwitches() throws {
        let faults = try SandboxFaults.parse(["refund-pending", "refund-fail", "refund-delay=2s", "drop-after-refund"])
        #expect(faults.refundPending)
        #expect(faults.refundFail)
        #expect(faults.refundDelay == .seconds(2))
        #expect(faults.dropAfterRefund)
        #expect(SandboxFaults.none.refundDelay == nil && !SandboxFaults.none.refundPending)
        for bad in ["refund-delay=soon", "refund-delay", "refund-fail=yes"] {
            #expect(throws: SandboxFaults.ParseError.self) { try SandboxFaults.parse([bad]) }
        }
        do {
            _ = try SandboxFaults.parse(["refund-delay=soon"])
        } catch {
            #expect(String(describing: error).hasPrefix("refund-delay:"))
        }
    }

    @Test("The refund path counts as API: the error-rate fault answers it 503 and the request log names its order")
    func apiPath() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await Self.paidOrder(h, token: token)
            _ = try await Self.refund(h, token: token, Self.body(order, amount: "100"))
            let log = try await h.send(.GET, "/sandbox/requests")
            let entries = try #require(
                (try JSONSerialization.jsonObject(with: Data(log.body)) as? [String: Any])?["items"] as? [[String: Any]])
            let entry = try #require(entries.last { $0["path"] as? String == APIPath.refunds })
            #expect(entry["status"] as? Int == 201)
            #expect(entry["order_id"] as? String == order.orderID)
        }
        try await SandboxHarness.with(faults: try SandboxFaults.parse(["error-rate=1"])) { h in
            let answer = try await h.send(.POST, APIPath.refunds, headers: [("Content-Type", "application/json")], body: Array("{}".utf8))
            #expect(answer.status == 503)
            #expect(try await h.send(.GET, "/sandbox/refunds").status == 200)
        }
    }

    @Test("Refunds are kept across a restart, listed with their metadata and reason; one left processing settles after it")
    func persisted() async throws {
        let path = temporaryDatabasePath()
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
        let orderID = try await SandboxHarness.with(databasePath: path, faults: try SandboxFaults.parse(["refund-pending"])) { h in
            let token = try await h.token()
            let order = try await Self.paidOrder(h, token: token)
            #expect(try await Self.refund(h, token: token, Self.body(order, amount: "300", reason: "Late", key: "k-9")).status == 201)
            #expect(try await Self.refunds(h, orderID: order.orderID).map { $0["status"] as? String } == ["processing"])
            return order.orderID
        }
        try await SandboxHarness.with(databasePath: path) { h in
            let stored = try await Self.refunds(h, orderID: orderID, until: Self.allSettled(as: "completed"))
            #expect(stored.count == 1)
            #expect(stored.first?["reason"] as? String == "Late")
            #expect((stored.first?["metadata"] as? [String: String])?[Refund.requestKeyName] == "k-9")
            #expect(stored.first?["status"] as? String == "completed")
        }
    }
}
