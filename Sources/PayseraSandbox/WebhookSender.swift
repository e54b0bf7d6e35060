import AsyncHTTPClient
import Crypto
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// Posts signed order notifications to an order's `callback_url` (API doc §6), fire-and-forget.
struct WebhookSender: Sendable {
    let secret: String
    let logger: Logger
    /// Each attempt gives up after this long; one retry follows a failed first attempt.
    var timeout: TimeAmount = .seconds(5)

    /// Lower-case hex HMAC-SHA256 of the raw body, keyed with the client secret.
    static func signature(of body: [UInt8], secret: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
        return code.map { String(format: "%02x", $0) }.joined()
    }

    /// The notification body: the event and a snapshot of the order with its links.
    static func body(
        event: String, order: OrderRow, links: [LinkRow], callbackID: String, now: Int, baseURL: String
    ) -> JSONValue {
        let paid = order.status == "paid" ? links.filter { $0.state == LinkRow.completed }.map(\.amount).reduce(0, +) : 0
        let linkSnapshots: [JSONValue] = links.map { link in
            .object([
                "link_id": .string(link.linkID),
                "status": .string(link.status(at: now).rawValue),
                "amount": .number(String(link.amount)),
                "payment_URL": .string(baseURL + PaymentPage.pathPrefix + link.pageToken),
                "updated_at": .number(String(link.updatedAt)),
            ])
        }
        return .object([
            "id": .string(callbackID),
            "created_at": .number(String(now)),
            "event": .object(["type": .string("order"), "name": .string(event)]),
            "order": .object([
                "paysera_order_id": .string(order.orderID),
                "merchant_order_id": .string(order.reference),
                "project_id": .string(order.projectID),
                "amount": .number(String(order.amount)),
                "amount_paid": .number(String(paid)),
                "currency": .string(order.currency),
                "status": .string(order.status),
                "payment_links": .array(linkSnapshots),
            ]),
        ])
    }

    /// Sends in the background; failures are logged, never reported to the payer.
    func send(event: String, order: OrderRow, links: [LinkRow], now: Int, baseURL: String) {
        guard let callback = order.callbackURL, !callback.isEmpty else { return }
        let callbackID = UUID().uuidString.lowercased()
        let body = Array(Self.body(event: event, order: order, links: links, callbackID: callbackID, now: now, baseURL: baseURL).text.utf8)
        var request = HTTPClientRequest(url: callback)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "X-Paysera-Signature", value: Self.signature(of: body, secret: secret))
        request.headers.add(name: "X-Paysera-Signature-Alg", value: "HMAC-SHA256")
        request.headers.add(name: "X-Paysera-Created-At", value: String(now))
        request.headers.add(name: "X-Paysera-Request-Id", value: UUID().uuidString.lowercased())
        request.headers.add(name: "X-Paysera-Callback-Id", value: callbackID)
        request.body = .bytes(ByteBuffer(bytes: body))
        let logger = self.logger, timeout = self.timeout
        Task {
            for attempt in 1...2 {
                do {
                    let response = try await HTTPClient.shared.execute(request, timeout: timeout)
                    _ = try? await response.body.collect(upTo: 64 * 1024)
                    if (200..<300).contains(Int(response.status.code)) {
                        logger.info("Webhook \(event) for order \(order.orderID) delivered (\(response.status.code))")
                        return
                    }
                    logger.warning("Webhook \(event) for order \(order.orderID) answered \(response.status.code) (attempt \(attempt))")
                } catch {
                    logger.warning("Webhook \(event) for order \(order.orderID) failed (attempt \(attempt)): \(error)")
                }
                if attempt == 1 { try? await Task.sleep(for: .milliseconds(500)) }
            }
        }
    }
}
