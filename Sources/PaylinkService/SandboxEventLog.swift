import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import PaylinkCore

/// A running sandbox's webhook event log: `GET /sandbox/events` read, `POST /sandbox/events/ID/resend` asked for.
public struct SandboxEventLog: Sendable {
    /// The sandbox's address as given (`http://127.0.0.1:8787`).
    public let address: String

    public init(address: String) {
        self.address = address
    }

    /// No sandbox answered at the address.
    public struct Unreachable: Error, CustomStringConvertible {
        public var address: String
        public var description: String { "no sandbox answers at \(TerminalText.sanitize(address)) (start one with `paylink sandbox`)" }
    }

    /// The sandbox's answer: its status, its body, and its error sentence when it refused.
    public struct Answer: Sendable {
        public var status: Int
        public var body: Data

        /// The sandbox's error sentence, or the status.
        public var refusal: String {
            let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
            return TerminalText.sanitize((object?["error_description"] as? String) ?? "the sandbox answered \(status)")
        }
    }

    /// The events, newest first, of one order or of all.
    public func events(orderID: String? = nil) async throws(Unreachable) -> Answer {
        var path = "/sandbox/events"
        if let orderID { path += "?order_id=" + (orderID.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") }
        return try await send(.GET, path)
    }

    /// Delivers an event again now (to `to`, else the order's callback_url).
    public func resend(eventID: String, to: String?) async throws(Unreachable) -> Answer {
        var path = "/sandbox/events/" + (eventID.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-"])) ?? "") + "/resend"
        if let to { path += "?to=" + (to.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") }
        return try await send(.POST, path)
    }

    private func send(_ method: HTTPMethod, _ path: String) async throws(Unreachable) -> Answer {
        let base = address.hasSuffix("/") ? String(address.dropLast()) : address
        var request = HTTPClientRequest(url: base + path)
        request.method = method
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
            let body = try await response.body.collect(upTo: 64 << 20)
            return Answer(status: Int(response.status.code), body: Data(body.readableBytesView))
        } catch {
            throw Unreachable(address: address)
        }
    }
}

/// One webhook event of the sandbox's log, as `GET /sandbox/events` answers it.
public struct SandboxEvent: Decodable, Sendable {
    public var id: String
    public var type: String
    public var name: String
    public var orderID: String
    public var url: String?
    public var createdAt: Int
    public var deliveries: [SandboxDelivery]

    enum CodingKeys: String, CodingKey {
        case id, type, name, url, deliveries
        case orderID = "order_id"
        case createdAt = "created_at"
    }

    /// A page of the log.
    public struct Page: Decodable, Sendable {
        public var items: [SandboxEvent]
    }

    /// `2026-12-01 23:00:00  order/amount_paid_updated  EVENT  order ORDER → URL: 500 in 3 ms, 200 in 2 ms`.
    public var line: String {
        let time = Date(timeIntervalSince1970: TimeInterval(createdAt)).formatted(.iso8601)
        let target = url.map { " → " + $0 } ?? " (no callback_url)"
        let outcomes = deliveries.isEmpty ? "" : ": " + deliveries.map(\.outcome).joined(separator: ", ")
        return TerminalText.sanitize("\(time)  \(type)/\(name)  \(id)  order \(orderID)\(target)") + outcomes
    }
}

/// One delivery attempt of a sandbox event.
public struct SandboxDelivery: Decodable, Sendable {
    public var attempt: Int
    public var url: String
    public var sentAt: Int
    public var status: Int?
    public var latencyMS: Int
    public var answer: String?
    public var error: String?
    public var resend: Bool

    enum CodingKeys: String, CodingKey {
        case attempt, url, status, answer, error, resend
        case sentAt = "sent_at"
        case latencyMS = "latency_ms"
    }

    /// `200 in 12 ms`, `500 in 3 ms`, `no answer within 10 s`.
    public var outcome: String {
        let what = status.map(String.init) ?? (error ?? "no answer")
        return TerminalText.sanitize(what) + " in \(latencyMS) ms" + (resend ? " (resend)" : "")
    }
}
