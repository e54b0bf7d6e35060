import Foundation
import Hummingbird
import PaylinkCore

/// The webhook event log: `GET /sandbox/events` (JSON, or a page for browsers) and `POST /sandbox/events/{id}/resend`.
enum EventRoutes {
    static func add(to router: Router<SandboxRequestContext>, state: SandboxState) {
        router.get("/sandbox/events") { request, _ -> Response in
            let orderID = request.uri.queryParameters["order_id"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
            let events = try state.store.events(orderID: orderID)
            if wantsHTML(request) { return EventLogPage.response(events, orderID: orderID) }
            return JSONAnswer.response(.ok, json: .object(["items": .array(events.map { json($0.event, $0.deliveries) })]))
        }
        router.post("/sandbox/events/{event_id}/resend") { request, context -> Response in
            let id = context.parameters.get("event_id") ?? ""
            guard let event = try state.store.event(id: id) else { throw APIError.notFound("Event \(id) was not found.") }
            let to = request.uri.queryParameters["to"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
            if let to, !FieldRules.isAcceptableURL(to) {
                throw APIError.invalid(["to": [FieldRules.urlMessage("The to address")]])
            }
            guard let url = to ?? event.url else {
                throw APIError.conflict("The order had no callback_url when this event happened; give ?to=URL.")
            }
            let sent = try state.store.events(orderID: event.orderID).first { $0.event.eventID == id }?.deliveries.count ?? 0
            let delivery = await state.webhooks.deliver(event, to: url, attempt: sent + 1, resend: true)
            return JSONAnswer.response(.ok, json: json(delivery))
        }
    }

    /// Browsers ask for HTML first; scripts get JSON.
    static func wantsHTML(_ request: Request) -> Bool {
        if request.uri.queryParameters["format"] == "html" { return true }
        guard let accept = request.headers[.accept] else { return false }
        return accept.hasPrefix("text/html")
    }

    /// The event as the log answers it: PaylinkCore's `SandboxEvent`, with the body it sent as JSON.
    static func json(_ event: EventRow, _ deliveries: [DeliveryRow]) -> JSONValue {
        let logged = SandboxEvent(
            id: event.eventID, callbackID: event.callbackID, type: event.type, name: event.name, orderID: event.orderID,
            linkID: event.linkID, url: event.url, createdAt: event.createdAt, deliveries: deliveries.map(\.logged))
        guard case .object(var fields) = json(logged) else { return .null }
        fields["body"] = (try? JSONParser.parse(Array(event.body.utf8))) ?? .string(event.body)
        return .object(fields)
    }

    static func json(_ delivery: DeliveryRow) -> JSONValue { json(delivery.logged) }

    /// A value of the log's shared types as the parsed JSON the answers are built from.
    private static func json(_ value: some Encodable) -> JSONValue {
        guard let data = try? JSONEncoder().encode(value), let parsed = try? JSONParser.parse(Array(data)) else { return .null }
        return parsed
    }
}

extension DeliveryRow {
    /// The delivery as the log answers it.
    var logged: SandboxDelivery {
        SandboxDelivery(
            eventID: eventID, attempt: attempt, url: url, sentAt: sentAt, status: status, latencyMS: latencyMS,
            answer: answer, error: error, resend: resend)
    }
}

/// The event log as a page: each event, where it went, and every delivery's outcome.
enum EventLogPage {
    static func response(_ events: [(event: EventRow, deliveries: [DeliveryRow])], orderID: String?) -> Response {
        let e = HTMLText.escape
        var body = "<h1>Webhook events</h1>"
        if let orderID { body += "<p>Order <code>\(e(orderID))</code></p>" }
        if events.isEmpty { body += "<p>No events yet.</p>" }
        for (event, deliveries) in events {
            body += "<section><h2>\(e(event.type)) / \(e(event.name))</h2><dl>"
            body += "<dt>Event</dt><dd><code>\(e(event.eventID))</code></dd>"
            body += "<dt>Order</dt><dd><a href=\"/sandbox/events?format=html&amp;order_id=\(e(event.orderID))\"><code>\(e(event.orderID))</code></a></dd>"
            body += "<dt>Time</dt><dd>\(e(CheckoutVisit.utc(event.createdAt)))</dd>"
            body += "<dt>To</dt><dd>\(e(event.url ?? "no callback_url"))</dd></dl>"
            if !deliveries.isEmpty {
                body += "<table><caption>Deliveries</caption><tr><th scope=\"col\">#</th><th scope=\"col\">Time</th><th scope=\"col\">Answer</th><th scope=\"col\">ms</th><th scope=\"col\">First bytes</th></tr>"
                for delivery in deliveries {
                    let outcome = delivery.status.map(String.init) ?? (delivery.error ?? "")
                    body += "<tr><td>\(delivery.attempt)\(delivery.resend ? " (resend)" : "")</td><td>\(e(CheckoutVisit.utc(delivery.sentAt)))</td>"
                    body += "<td>\(e(outcome))</td><td>\(delivery.latencyMS)</td><td><code>\(e(String((delivery.answer ?? "").prefix(120))))</code></td></tr>"
                }
                body += "</table>"
            }
            body += "<details><summary>Body</summary><pre>\(e(event.body))</pre></details></section>"
        }
        return HTMLText.response(.ok, language: "en", title: "Webhook events", banner: CheckoutText.english.banner, body: body)
    }
}
