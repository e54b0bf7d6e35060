import Foundation
import PaylinkStore
import PayseraCheckout

/// What became of one callback, and the HTTP status the receiver answers with (as Paysera's SDK advises).
public enum CallbackOutcome: Sendable, Equatable {
    /// Verified, new, and applied to the history.
    case applied(CallbackSummary)
    /// Verified, but its request id was applied before: nothing changed.
    case duplicate(CallbackSummary)
    /// Verified, but not an event paylink acts on: nothing changed.
    case ignored(CallbackSummary)
    /// The signature does not match the profile's secret: nothing stored.
    case badSignature(String)
    /// The body or the headers cannot be read: nothing stored.
    case unreadable(String)
    /// Verified, but the history could not take it: answered 500 so Paysera delivers it again.
    case failed(String)

    /// 200 for everything verified, 401 for a bad signature, 400 for what cannot be read, 500 when the history failed.
    public var httpStatus: Int {
        switch self {
        case .applied, .duplicate, .ignored: 200
        case .badSignature: 401
        case .unreadable: 400
        case .failed: 500
        }
    }

    /// `applied`, `duplicate`, `ignored`, `bad_signature`, `unreadable`.
    public var name: String {
        switch self {
        case .applied: "applied"
        case .duplicate: "duplicate"
        case .ignored: "ignored"
        case .badSignature: "bad_signature"
        case .unreadable: "unreadable"
        case .failed: "failed"
        }
    }

    /// The callback in brief, when it was verified and read.
    public var summary: CallbackSummary? {
        switch self {
        case .applied(let s), .duplicate(let s), .ignored(let s): s
        case .badSignature, .unreadable, .failed: nil
        }
    }
}

/// A verified callback in brief: which event, which order, what each link's status is now.
public struct CallbackSummary: Sendable, Equatable, Codable {
    public var requestID: String
    public var event: String
    public var orderID: String?
    public var reference: String?
    public var orderStatus: String?
    public var amountPaid: Int?
    public var currency: String?
    public var links: [LinkState]
    /// Links of the history that changed (only for `applied`).
    public var changed: [String]

    /// One link of the order snapshot.
    public struct LinkState: Sendable, Equatable, Codable {
        public var id: String
        public var status: String
    }

    enum CodingKeys: String, CodingKey {
        case requestID = "request_id"
        case event, reference, currency, links, changed
        case orderID = "order_id"
        case orderStatus = "order_status"
        case amountPaid = "amount_paid"
    }
}

extension CallbackReceiver {
    /// The method each link's completed payment used, by link id.
    static func paidMethods(_ order: [String: Any]) -> [String: String] {
        var methods: [String: String] = [:]
        for link in order["payment_links"] as? [[String: Any]] ?? [] {
            guard let id = link["id"] as? String else { continue }
            let payments = link["payments"] as? [[String: Any]] ?? []
            if let paid = payments.last(where: { ($0["status"] as? String) == "completed" }), let method = paid["method"] as? String {
                methods[id] = method
            }
        }
        return methods
    }

    /// Takes a refund event's refunds (the order's list, else the one refund) into the history; the links changed.
    func takeRefunds(_ json: [String: Any], order: [String: Any], orderID: String?) throws -> [String] {
        guard let orderID else { return [] }
        var listed = order["refunds"] as? [[String: Any]] ?? []
        if listed.isEmpty, let one = json["refund"] as? [String: Any] { listed = [one] }
        let refunds = listed.compactMap { object -> Refund? in
            guard let data = try? JSONSerialization.data(withJSONObject: object) else { return nil }
            return try? JSONDecoder().decode(Refund.self, from: data)
        }
        let linkID = try history.paidLink(orderID: orderID)?.linkID
        let profile = try linkID.flatMap { try history.record(linkID: $0)?.profile } ?? ""
        return try history.mergeRefunds(
            orderID: orderID, listed: refunds, linkID: linkID, reference: order["merchant_order_id"] as? String,
            profile: profile
        ).links
    }
}

/// Checks a callback from Paysera (or the sandbox) and applies it to the history once (API doc §6).
public struct CallbackReceiver: Sendable {
    /// Events whose order snapshot paylink applies; the rest are answered 200 and left alone.
    public static let handledEvents: Set<String> = [
        "order/amount_paid_updated", "payment/status_updated", Self.refundEvent,
    ]
    /// A refund's progress: its order's refunds are taken into the history.
    public static let refundEvent = "refund/status_updated"

    let secret: String
    let history: HistoryStore
    let now: @Sendable () -> Date

    public init(secret: String, history: HistoryStore, now: @escaping @Sendable () -> Date = Date.init) {
        self.secret = secret
        self.history = history
        self.now = now
    }

    /// Signature first, then the headers and body, then de-duplication by request id, then the history.
    /// `header` looks a header up by name, in any case.
    public func receive(body: [UInt8], header: (String) -> String?) -> CallbackOutcome {
        guard let signature = header(WebhookSignature.signatureHeader),
            WebhookSignature.verify(body: body, signature: signature, secret: secret)
        else { return .badSignature("The signature does not match this profile's secret") }
        if let algorithm = header(WebhookSignature.algorithmHeader), algorithm.uppercased() != WebhookSignature.algorithm {
            return .unreadable("\(WebhookSignature.algorithmHeader) must be \(WebhookSignature.algorithm)")
        }
        guard let requestID = header(WebhookSignature.requestIDHeader)?.lowercased(), UUID(uuidString: requestID) != nil else {
            return .unreadable("\(WebhookSignature.requestIDHeader) must be a UUID")
        }
        guard let json = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any],
            let event = json["event"] as? [String: Any], let type = event["type"] as? String, let name = event["name"] as? String
        else { return .unreadable("The body carries no readable event") }
        let order = json["order"] as? [String: Any] ?? [:]
        let links = (order["payment_links"] as? [[String: Any]] ?? []).compactMap { link -> CallbackSummary.LinkState? in
            guard let id = link["id"] as? String ?? link["link_id"] as? String, let status = link["status"] as? String else { return nil }
            return CallbackSummary.LinkState(id: id, status: status)
        }
        var summary = CallbackSummary(
            requestID: requestID, event: type + "/" + name, orderID: order["paysera_order_id"] as? String,
            reference: order["merchant_order_id"] as? String, orderStatus: order["status"] as? String,
            amountPaid: (order["amount_paid"] as? NSNumber)?.intValue, currency: order["currency"] as? String,
            links: links, changed: [])
        guard Self.handledEvents.contains(summary.event) else { return .ignored(summary) }
        let updated = (order["payment_links"] as? [[String: Any]] ?? []).compactMap { link in
            (link["updated_at"] as? NSNumber).map { (link["id"] as? String ?? "", Date(timeIntervalSince1970: $0.doubleValue)) }
        }
        let times = Dictionary(updated, uniquingKeysWith: { first, _ in first })
        let methods = Self.paidMethods(order)
        let statuses = links.map {
            ReportedStatus(
                linkID: $0.id, status: LinkStatus(rawValue: $0.status), updatedAt: times[$0.id], paidMethod: methods[$0.id])
        }
        do {
            if summary.event == Self.refundEvent {
                guard try !history.hasCallback(requestID: requestID) else { return .duplicate(summary) }
                summary.changed = try takeRefunds(json, order: order, orderID: summary.orderID)
            }
            guard let changed = try history.applyCallback(
                requestID: requestID, event: summary.event, orderID: summary.orderID, statuses: statuses, receivedAt: now())
            else { return .duplicate(summary) }
            summary.changed = Array(Set(summary.changed + changed)).sorted()
            return .applied(summary)
        } catch {
            // Not taken: Paysera delivers it again later.
            return .failed("The history could not be written: \(error)")
        }
    }
}
