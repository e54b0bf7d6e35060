import AsyncHTTPClient
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// How long the client waits for the API: to get the request out, and for the whole exchange.
public struct CheckoutTimeouts: Sendable, Hashable {
    /// Until the request has left (connection, TLS and the request head written).
    public var connect: Duration
    /// For the whole exchange, from the start until the last byte of the answer.
    public var request: Duration

    public init(connect: Duration = .seconds(5), request: Duration = .seconds(30)) {
        self.connect = connect
        self.request = request
    }

    /// Connect 5 s, whole request 30 s.
    public static let standard = CheckoutTimeouts()
}

/// One answer from the API: status, headers and the whole body.
struct HTTPAnswer: Sendable {
    var status: Int
    var headers: HTTPHeaders
    var body: Data
}

/// The answer was larger than the client agrees to hold in memory.
struct AnswerTooLarge: Error {
    var status: Int
    var limit: Int
}

/// The request did not leave within the connect timeout.
struct ConnectTimedOut: Error {}

/// Collects one answer up to a size limit and records whether the request head went out.
final class AnswerCollector: HTTPClientResponseDelegate, Sendable {
    typealias Response = HTTPAnswer

    private struct State {
        var headSent = false
        var head: HTTPResponseHead?
        var body = ByteBuffer()
    }

    private let limit: Int
    private let state = NIOLockedValueBox(State())

    init(limit: Int) { self.limit = limit }

    /// Whether the request head was written: from then on the API may have acted on it.
    var headSent: Bool { state.withLockedValue { $0.headSent } }
    var status: Int? { state.withLockedValue { $0.head.map { Int($0.status.code) } } }

    func didSendRequestHead(task: HTTPClient.Task<HTTPAnswer>, _ head: HTTPRequestHead) {
        state.withLockedValue { $0.headSent = true }
    }

    func didReceiveHead(task: HTTPClient.Task<HTTPAnswer>, _ head: HTTPResponseHead) -> EventLoopFuture<Void> {
        state.withLockedValue {
            $0.head = head
            $0.body.clear()
        }
        // Refuse early when the announced length is already over the limit.
        if let announced = head.headers.first(name: "content-length").flatMap(Int.init), announced > limit {
            return task.eventLoop.makeFailedFuture(AnswerTooLarge(status: Int(head.status.code), limit: limit))
        }
        return task.eventLoop.makeSucceededVoidFuture()
    }

    func didReceiveBodyPart(task: HTTPClient.Task<HTTPAnswer>, _ buffer: ByteBuffer) -> EventLoopFuture<Void> {
        let overLimit: Int? = state.withLockedValue { state in
            guard state.body.readableBytes + buffer.readableBytes <= limit else {
                return Int(state.head?.status.code ?? 0)
            }
            var part = buffer
            state.body.writeBuffer(&part)
            return nil
        }
        if let status = overLimit {
            return task.eventLoop.makeFailedFuture(AnswerTooLarge(status: status, limit: limit))
        }
        return task.eventLoop.makeSucceededVoidFuture()
    }

    func didFinishRequest(task: HTTPClient.Task<HTTPAnswer>) throws -> HTTPAnswer {
        try state.withLockedValue { state in
            guard let head = state.head else { throw HTTPClientError.remoteConnectionClosed }
            return HTTPAnswer(
                status: Int(head.status.code), headers: head.headers,
                body: Data(state.body.readableBytesView))
        }
    }
}

/// Sends one HTTP request with the client's timeouts and size limit, and sorts every failure into a `CheckoutError`.
struct Exchange: Sendable {
    /// nil: the shared client, touched only when a request is sent (starting it costs threads and time).
    var client: HTTPClient?
    var httpClient: HTTPClient { client ?? .shared }
    var timeouts: CheckoutTimeouts
    var maxResponseBytes: Int

    func send(method: HTTPMethod, url: String, headers: HTTPHeaders, body: Data?) async throws(CheckoutError) -> HTTPAnswer {
        let request: HTTPClient.Request
        do {
            request = try HTTPClient.Request(
                url: url, method: method, headers: headers, body: body.map { .bytes(Array($0)) })
        } catch {
            throw CheckoutError(kind: .invalidInput, message: "The API address \(Sanitize.text(url)) is not usable")
        }
        let collector = AnswerCollector(limit: maxResponseBytes)
        let task = httpClient.execute(
            request: request, delegate: collector, eventLoop: .indifferent,
            deadline: .now() + TimeAmount(timeouts.request), logger: nil)
        let connectTimer = task.eventLoop.scheduleTask(in: TimeAmount(timeouts.connect)) {
            if !collector.headSent { task.fail(reason: ConnectTimedOut()) }
        }
        defer { connectTimer.cancel() }
        do {
            return try await withTaskCancellationHandler {
                try await task.futureResult.get()
            } onCancel: {
                task.cancel()
            }
        } catch {
            throw classify(error, headSent: collector.headSent, status: collector.status, url: url)
        }
    }

    private func classify(_ error: any Error, headSent: Bool, status: Int?, url: String) -> CheckoutError {
        if let tooLarge = error as? AnswerTooLarge {
            let mib = Double(tooLarge.limit) / 1_048_576
            return CheckoutError(
                kind: .invalidResponse, status: tooLarge.status == 0 ? status : tooLarge.status,
                message: "the answer is larger than \(String(format: "%g", mib)) MiB and was not read")
        }
        let cancelled = (error as? HTTPClientError) == .cancelled || Task.isCancelled
        if headSent {
            let reason: CheckoutError.Reason
            if (error as? HTTPClientError) == .deadlineExceeded || (error as? HTTPClientError) == .readTimeout {
                reason = .noAnswer(seconds: Self.seconds(timeouts.request))
            } else if cancelled {
                reason = .cancelled(sent: true)
            } else {
                reason = .connectionBroke(why: Self.describe(error))
            }
            var failure = CheckoutError(kind: .outcomeUnknown, status: status, message: Self.sentence(reason))
            failure.reason = reason
            return failure
        }
        let reason: CheckoutError.Reason
        if error is ConnectTimedOut || (error as? HTTPClientError) == .connectTimeout
            || (error as? HTTPClientError) == .deadlineExceeded
        {
            reason = .connectTimedOut(place: Self.hostPort(url), seconds: Self.seconds(timeouts.connect))
        } else if cancelled {
            reason = .cancelled(sent: false)
        } else {
            reason = .couldNotConnect(place: Self.hostPort(url), why: Self.describe(error))
        }
        var failure = CheckoutError(kind: .notSent, message: Self.sentence(reason))
        failure.reason = reason
        return failure
    }

    /// The English sentence of a transport failure.
    static func sentence(_ reason: CheckoutError.Reason) -> String {
        let at = { (place: String?) in place.map { " at " + $0 } ?? "" }
        switch reason {
        case .noAnswer(let seconds): return "No answer came from the API within \(seconds)"
        case .cancelled(let sent):
            return sent ? "The request was cancelled while waiting for the API's answer" : "The request was cancelled before it was sent"
        case .connectionBroke(let why): return "The connection to the API broke before its answer arrived (\(why))"
        case .connectTimedOut(let place, let seconds): return "Could not connect to the API\(at(place)) within \(seconds)"
        case .couldNotConnect(let place, let why): return "Could not connect to the API\(at(place)) (\(why))"
        }
    }

    /// "host:port" for messages, or nil when the address cannot be read.
    static func hostPort(_ url: String) -> String? {
        guard let parts = URLComponents(string: url), let host = parts.host, !host.isEmpty else { return nil }
        return Sanitize.text(parts.port.map { "\(host):\($0)" } ?? host)
    }

    static func seconds(_ d: Duration) -> String {
        let (s, atto) = d.components
        let value = Double(s) + Double(atto) / 1e18
        return "\(String(format: "%g", value)) s"
    }

    /// A short, readable reason for a transport error.
    static func describe(_ error: any Error) -> String {
        if let io = error as? IOError {
            return String(cString: strerror(io.errnoCode)).lowercased()
        }
        if let failure = error as? NIOConnectionError {
            if let first = failure.connectionErrors.first { return describe(first.error) }
            if failure.dnsAError != nil || failure.dnsAAAAError != nil {
                return "the host name \(failure.host) could not be found"
            }
            return "could not connect to \(failure.host):\(failure.port)"
        }
        if let client = error as? HTTPClientError {
            switch client {
            case .remoteConnectionClosed: return "the server closed the connection"
            case .connectTimeout: return "connection timed out"
            default: break
            }
        }
        let text = Sanitize.text(String(describing: error))
        return text.count > 200 ? String(text.prefix(200)) + "…" : text
    }
}

extension TimeAmount {
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
