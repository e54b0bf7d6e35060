import Hummingbird
import PaylinkCore
import PayseraCheckout

/// The page a payer opens at a link's `payment_URL`, with "Pay" and "Fail" buttons that post back.
enum PaymentPage {
    /// Every `payment_URL` is this path plus the link's page token.
    static let pathPrefix = "/checkout-payment-link/payment-collection/v1/payment-links/"

    static func add(to router: Router<SandboxRequestContext>, state: SandboxState) {
        router.get(RouterPath(pathPrefix + "{token}")) { _, context -> Response in
            try show(token: context.parameters.get("token") ?? "", notice: nil, status: .ok, state: state)
        }
        for action in [PayerAction.pay, .fail] {
            router.post(RouterPath(pathPrefix + "{token}/\(action.rawValue)")) { _, context -> Response in
                let token = context.parameters.get("token") ?? ""
                guard let link = try state.store.link(pageToken: token) else { return notFoundPage() }
                do {
                    _ = try action.perform(linkID: link.linkID, state: state)
                    let notice = action == .pay ? "Payment received. Thank you!" : "The payment failed. You may try again."
                    return try show(token: token, notice: notice, status: .ok, state: state)
                } catch let refusal as APIError {
                    return try show(token: token, notice: refusal.message, status: refusal.status, state: state)
                }
            }
        }
    }

    /// Text made safe to place in HTML text and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func html(_ status: HTTPResponse.Status, _ page: String) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"],
            body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    static func notFoundPage() -> Response {
        html(.notFound, document(title: "Payment link not found", body: "<h1>Payment link not found</h1><p>Check the address you were given.</p>"))
    }

    private static func document(title: String, body: String) -> String {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>body{font-family:sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}
        .amount{font-size:2rem;font-weight:bold}.status{text-transform:uppercase;letter-spacing:.05em}
        form{display:inline-block;margin-right:.5rem}button{font-size:1.1rem;padding:.5rem 1.5rem}
        .notice{padding:.5rem;border:1px solid #888}.sandbox{color:#b35900}</style></head>
        <body><p class="sandbox">SANDBOX — no real money moves</p>\(body)</body></html>
        """
    }

    static func show(token: String, notice: String?, status: HTTPResponse.Status, state: SandboxState) throws -> Response {
        guard let link = try state.store.link(pageToken: token), let order = try state.store.order(id: link.orderID) else {
            return notFoundPage()
        }
        let now = state.now
        let linkStatus = link.status(at: now)
        let amount = Money.format(minor: link.amount, currency: order.currency) + " " + order.currency
        let action = pathPrefix + token
        var body = "<h1>\(escape(link.name))</h1>"
        body += "<p class=\"amount\">\(escape(amount))</p>"
        body += "<p>Order <code>\(escape(order.reference))</code></p>"
        if let purpose = link.purpose { body += "<p>\(escape(purpose))</p>" }
        body += "<p>Status: <span class=\"status\" id=\"status\">\(escape(linkStatus.rawValue))</span></p>"
        if let notice { body += "<p class=\"notice\" role=\"status\">\(escape(notice))</p>" }
        if linkStatus == .active || linkStatus == .expired {
            body += "<form method=\"post\" action=\"\(escape(action))/pay\"><button type=\"submit\">Pay</button></form>"
            body += "<form method=\"post\" action=\"\(escape(action))/fail\"><button type=\"submit\">Fail</button></form>"
        }
        return html(status, document(title: "Pay \(amount) — \(link.name)", body: body))
    }
}
