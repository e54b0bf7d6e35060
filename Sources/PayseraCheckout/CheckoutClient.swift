import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// Talks to the Paysera Checkout API: access tokens, orders, payment links and payment methods.
///
/// A final class rather than an actor: only the token needs shared state (kept in its own actor),
/// so independent calls run side by side instead of queueing behind one another.
public final class CheckoutClient: Sendable {
    /// Largest answer body read into memory by default.
    public static let defaultMaxResponseBytes = 4 * 1_048_576
    /// Longest `Retry-After` the client waits before repeating a GET; a longer one is returned as the error.
    public static let longestRetryWait = 10

    public let baseURL: URL
    private let credentials: Credentials
    private let exchange: Exchange
    private let logger: Logger
    private let now: @Sendable () -> Date
    private let pause: @Sendable (Duration) async throws -> Void
    private let tokens: TokenCache
    private let tokenStore: (any TokenStore)?

    /// - Parameters:
    ///   - httpClient: the HTTP client to send through; nil for AsyncHTTPClient's shared one, started at the first request.
    ///   - timeouts: connect (until the request has left) and whole-request limits.
    ///   - maxResponseBytes: answers with a larger body are refused instead of read.
    ///   - pause: waits before a GET is repeated; injectable so tests need not sleep.
    ///   - tokenStore: where a token is kept between runs; its token is used until its refresh time or a 401.
    public init(
        baseURL: URL, credentials: Credentials, httpClient: HTTPClient? = nil,
        logger: Logger = Logger(label: "paylink.checkout"),
        now: @Sendable @escaping () -> Date = Date.init,
        timeouts: CheckoutTimeouts = .standard,
        maxResponseBytes: Int = CheckoutClient.defaultMaxResponseBytes,
        pause: @Sendable @escaping (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        tokenStore: (any TokenStore)? = nil
    ) {
        self.baseURL = baseURL
        self.credentials = credentials
        self.exchange = Exchange(client: httpClient, timeouts: timeouts, maxResponseBytes: maxResponseBytes)
        self.logger = logger
        self.now = now
        self.pause = pause
        self.tokenStore = tokenStore
        tokens = TokenCache(initial: tokenStore?.load())
    }

    // MARK: Token

    /// A valid access token: the cached one until 60 s before it expires, else one fetch shared by all callers.
    public func token() async throws(CheckoutError) -> String {
        try await tokens.token(now: now) { [self] () async throws(CheckoutError) -> TokenCache.Entry in
            let entry = try await fetchToken()
            tokenStore?.save(entry)
            return entry
        }
    }

    private func fetchToken() async throws(CheckoutError) -> TokenCache.Entry {
        let started = now()
        let form = FormEncoding.encode([
            ("grant_type", "client_credentials"),
            ("client_id", credentials.clientID),
            ("client_secret", credentials.clientSecret),
        ])
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        headers.add(name: "Accept", value: "application/json")
        headers.add(name: "User-Agent", value: Self.userAgent)
        let answer = try await timed(.POST, path: APIPath.token) { () async throws(CheckoutError) -> HTTPAnswer in
            try await exchange.send(method: .POST, url: url(APIPath.token), headers: headers, body: Data(form.utf8))
        }
        guard (200..<300).contains(answer.status) else {
            throw CheckoutError.fromAnswer(status: answer.status, body: answer.body, retryAfter: retryAfter(answer))
        }
        let decoded: AccessToken
        do {
            decoded = try JSONDecoder().decode(AccessToken.self, from: answer.body)
        } catch {
            throw CheckoutError(
                kind: .invalidResponse, status: answer.status,
                message: "the token answer has no access_token and expires_in")
        }
        guard !decoded.accessToken.isEmpty else {
            throw CheckoutError(kind: .invalidResponse, status: answer.status, message: "the access token is empty")
        }
        return TokenCache.Entry(
            token: decoded.accessToken, refreshAt: started.addingTimeInterval(TimeInterval(decoded.expiresIn - 60)))
    }

    // MARK: Orders

    /// Creates an order; a link always belongs to one.
    public func createOrder(_ request: CreateOrderRequest) async throws(CheckoutError) -> Order {
        try await createOrderResponse(request).order
    }

    /// Creates an order and also gives the answer's body exactly as the API sent it.
    public func createOrderResponse(_ request: CreateOrderRequest) async throws(CheckoutError) -> (order: Order, body: Data) {
        let answer = try await call(.POST, APIPath.orders, json: try encode(request))
        return (try decode(Order.self, answer), answer.body)
    }

    /// Reads one order.
    public func order(id: String) async throws(CheckoutError) -> Order {
        let path = APIPath.orders + "/" + (try pathSegment(id, field: "order_id"))
        return try decode(Order.self, try await call(.GET, path))
    }

    // MARK: Payment links

    /// Creates a payment link for an existing order.
    public func createPaymentLink(_ request: CreatePaymentLinkRequest) async throws(CheckoutError) -> PaymentLink {
        try await createPaymentLinkResponse(request).link
    }

    /// Creates a payment link and also gives the answer's body exactly as the API sent it.
    public func createPaymentLinkResponse(
        _ request: CreatePaymentLinkRequest
    ) async throws(CheckoutError) -> (link: PaymentLink, body: Data) {
        let answer = try await call(.POST, APIPath.paymentLinks, json: try encode(request))
        return (try decodeLink(answer), answer.body)
    }

    /// Reads one payment link.
    public func paymentLink(id: String) async throws(CheckoutError) -> PaymentLink {
        let path = APIPath.paymentLinks + "/" + (try pathSegment(id, field: "link_id"))
        return try decodeLink(try await call(.GET, path))
    }

    /// Lists payment links, newest first, optionally of one order or status, one page at a time.
    public func paymentLinks(
        orderID: String? = nil, status: LinkStatus? = nil, limit: Int? = nil, offset: Int? = nil
    ) async throws(CheckoutError) -> PaymentLinkList {
        var query: [(String, String)] = []
        if let orderID { query.append(("order_id", orderID)) }
        if let status { query.append(("status", status.rawValue)) }
        if let limit { query.append(("limit", String(limit))) }
        if let offset { query.append(("offset", String(offset))) }
        let answer = try await call(.GET, APIPath.paymentLinks, query: query)
        let list = try decode(PaymentLinkList.self, answer)
        for link in list.items { try checkPaymentURL(link, answer) }
        return list
    }

    /// Cancels an active payment link.
    public func cancelPaymentLink(id: String) async throws(CheckoutError) -> PaymentLink {
        let path = APIPath.paymentLinks + "/" + (try pathSegment(id, field: "link_id")) + "/cancel"
        return try decodeLink(try await call(.PUT, path))
    }

    /// Changes the name, lifetime, payer or purpose of an active payment link.
    public func updatePaymentLink(id: String, _ request: UpdatePaymentLinkRequest) async throws(CheckoutError) -> PaymentLink {
        let path = APIPath.paymentLinks + "/" + (try pathSegment(id, field: "link_id"))
        return try decodeLink(try await call(.PUT, path, json: try encode(request)))
    }

    // MARK: Refunds

    /// Asks for money to go back to the payer of a paid order. Never repeated: nothing makes a refund idempotent,
    /// so a lost answer is settled by reading the order's refunds, not by sending again.
    public func refund(_ request: RefundRequest) async throws(CheckoutError) -> (refund: Refund, body: Data) {
        let answer = try await call(.POST, APIPath.refunds, json: try encode(request))
        return (try decode(Refund.self, answer), answer.body)
    }

    // MARK: Payment methods

    /// The project's payment methods, filtered by the methods' limits when both amount and currency are given.
    public func paymentMethods(amount: Int? = nil, currency: String? = nil) async throws(CheckoutError) -> [PaymentMethod] {
        var query: [(String, String)] = []
        switch (amount, currency) {
        case (let amount?, let currency?):
            query = [("amount", String(amount)), ("currency", currency)]
        case (nil, nil):
            break
        case (_?, nil):
            throw CheckoutError(
                kind: .invalidInput, message: "A currency is needed when an amount is given",
                fieldErrors: ["currency": ["is required when an amount is given"]])
        case (nil, _?):
            throw CheckoutError(
                kind: .invalidInput, message: "An amount is needed when a currency is given",
                fieldErrors: ["amount": ["is required when a currency is given"]])
        }
        return try decode(PaymentMethodList.self, try await call(.GET, APIPath.methods, query: query)).items
    }

    // MARK: Calls

    /// One API call with the bearer token: a 401 gets one new token and one repeat; a GET is repeated
    /// once after 5xx, 408, 429 or a transport error. Anything else is never repeated.
    private func call(
        _ method: HTTPMethod, _ path: String, query: [(String, String)] = [], json body: Data? = nil
    ) async throws(CheckoutError) -> HTTPAnswer {
        let target = url(path, query: query)
        var renewedToken = false
        var repeated = false
        while true {
            let token: String
            do {
                token = try await self.token()
            } catch where error.kind != .refused && error.kind != .invalidInput {
                // Whatever became of the token request, the call itself never left.
                var failure = CheckoutError(
                    kind: .notSent, status: error.status, code: error.code, message: "No access token: \(error.message)",
                    retryAfter: error.retryAfter)
                failure.reason = error.reason
                failure.withoutToken = true
                throw failure
            }
            var headers = HTTPHeaders()
            headers.add(name: "Authorization", value: "Bearer \(token)")
            headers.add(name: "Accept", value: "application/json")
            headers.add(name: "User-Agent", value: Self.userAgent)
            if body != nil { headers.add(name: "Content-Type", value: "application/json") }

            let answer: HTTPAnswer
            do {
                answer = try await timed(method, path: path) { () async throws(CheckoutError) -> HTTPAnswer in
                    try await exchange.send(method: method, url: target, headers: headers, body: body)
                }
            } catch {
                guard method == .GET, !repeated, error.kind == .notSent || error.kind == .outcomeUnknown else {
                    throw error
                }
                repeated = true
                try await wait(.milliseconds(250), orThrow: error)
                continue
            }

            if (200..<300).contains(answer.status) { return answer }
            // A 401 means the call was refused, not performed, so repeating it is safe even for a POST.
            if answer.status == 401, !renewedToken {
                renewedToken = true
                tokens.discard(token)
                tokenStore?.discard(token)
                continue
            }
            let seconds = retryAfter(answer)
            let error = CheckoutError.fromAnswer(status: answer.status, body: answer.body, retryAfter: seconds)
            let repeatable = answer.status >= 500 || answer.status == 408 || answer.status == 429
            guard method == .GET, !repeated, repeatable else { throw error }
            let waitSeconds = seconds ?? 0
            guard waitSeconds <= Self.longestRetryWait else { throw error }
            repeated = true
            try await wait(waitSeconds > 0 ? .seconds(waitSeconds) : .milliseconds(250), orThrow: error)
        }
    }

    private func wait(_ duration: Duration, orThrow failure: CheckoutError) async throws(CheckoutError) {
        do { try await pause(duration) } catch { throw failure }
    }

    /// Runs one exchange and logs method, path, status and duration (never headers or bodies).
    private func timed(
        _ method: HTTPMethod, path: String, _ body: () async throws(CheckoutError) -> HTTPAnswer
    ) async throws(CheckoutError) -> HTTPAnswer {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let answer = try await body()
            logger.debug(
                "checkout call",
                metadata: [
                    "method": "\(method.rawValue)", "path": "\(path)", "status": "\(answer.status)",
                    "duration_ms": "\(Self.milliseconds(clock.now - start))",
                ])
            return answer
        } catch {
            logger.debug(
                "checkout call failed",
                metadata: [
                    "method": "\(method.rawValue)", "path": "\(path)", "failure": "\(error.kind.rawValue)",
                    "duration_ms": "\(Self.milliseconds(clock.now - start))",
                ])
            throw error
        }
    }

    private static func milliseconds(_ d: Duration) -> Int64 {
        let (s, atto) = d.components
        return s * 1000 + atto / 1_000_000_000_000_000
    }

    private static let userAgent = "PayseraCheckout-Swift/1"

    // MARK: Encoding and decoding

    private func url(_ path: String, query: [(String, String)] = []) -> String {
        var base = baseURL.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        let tail = query.isEmpty ? "" : "?" + FormEncoding.encode(query)
        return base + path + tail
    }

    /// Percent-encodes an id for use as one path segment, refusing ids that would change the path.
    private func pathSegment(_ id: String, field: String) throws(CheckoutError) -> String {
        let trimmed = id.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed != ".", trimmed != ".." else {
            throw CheckoutError(
                kind: .invalidInput, message: "The \(field) is empty", fieldErrors: [field: ["must not be empty"]])
        }
        return FormEncoding.percentEncode(trimmed)
    }

    private func encode(_ value: some Encodable) throws(CheckoutError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(value)
        } catch {
            throw CheckoutError(kind: .invalidInput, message: "The request could not be written as JSON")
        }
    }

    private func decode<T: Decodable>(_ type: T.Type, _ answer: HTTPAnswer) throws(CheckoutError) -> T {
        do {
            return try JSONDecoder().decode(type, from: answer.body)
        } catch {
            throw CheckoutError(
                kind: .invalidResponse, status: answer.status, message: Self.explain(error),
                rawBody: answer.body.isEmpty ? nil : Sanitize.rawBody(answer.body))
        }
    }

    private func decodeLink(_ answer: HTTPAnswer) throws(CheckoutError) -> PaymentLink {
        let link = try decode(PaymentLink.self, answer)
        try checkPaymentURL(link, answer)
        return link
    }

    /// A link is only useful with a web address a payer can open.
    private func checkPaymentURL(_ link: PaymentLink, _ answer: HTTPAnswer) throws(CheckoutError) {
        let text = link.paymentURL
        let clean = Sanitize.text(text)
        guard clean == text, let url = URL(string: text), let scheme = url.scheme?.lowercased(),
            scheme == "https" || scheme == "http", let host = url.host, !host.isEmpty
        else {
            throw CheckoutError(
                kind: .invalidResponse, status: answer.status,
                message: "payment_URL \"\(clean.prefix(200))\" is not a web address",
                rawBody: Sanitize.rawBody(answer.body))
        }
    }

    /// Names the missing or malformed field of an answer in API terms.
    private static func explain(_ error: any Error) -> String {
        func dotted(_ path: [any CodingKey], _ key: (any CodingKey)? = nil) -> String {
            let all = path + (key.map { [$0] } ?? [])
            return all.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
                .replacingOccurrences(of: ".[", with: "[")
        }
        guard let decoding = error as? DecodingError else { return "the answer is not valid JSON" }
        switch decoding {
        case .keyNotFound(let key, let context):
            let name = dotted(context.codingPath, key)
            if name.hasSuffix("payment_url") || name.hasSuffix("payment_URL") {
                return "the answer has no payment_URL"
            }
            return "the answer has no \(name)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "the answer's \(dotted(context.codingPath)) has the wrong type"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? "the answer is not valid JSON" : "the answer's \(dotted(context.codingPath)) is not valid"
        @unknown default:
            return "the answer could not be read"
        }
    }

    private func retryAfter(_ answer: HTTPAnswer) -> Int? {
        RetryAfter.seconds(answer.headers.first(name: "retry-after"), now: now())
    }
}

/// Reads a `Retry-After` header: delta seconds or an HTTP date.
enum RetryAfter {
    static func seconds(_ value: String?, now: Date) -> Int? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Int(value) { return max(0, seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return max(0, Int(date.timeIntervalSince(now).rounded(.up)))
    }
}

/// `application/x-www-form-urlencoded` and path-segment encoding with only unreserved characters left bare.
enum FormEncoding {
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func percentEncode(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    static func encode(_ pairs: [(String, String)]) -> String {
        pairs.map { "\(percentEncode($0.0))=\(percentEncode($0.1))" }.joined(separator: "&")
    }
}
