import Foundation
import Hummingbird
import PaylinkCore
import PayseraCheckout

/// `POST /merchant-order/integration/v1/orders` and `GET …/orders/{order_id}` (API doc §2).
enum OrderRoutes {
    static func add(to router: Router<SandboxRequestContext>, state: SandboxState) {
        router.post(RouterPath(APIPath.orders)) { request, _ -> Response in
            try state.tokens.authorize(request, now: state.now)
            return try await create(request, state: state)
        }
        router.get(RouterPath(APIPath.orders + "/{order_id}")) { request, context -> Response in
            try state.tokens.authorize(request, now: state.now)
            let id = context.parameters.get("order_id") ?? ""
            guard let order = try state.store.order(id: id) else {
                throw APIError.notFound("Order \(id) was not found.")
            }
            return JSONAnswer.response(.ok, try state.store.orderWire(order))
        }
    }

    /// Reads the wire body into the SDK's request type, collecting shape problems by API path.
    static func read(_ body: [String: JSONValue]) -> (CreateOrderRequest, [String: [String]]) {
        var reader = WireReader()
        let purchase = reader.object(body, "purchase")
        if purchase == nil, body["purchase"] == nil || body["purchase"] == .null {
            reader.refuse("purchase.reference", "This value is required.")
            reader.refuse("purchase.amount", "This value is required.")
            reader.refuse("purchase.currency", "This value is required.")
        }
        let reference = reader.string(purchase, "reference", parent: "purchase", required: purchase != nil)
        let amount = reader.integer(purchase, "amount", parent: "purchase", required: purchase != nil, digitStrings: true)
        let currency = reader.string(purchase, "currency", parent: "purchase", required: purchase != nil)
        let redirect = reader.object(body, "redirect_urls")
        let urls = RedirectURLs(
            successURL: reader.string(redirect, "success_url", parent: "redirect_urls"),
            failureURL: reader.string(redirect, "failure_url", parent: "redirect_urls"),
            cancelURL: reader.string(redirect, "cancel_url", parent: "redirect_urls"),
            callbackURL: reader.string(redirect, "callback_url", parent: "redirect_urls"))
        let request = CreateOrderRequest(
            purchase: OrderPurchase(reference: reference ?? "", amount: amount ?? 0, currency: currency ?? ""),
            redirectURLs: urls == RedirectURLs() ? nil : urls,
            projectID: reader.string(body, "project_id"),
            metadata: reader.stringMap(body, "metadata"),
            merchantData: reader.stringMap(body, "merchant_data"))
        return (request, reader.problems)
    }

    /// Shape problems first; the core's rules speak for every field whose shape was right.
    static func merge(shape: [String: [String]], rules: [String: [String]]) -> [String: [String]] {
        var all = rules.filter { !$0.value.isEmpty }
        for (path, messages) in shape { all[path] = messages }
        return all
    }

    static func create(_ request: Request, state: SandboxState) async throws -> Response {
        let body = try await RequestReading.jsonObject(of: request)
        let (order, shape) = read(body)
        let problems = merge(shape: shape, rules: FieldRules.check(order))
        guard problems.isEmpty else { throw APIError.invalid(problems) }
        let now = state.now
        let row = OrderRow(
            orderID: UUID().uuidString.lowercased(), projectID: state.tokens.projectID,
            reference: order.purchase.reference, amount: order.purchase.amount.value, currency: order.purchase.currency,
            status: "pending_payment",
            successURL: order.redirectURLs?.successURL, failureURL: order.redirectURLs?.failureURL,
            cancelURL: order.redirectURLs?.cancelURL, callbackURL: order.redirectURLs?.callbackURL,
            metadata: order.metadata, merchantData: order.merchantData, createdAt: now, updatedAt: now)
        let stored = try state.store.insert(row)
        if let delay = state.config.faults.orderDelay {
            try await Task.sleep(for: delay)
        }
        return JSONAnswer.response(.created, stored.wire)
    }
}
