import Foundation
import Hummingbird
import PayseraCheckout

/// What a payer can do to a link: pay it or have a payment fail; shared by the payment page and scripts.
enum PayerAction: String, Sendable {
    case pay, fail

    /// Applies the action with the chosen method, records the payment and publishes its webhooks;
    /// 409 when the link no longer takes payments.
    @discardableResult
    func perform(linkID: String, method: String?, state: SandboxState) throws -> (link: LinkRow, order: OrderRow) {
        let now = state.now
        let action = self
        let changed = try state.store.change(linkID: linkID) { link, order, paidByOthers in
            switch link.status(at: now) {
            case .completed: throw APIError.conflict("This payment link is already paid.")
            case .canceled: throw APIError.conflict("This payment link was canceled and takes no payments.")
            // An expired link can still be paid: a bank payment begun in time may settle late (API doc §3).
            case .active, .expired, .other: break
            }
            link.updatedAt = now
            order.updatedAt = now
            if action == .pay {
                // A link pays its own amount; the order is paid once its links add up to its amount (API doc §6).
                link.state = LinkRow.completed
                if paidByOthers + link.amount >= order.amount { order.status = "paid" }
            }
        }
        let link = changed.link, order = changed.order
        let payment = PaymentRow(
            paymentID: UUID().uuidString.lowercased(), linkID: link.linkID, orderID: order.orderID,
            method: method ?? link.methodKey ?? "paysera", status: self == .pay ? PaymentRow.completed : PaymentRow.failed,
            amount: link.amount, currency: order.currency, createdAt: now)
        try state.store.insert(payment)
        let links = (try? state.store.links(ofOrder: order.orderID)) ?? [link]
        let payments = (try? state.store.payments(ofOrder: order.orderID)) ?? [payment]
        let refunds = (try? state.store.refunds(ofOrder: order.orderID)) ?? []
        let snapshot = WebhookBody.order(
            order, links: links, payments: payments, refunds: refunds, now: now, baseURL: state.publicBaseURL)
        state.webhooks.publish(
            type: "payment", name: "status_updated", order: order, linkID: link.linkID, snapshot: snapshot,
            payment: WebhookBody.payment(payment, link: link), now: now)
        if self == .pay {
            state.webhooks.publish(
                type: "order", name: "amount_paid_updated", order: order, linkID: link.linkID, snapshot: snapshot,
                payment: nil, now: now)
        }
        return changed
    }
}

/// `POST /sandbox/payment-links/{link_id}/pay` and `/fail` (`?method=`): a payer simulated from scripts (no token needed).
enum SandboxRoutes {
    static func add(to router: Router<SandboxRequestContext>, state: SandboxState) {
        for action in [PayerAction.pay, .fail] {
            router.post(RouterPath("/sandbox/payment-links/{link_id}/\(action.rawValue)")) { request, context -> Response in
                let id = context.parameters.get("link_id") ?? ""
                let method = request.uri.queryParameters["method"].map(String.init)
                let link = try action.perform(linkID: id, method: method, state: state).link
                return JSONAnswer.response(.ok, link.wire(baseURL: state.publicBaseURL, now: state.now))
            }
        }
        // Stands in for the merchant's dashboard, where a person finds an order by its reference (no token needed).
        router.get("/sandbox/orders") { request, _ -> Response in
            let reference = request.uri.queryParameters["reference"].map(String.init) ?? ""
            let orders = try state.store.orders(reference: reference)
            return JSONAnswer.response(.ok, ["items": try orders.map { try state.store.orderWire($0) }])
        }
        router.get("/sandbox/requests") { _, _ -> Response in
            JSONAnswer.response(.ok, ["items": state.requests.all])
        }
        router.get("/sandbox/logos/{file}") { _, context -> Response in
            let key = (context.parameters.get("file") ?? "").replacingOccurrences(of: ".svg", with: "")
            guard let method = MethodRoutes.catalog.first(where: { $0.key == key }) else {
                throw APIError.notFound("No logo for \(key).")
            }
            let letter = HTMLText.escape(String(method.title.prefix(1)))
            let svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" rx="8" fill="#1f6feb"/>\
                <text x="32" y="42" font-size="28" text-anchor="middle" fill="#fff" font-family="sans-serif">\(letter)</text></svg>
                """
            return Response(status: .ok, headers: [.contentType: "image/svg+xml"], body: .init(byteBuffer: ByteBuffer(string: svg)))
        }
        router.get("/openapi.json") { _, _ -> Response in
            JSONAnswer.response(.ok, json: OpenAPIDocument.document(baseURL: state.publicBaseURL))
        }
    }
}
