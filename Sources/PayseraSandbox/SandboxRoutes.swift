import Hummingbird
import PayseraCheckout

/// What a payer can do to a link: pay it or have a payment fail; shared by the payment page and scripts.
enum PayerAction: String, Sendable {
    case pay, fail

    /// Applies the action and sends the order's webhook; 409 when the link no longer takes payments.
    func perform(linkID: String, state: SandboxState) throws -> LinkRow {
        let now = state.now
        let action = self
        let changed = try state.store.change(linkID: linkID) { link, order in
            switch link.status(at: now) {
            case .completed: throw APIError.conflict("This payment link is already paid.")
            case .canceled: throw APIError.conflict("This payment link was canceled and takes no payments.")
            // An expired link can still be paid: a bank payment begun in time may settle late (API doc §3).
            case .active, .expired, .other: break
            }
            if action == .pay {
                link.state = LinkRow.completed
                link.updatedAt = now
                order.status = "paid"
                order.updatedAt = now
            }
        }
        let links = (try? state.store.links(ofOrder: changed.order.orderID)) ?? [changed.link]
        state.webhooks.send(
            event: self == .pay ? "amount_paid_updated" : "payment_failed", order: changed.order, links: links,
            now: now, baseURL: state.publicBaseURL)
        return changed.link
    }
}

/// `POST /sandbox/payment-links/{link_id}/pay` and `/fail`: a payer simulated from scripts (no token needed).
enum SandboxRoutes {
    static func add(to router: Router<SandboxRequestContext>, state: SandboxState) {
        for action in [PayerAction.pay, .fail] {
            router.post(RouterPath("/sandbox/payment-links/{link_id}/\(action.rawValue)")) { _, context -> Response in
                let id = context.parameters.get("link_id") ?? ""
                let link = try action.perform(linkID: id, state: state)
                return JSONAnswer.response(.ok, link.wire(baseURL: state.publicBaseURL, now: state.now))
            }
        }
        router.get("/sandbox/logos/{file}") { _, context -> Response in
            let key = (context.parameters.get("file") ?? "").replacingOccurrences(of: ".svg", with: "")
            guard let method = MethodRoutes.catalog.first(where: { $0.key == key }) else {
                throw APIError.notFound("No logo for \(key).")
            }
            let letter = PaymentPage.escape(String(method.title.prefix(1)))
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
