import AsyncHTTPClient
import Foundation
import NIOCore
import PaylinkCore
import PaylinkStore
import PayseraCheckout

/// What can be done to a link that exists: read it again, cancel it, or (on a sandbox) pay it; each answer
/// is written to the history so that every screen and command sees the same link.
public struct LinkActions: Sendable {
    public let client: CheckoutClient
    public let history: HistoryStore
    public let profile: String
    public let baseURL: URL
    /// The language of the sandbox's refusal.
    public var language: UILanguage = .en

    public init(client: CheckoutClient, history: HistoryStore, profile: String, baseURL: URL) {
        self.client = client
        self.history = history
        self.profile = profile
        self.baseURL = baseURL
    }

    /// The link as the API has it now.
    public func refresh(linkID: String) async throws -> PaymentLink {
        let link = try await client.paymentLink(id: linkID)
        remember(link)
        return link
    }

    /// The link as the API has it now with the order behind it, and the history's row for it afterwards.
    public func refreshWithOrder(linkID: String) async throws(CheckoutError) -> (record: HistoryRecord?, order: OrderOverview?) {
        let known = try? history.record(linkID: linkID)
        let link = try await client.paymentLink(id: linkID)
        var order: OrderOverview?
        if !link.orderID.isEmpty {
            let fromHistory = OrderOverview(orderID: link.orderID, reference: known?.reference, currency: known?.currency)
            order = await OrderLookup(client: client).overview(orderID: link.orderID, known: fromHistory)
        }
        return (remember(link, currency: order?.currency), order)
    }

    /// Cancels an active link.
    public func cancel(linkID: String) async throws(CheckoutError) -> PaymentLink {
        let link = try await client.cancelPaymentLink(id: linkID)
        remember(link)
        return link
    }

    /// Pays a link on a paylink sandbox, as a customer would; the caller checks that it is a sandbox.
    public func simulatePayment(linkID: String) async throws -> PaymentLink {
        let id = linkID.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? linkID
        var request = HTTPClientRequest(url: baseURL.absoluteString + "/sandbox/payment-links/\(id)/pay")
        request.method = .POST
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        let body = try await response.body.collect(upTo: 1 << 20)
        guard (200..<300).contains(Int(response.status.code)) else {
            throw SimulatedPaymentRefused(message: language.text(.notice(.sandboxRefusedPayment(status: Int(response.status.code)))))
        }
        let link = try JSONDecoder().decode(PaymentLink.self, from: Data(body.readableBytesView))
        remember(link)
        return link
    }

    /// Keeps the history's copy of a link current (`currency` when the history does not know it); the row as stored.
    @discardableResult
    public func remember(_ link: PaymentLink, currency: String? = nil) -> HistoryRecord? {
        let known = try? history.record(linkID: link.linkID)
        return try? history.upsert(link: link, currency: known?.currency ?? currency, profile: known?.profile ?? profile)
    }
}

/// The sandbox did not take the simulated payment.
public struct SimulatedPaymentRefused: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
    public init(message: String) { self.message = message }
}
