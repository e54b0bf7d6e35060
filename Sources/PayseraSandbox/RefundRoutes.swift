import Foundation
import Hummingbird
import PaylinkCore
import PayseraCheckout

/// `POST /v1/refund/refund_requests` (API doc §8) and `GET /sandbox/refunds` for scripts; a refund settles in the
/// background and announces each status with a `refund` / `status_updated` webhook.
enum RefundRoutes {
    /// Longest `refund_details.reason` taken.
    static let reasonLimit = 255

    static func add(to router: Router<SandboxRequestContext>, state: SandboxState) {
        router.post(RouterPath(APIPath.refunds)) { request, context -> Response in
            try state.tokens.authorize(request, now: state.now)
            return try await create(request, context: context, state: state)
        }
        // Stands in for the dashboard's refund list (no token needed), like `/sandbox/orders`.
        router.get("/sandbox/refunds") { request, _ -> Response in
            let orderID = request.uri.queryParameters["order_id"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
            let refunds = try state.store.refunds(orderID: orderID)
            return JSONAnswer.response(.ok, json: .object(["items": .array(refunds.map { $0.json(orderID: true, metadata: true) })]))
        }
    }

    /// Reads the wire body into the SDK's request type, collecting problems by API path.
    static func read(_ body: [String: JSONValue]) -> (RefundRequest, [String: [String]]) {
        var reader = WireReader()
        let settings = reader.object(body, "refund")
        let urls = reader.object(settings, "refund_urls", parent: "refund")
        let urlPath = "refund.refund_urls"
        let refundURLs = RefundURLs(
            successURL: reader.string(urls, "success_url", parent: urlPath),
            failureURL: reader.string(urls, "failure_url", parent: urlPath),
            callbackURL: reader.string(urls, "callback_url", parent: urlPath))
        if let callback = refundURLs.callbackURL, !FieldRules.isAcceptableURL(callback) {
            reader.refuse(urlPath + ".callback_url", FieldRules.urlMessage("The callback URL"))
        }
        let metadata = reader.stringMap(settings, "metadata", parent: "refund", skippingNulls: true)

        let path = "refund_details"
        let details = reader.object(body, path, requiredPath: path)
        let required = details != nil
        let orderID = reader.string(details, "order_id", parent: path, required: required)
        let reference = reader.string(details, "reference", parent: path, required: required)
        let currency = reader.string(details, "currency", parent: path, required: required)
        for (key, value) in [("order_id", orderID), ("reference", reference), ("currency", currency)] where value?.isEmpty == true {
            reader.refuse(path + "." + key, "This value is required.")
        }
        let amount = reader.integer(details, "refund_amount", parent: path, required: required)
        if let amount, amount <= 0 {
            reader.refuse(path + ".refund_amount", "Must be a whole number of minor units greater than 0.")
        }
        let payer = reader.object(details, "payer", parent: path)
        let method = reader.object(details, "refund_method", parent: path)
        let methodKey = reader.string(method, "key", parent: path + ".refund_method", required: method != nil)
        let reason = reader.string(details, "reason", parent: path)
        if let reason, reason.count > reasonLimit {
            reader.refuse(path + ".reason", "Must be at most \(reasonLimit) characters, not \(reason.count).")
        }
        let request = RefundRequest(
            refund: RefundSettings(refundURLs: refundURLs, metadata: metadata),
            refundDetails: RefundDetails(
                orderID: orderID ?? "", reference: reference ?? "", refundAmount: amount ?? 0, currency: currency ?? "",
                payer: PayerInformation(
                    name: reader.string(payer, "name", parent: path + ".payer"),
                    email: reader.string(payer, "email", parent: path + ".payer")),
                refundMethod: methodKey.map(RefundMethod.init(key:)), reason: reason))
        return (request, reader.problems)
    }

    static func create(_ request: Request, context: SandboxRequestContext, state: SandboxState) async throws -> Response {
        let body = try await RequestReading.jsonObject(of: request)
        let (refund, problems) = read(body)
        guard problems.isEmpty else { throw APIError.invalid(problems) }
        let details = refund.refundDetails, urls = refund.refund.refundURLs
        let now = state.now
        let row = RefundRow(
            sequence: nil, refundID: UUID().uuidString.lowercased(), orderID: details.orderID,
            reference: details.reference, amount: details.refundAmount, currency: details.currency,
            status: RefundRow.processing, payerName: details.payer.name, payerEmail: details.payer.email,
            methodKey: details.refundMethod?.key, reason: details.reason, metadata: refund.refund.metadata,
            successURL: urls.successURL, failureURL: urls.failureURL, callbackURL: urls.callbackURL,
            createdAt: now, updatedAt: now)
        let stored = try state.store.insert(row)
        announce(stored.refund, order: stored.order, state: state)
        settleLater(stored.refund, state: state)
        let faults = state.config.faults
        if faults.dropAfterRefund {
            try? await context.channel.close()
            throw ConnectionDropped()
        }
        if let delay = faults.refundDelay {
            try await Task.sleep(for: delay)
        }
        return JSONAnswer.response(.created, json: answer(stored.refund))
    }

    /// The answer as the SDK's `RefundOrderResponseNormalizer` reads it, and nothing more.
    static func answer(_ refund: RefundRow) -> JSONValue {
        guard case .object(var fields) = refund.json(orderID: false, metadata: false) else { return .null }
        fields["reason"] = nil
        return .object(fields)
    }

    /// After the settle time the refund ends `completed`, or `failed` with the refund-fail fault; refund-pending
    /// leaves it `processing`.
    static func settleLater(_ refund: RefundRow, state: SandboxState) {
        let faults = state.config.faults
        guard !faults.refundPending else { return }
        let status = faults.refundFail ? RefundRow.failed : RefundRow.completed
        let settle = state.config.refundSettle
        Task {
            try? await Task.sleep(for: settle)
            do {
                let settled = try state.store.settle(refundID: refund.refundID, status: status, now: state.now)
                announce(settled.refund, order: settled.order, state: state)
            } catch {
                state.config.logger.error("Refund \(refund.refundID) could not settle")
            }
        }
    }

    /// Settles the refunds a stop left `processing`, as Paysera goes on processing them while a shop is away.
    static func settleLeftovers(state: SandboxState) {
        guard let leftovers = try? state.store.unsettledRefunds() else { return }
        for refund in leftovers { settleLater(refund, state: state) }
    }

    /// Publishes `refund` / `status_updated` for the refund's current status, with the order as it now stands.
    static func announce(_ refund: RefundRow, order: OrderRow, state: SandboxState) {
        let now = state.now
        let links = (try? state.store.links(ofOrder: order.orderID)) ?? []
        let payments = (try? state.store.payments(ofOrder: order.orderID)) ?? []
        let refunds = (try? state.store.refunds(ofOrder: order.orderID)) ?? [refund]
        let snapshot = WebhookBody.order(
            order, links: links, payments: payments, refunds: refunds, now: now, baseURL: state.publicBaseURL)
        state.webhooks.publish(
            type: "refund", name: "status_updated", order: order, linkID: nil, snapshot: snapshot, payment: nil,
            refund: refund.json(orderID: true, metadata: false), callbackURL: refund.callbackURL, now: now)
    }
}
