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
