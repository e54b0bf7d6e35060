import Foundation
import Logging
import PayseraCheckout
import PayseraSandbox
import TestSupport
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite("Refunds through the client, against the sandbox", .ownThread)
struct RefundClientTests {
    @Test("CheckoutClient.refund is answered processing; the order then lists it by its key; over what remains is refused by field")
    func refundRoundTrip() async throws {
        var logger = Logger(label: "refund-client-test")
        logger.logLevel = .warning
        var config = SandboxConfiguration(port: 0, logger: logger)
        config.refundSettle = .milliseconds(20)
        let sandbox = try await Sandbox.start(config)
        do {
            try await Self.roundTrip(sandbox)
            await sandbox.stop()
        } catch {
            await sandbox.stop()
            throw error
        }
    }

    static func roundTrip(_ sandbox: RunningSandbox) async throws {
        let client = CheckoutClient(baseURL: sandbox.baseURL, credentials: Credentials(clientID: "sandbox", clientSecret: "sandbox-secret"))
        let order = try await client.createOrder(CreateOrderRequest(purchase: OrderPurchase(reference: "RF-1", amount: 3000, currency: "EUR")))
        let link = try await client.createPaymentLink(CreatePaymentLinkRequest(
            orderID: order.orderID, name: "Refund me", experience: Experience(language: "en"), purchase: LinkPurchase(amount: 3000)))
        var pay = URLRequest(url: sandbox.baseURL.appendingPathComponent("sandbox/payment-links/\(link.linkID)/pay"))
        pay.httpMethod = "POST"
        let (_, paid) = try await URLSession.shared.data(for: pay)
        try #require((paid as? HTTPURLResponse)?.statusCode == 200)

        func request(_ amount: Int, key: String) -> RefundRequest {
            RefundRequest(
                refund: RefundSettings(metadata: [Refund.requestKeyName: key]),
                refundDetails: RefundDetails(
                    orderID: order.orderID, reference: "RF-1", refundAmount: amount, currency: "EUR",
                    payer: PayerInformation(name: "Ona", email: "ona@example.com"), reason: "Changed mind"))
        }
        let (refund, body) = try await client.refund(request(1200, key: "key-1"))
        #expect(refund.status == .processing)
        #expect(refund.amount == 1200)
        #expect(refund.reference == "RF-1")
        #expect(refund.createdDate != nil)
        #expect(!body.isEmpty)

        do {
            _ = try await client.refund(request(2000, key: "key-2"))
            Issue.record("a refund over what remains was taken")
        } catch {
            #expect(error.isRefused)
            #expect(error.status == 400)
            #expect(error.fieldErrors["refund_details.refund_amount"] == [
                "The refund amount 2000 is more than the 1800 that remains refundable."
            ])
        }

        let deadline = ContinuousClock.now + .seconds(10)
        var read = try await client.order(id: order.orderID)
        while read.refunds?.first?.status != .completed, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
            read = try await client.order(id: order.orderID)
        }
        let listed = try #require(read.refunds?.first { $0.metadata?[Refund.requestKeyName] == "key-1" })
        #expect(listed.refundID == refund.refundID)
        #expect(listed.status == .completed)
        #expect(read.refunds?.count == 1)
        #expect(read.amountRefunded?.value == 1200)
        #expect(read.status == "paid")
    }
}
