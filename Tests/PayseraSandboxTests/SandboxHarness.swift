import AsyncHTTPClient
import Foundation
import TestSupport
import Logging
import NIOCore
import NIOHTTP1
import PayseraCheckout
import PayseraSandbox
import Synchronization
import Testing

/// A clock a test moves by hand.
final class TestClock: Sendable {
    private let current: Mutex<Date>
    init(_ start: Date = Date(timeIntervalSince1970: 1_736_433_270)) { current = Mutex(start) }
    var now: Date { current.withLock { $0 } }
    func advance(by seconds: TimeInterval) { current.withLock { $0 += seconds } }
}

/// One HTTP answer, body kept raw.
struct Answer {
    var status: Int
    var headers: HTTPHeaders
    var body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    func decode<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(body))
    }

    /// The error body's field paths, when it is one.
    var errorProperties: [String: [String]] { (try? decode(ErrorBody.self))?.errorProperties ?? [:] }
    var errorCode: String? { (try? decode(ErrorBody.self))?.error }
}

/// A running sandbox and a real HTTP client talking to it over loopback.
struct SandboxHarness: Sendable {
    let sandbox: RunningSandbox
    let clock: TestClock
    var base: String { sandbox.baseURL.absoluteString }

    static func quietLogger() -> Logger {
        var logger = Logger(label: "sandbox-test")
        logger.logLevel = .warning
        return logger
    }

    static func start(
        clock: TestClock = TestClock(), databasePath: String? = nil, faults: SandboxFaults = .none, tokenLifetime: Int = 3600,
        webhookRetryScale: Double = 1, refundSettle: Duration = .milliseconds(300)
    ) async throws -> SandboxHarness {
        var config = SandboxConfiguration(port: 0, logger: quietLogger())
        config.databasePath = databasePath
        config.faults = faults
        config.tokenLifetime = tokenLifetime
        config.webhookRetryScale = webhookRetryScale
        config.refundSettle = refundSettle
        config.now = { clock.now }
        let sandbox = try await Sandbox.start(config)
        return SandboxHarness(sandbox: sandbox, clock: clock)
    }

    /// Runs `body` against a fresh sandbox and stops it afterwards, also when the body throws.
    static func with<T>(
        clock: TestClock = TestClock(), databasePath: String? = nil, faults: SandboxFaults = .none, tokenLifetime: Int = 3600,
        webhookRetryScale: Double = 1, refundSettle: Duration = .milliseconds(300), _ body: (SandboxHarness) async throws -> T
    ) async throws -> T {
        let harness = try await start(
            clock: clock, databasePath: databasePath, faults: faults, tokenLifetime: tokenLifetime, webhookRetryScale: webhookRetryScale,
            refundSettle: refundSettle)
        do {
            let result = try await body(harness)
            await harness.sandbox.stop()
            return result
        } catch {
            await harness.sandbox.stop()
            throw error
        }
    }

    func send(
        _ method: HTTPMethod, _ path: String, headers: [(String, String)] = [], body: [UInt8]? = nil,
        timeout: TimeAmount = .seconds(20)
    ) async throws -> Answer {
        var request = HTTPClientRequest(url: base + path)
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await HTTPClient.shared.execute(request, timeout: timeout)
        let collected = try await response.body.collect(upTo: 16 << 20)
        return Answer(status: Int(response.status.code), headers: response.headers, body: Array(collected.readableBytesView))
    }

    func token(id: String = "sandbox", secret: String = "sandbox-secret") async throws -> String {
        let form = "grant_type=client_credentials&client_id=\(id)&client_secret=\(secret)"
        let answer = try await send(
            .POST, APIPath.token, headers: [("Content-Type", "application/x-www-form-urlencoded")], body: Array(form.utf8))
        try #require(answer.status == 200, "token: \(answer.text)")
        return try answer.decode(AccessToken.self).accessToken
    }

    /// An authorized JSON call; `json` is sent as written.
    func api(_ method: HTTPMethod, _ path: String, token: String, json: String? = nil) async throws -> Answer {
        var headers = [("Authorization", "Bearer \(token)")]
        if json != nil { headers.append(("Content-Type", "application/json")) }
        return try await send(method, path, headers: headers, body: json.map { Array($0.utf8) })
    }

    func createOrder(
        token: String, reference: String = "R-\(UUID().uuidString.prefix(8))", amount: String = "\"2500\"", currency: String = "EUR",
        callback: String? = nil, redirects: [String: String] = [:]
    ) async throws -> Order {
        var urls = redirects
        if let callback { urls["callback_url"] = callback }
        let members = urls.sorted { $0.key < $1.key }.map { #""\#($0.key)":"\#($0.value)""# }.joined(separator: ",")
        let redirect = urls.isEmpty ? "" : #","redirect_urls":{"# + members + "}"
        let answer = try await api(
            .POST, APIPath.orders, token: token,
            json: #"{"purchase":{"reference":"\#(reference)","amount":\#(amount),"currency":"\#(currency)"}\#(redirect)}"#)
        try #require(answer.status == 201, "order: \(answer.text)")
        return try answer.decode(Order.self)
    }

    static func linkBody(orderID: String, amount: Int = 2500, lifetime: Int? = 3600, name: String = "Order #12345") -> String {
        let life = lifetime.map { #","lifetime":\#($0)"# } ?? ""
        return #"{"order_id":"\#(orderID)","name":"\#(name)","experience":{"language":"en"},"purchase":{"amount":\#(amount)}\#(life)}"#
    }

    func createLink(token: String, orderID: String, amount: Int = 2500, lifetime: Int? = 3600, name: String = "Order #12345") async throws -> PaymentLink {
        let answer = try await api(.POST, APIPath.paymentLinks, token: token, json: Self.linkBody(orderID: orderID, amount: amount, lifetime: lifetime, name: name))
        try #require(answer.status == 201, "link: \(answer.text)")
        return try answer.decode(PaymentLink.self)
    }

    /// The path part of a payment URL.
    static func path(of url: String) -> String {
        URLComponents(string: url)?.path ?? url
    }
}

/// A temporary file path removed by the test when done.
func temporaryDatabasePath() -> String {
    TemporaryDirectory.uniqueURL(prefix: "sandbox-test").appendingPathComponent("sandbox.sqlite").path
}
