import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import PayseraCheckout

/// Logs every webhook event and delivers it to the order's (or a refund's) `callback_url` on Paysera's retry schedule (API doc §6).
struct WebhookSender: Sendable {
    let secret: String
    let logger: Logger
    let store: SandboxStore
    /// Multiplies the schedule's delays: 1 is Paysera's own; 0.001 turns hours into seconds for tests.
    var retryScale: Double = 1
    /// The wall clock for delivery times and the `X-Paysera-Created-At` header.
    var now: @Sendable () -> Int

    /// Retries after the first attempt, in seconds from it: about 1 h, 6 h and 31 h (four attempts in all).
    static let retryOffsets: [Double] = [3600, 6 * 3600, 31 * 3600]
    /// Bytes of an answer kept in the log.
    static let answerExcerpt = 512

    /// 3 s to connect, 10 s to answer, as Paysera delivers; one client for the life of the process.
    static let client = HTTPClient(
        eventLoopGroupProvider: .singleton,
        configuration: HTTPClient.Configuration(timeout: .init(connect: .seconds(3), read: .seconds(10))))

    /// Lower-case hex HMAC-SHA256 of the raw body, keyed with the client secret.
    static func signature(of body: [UInt8], secret: String) -> String {
        WebhookSignature.sign(body: body, secret: secret)
    }

    /// Records the event and, when there is a callback URL, starts its scheduled deliveries in the background;
    /// `callbackURL` goes before the order's own (a refund's `refund_urls.callback_url`).
    @discardableResult
    func publish(
        type: String, name: String, order: OrderRow, linkID: String?, snapshot: JSONValue, payment: JSONValue?,
        refund: JSONValue? = nil, callbackURL: String? = nil, now: Int
    ) -> EventRow? {
        let callbackID = UUID().uuidString.lowercased()
        let body = WebhookBody.event(
            type: type, name: name, callbackID: callbackID, order: snapshot, payment: payment, refund: refund, now: now)
        let url = [callbackURL, order.callbackURL].lazy.compactMap { $0 }.first { !$0.isEmpty }
        let row = EventRow(
            eventID: UUID().uuidString.lowercased(), callbackID: callbackID, orderID: order.orderID, linkID: linkID,
            type: type, name: name, url: url, body: body.text, createdAt: now)
        let event: EventRow
        do {
            event = try store.insert(row)
        } catch {
            logger.error("Webhook \(type)/\(name) for order \(order.orderID) could not be logged")
            return nil
        }
        if let url {
            Task { await self.deliverOnSchedule(event, to: url) }
        }
        return event
    }

    /// Attempt 1 now, then retries at the scaled offsets until one is taken or a 401 says stop.
    func deliverOnSchedule(_ event: EventRow, to url: String) async {
        let first = ContinuousClock.now
        var attempt = 1
        while true {
            let delivery = await deliver(event, to: url, attempt: attempt, resend: false)
            if delivery.delivered || delivery.status == 401 || attempt > Self.retryOffsets.count { return }
            let offset = Self.retryOffsets[attempt - 1] * retryScale
            attempt += 1
            let due = first + .milliseconds(Int64(offset * 1000))
            try? await Task.sleep(until: due, clock: .continuous)
        }
    }

    /// One delivery: the stored body with fresh signature headers; the outcome is logged and returned.
    @discardableResult
    func deliver(_ event: EventRow, to url: String, attempt: Int, resend: Bool) async -> DeliveryRow {
        let body = Array(event.body.utf8)
        let sentAt = now()
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        // One connection per delivery: a receiver that answers 204 with a body anyway would otherwise spoil the
        // kept-alive connection for the next event.
        request.headers.add(name: "Connection", value: "close")
        request.headers.add(name: WebhookSignature.signatureHeader, value: Self.signature(of: body, secret: secret))
        request.headers.add(name: WebhookSignature.algorithmHeader, value: WebhookSignature.algorithm)
        request.headers.add(name: WebhookSignature.createdAtHeader, value: String(sentAt))
        request.headers.add(name: WebhookSignature.requestIDHeader, value: event.eventID)
        request.headers.add(name: WebhookSignature.callbackIDHeader, value: event.callbackID)
        request.body = .bytes(ByteBuffer(bytes: body))
        let started = ContinuousClock.now
        var row = DeliveryRow(
            eventID: event.eventID, attempt: attempt, url: url, sentAt: sentAt, status: nil, latencyMS: 0,
            answer: nil, error: nil, resend: resend)
        do {
            let response = try await Self.client.execute(request, timeout: .seconds(13))
            row.status = Int(response.status.code)
            let answer = try? await response.body.collect(upTo: 64 * 1024)
            row.answer = answer.map { String(decoding: $0.readableBytesView.prefix(Self.answerExcerpt), as: UTF8.self) }
        } catch {
            row.error = Self.describe(error)
        }
        let elapsed = ContinuousClock.now - started
        row.latencyMS = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        let outcome = row.status.map(String.init) ?? (row.error ?? "no answer")
        logger.info("Webhook \(event.type)/\(event.name) \(event.eventID) attempt \(attempt) → \(outcome)")
        do {
            return try store.insert(row)
        } catch {
            logger.error("Webhook delivery of \(event.eventID) could not be logged")
            return row
        }
    }

    /// A short sentence for a failed delivery, never a type dump.
    static func describe(_ error: any Error) -> String {
        switch error {
        case let error as HTTPClientError where error == .connectTimeout: "no connection within 3 s"
        case let error as HTTPClientError where error == .readTimeout || error == .deadlineExceeded: "no answer within 10 s"
        case let error as HTTPClientError where error == .remoteConnectionClosed: "the receiver closed the connection"
        default: "could not connect: \(String(describing: error).prefix(200))"
        }
    }
}
