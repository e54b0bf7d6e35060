import DequeModule
import Foundation
import Hummingbird
import PayseraCheckout
import Synchronization

/// The API requests the sandbox answered, oldest first (the last 10,000): when each arrived, what it asked, what it
/// got; creates also name their order (reference, or order id), so a client's retries can be checked against it.
final class SandboxRequestLog: Sendable {
    /// One answered request.
    struct Entry: Codable, Sendable {
        /// Seconds since the sandbox started, on a monotonic clock, when the request arrived.
        var at: Double
        var method: String
        var path: String
        var status: Int
        /// An order create's `purchase.reference`.
        var reference: String?
        /// A link create's `order_id`, or a refund's `refund_details.order_id`.
        var orderID: String?

        enum CodingKeys: String, CodingKey {
            case at, method, path, status, reference
            case orderID = "order_id"
        }
    }

    static let capacity = 10_000
    private let started = ContinuousClock.now
    /// A deque: once full, each new entry drops the oldest without moving the other 9,999.
    private let entries = Mutex<Deque<Entry>>([])

    /// Seconds since the sandbox started.
    func now() -> Double {
        let elapsed = ContinuousClock.now - started
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    func record(_ entry: Entry) {
        entries.withLock { list in
            list.append(entry)
            if list.count > Self.capacity { list.removeFirst() }
        }
    }

    var all: [Entry] { entries.withLock { Array($0) } }

    /// Reads a create's body (a small, declared length only) for the order it names, leaving it for the route.
    static func orderNamed(in request: inout Request) async -> (reference: String?, orderID: String?) {
        guard request.method == .post, [APIPath.orders, APIPath.paymentLinks, APIPath.refunds].contains(request.uri.path),
              let length = request.headers[.contentLength].flatMap({ Int($0) }), length <= RequestReading.maximumBodySize
        else { return (nil, nil) }
        do {
            _ = try await request.collectBody(upTo: RequestReading.maximumBodySize)
        } catch {
            // The stream is spent: the route gets an empty body (a 400) rather than reading the stream twice.
            request.body = .init(buffer: ByteBuffer())
            return (nil, nil)
        }
        // The routes' own parser: bounded depth, so a hostile body cannot exhaust the stack.
        guard case .object(let object)? = try? await RequestReading.json(of: request) else { return (nil, nil) }
        var reference: String?
        if case .object(let purchase)? = object["purchase"], case .string(let text)? = purchase["reference"] { reference = text }
        var orderID: String?
        if case .string(let text)? = object["order_id"] { orderID = text }
        if case .object(let details)? = object["refund_details"], case .string(let text)? = details["order_id"] { orderID = text }
        return (reference, orderID)
    }
}
