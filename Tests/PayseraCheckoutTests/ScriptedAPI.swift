import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix
import PayseraCheckout

/// One request as the test server received it.
struct RecordedRequest: Sendable {
    var method: String
    /// The request target exactly as sent, percent-encoding included.
    var uri: String
    var headers: HTTPHeaders
    var body: Data

    var path: String { String(uri.split(separator: "?", maxSplits: 1).first ?? "") }
    var query: String? { uri.split(separator: "?", maxSplits: 1).dropFirst().first.map(String.init) }
    var authorization: String? { headers.first(name: "authorization") }
    var bodyText: String { String(decoding: body, as: UTF8.self) }
    var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] }
}

/// What the test server does with one request.
enum Reply: Sendable {
    case answer(status: Int, headers: [(String, String)], body: Data)
    /// A body sent in `count` chunks without a Content-Length.
    case chunked(status: Int, chunk: Data, count: Int)
    /// Close the connection without answering.
    case close
    /// Keep the connection open and never answer.
    case hang

    static func json(_ status: Int, _ text: String, headers: [(String, String)] = []) -> Reply {
        .answer(status: status, headers: [("Content-Type", "application/json")] + headers, body: Data(text.utf8))
    }
}

/// The credentials the test server accepts.
let testCredentials = Credentials(clientID: "shop-1", clientSecret: "s3cret&=+ value")

/// A real HTTP/1.1 server on 127.0.0.1 and an ephemeral port that answers as a script says and records every request.
final class ScriptedAPI: Sendable {
    let port: Int
    private let recorded = NIOLockedValueBox<[RecordedRequest]>([])

    init(port: Int) { self.port = port }

    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }
    var all: [RecordedRequest] { recorded.withLockedValue { $0 } }
    var tokenRequests: [RecordedRequest] { all.filter { $0.path == APIPath.token } }
    func requests(_ method: String, _ path: String) -> [RecordedRequest] {
        all.filter { $0.method == method && $0.path == path }
    }

    /// Records a request and tells which attempt at this method and path it is (1-based).
    fileprivate func record(_ request: RecordedRequest) -> Int {
        recorded.withLockedValue {
            $0.append(request)
            return $0.filter { $0.method == request.method && $0.path == request.path }.count
        }
    }

    /// The default token endpoint: `tok-N` for good credentials, 401 invalid_client otherwise.
    func tokenReply(_ request: RecordedRequest, lifetime: Int = 3600) -> Reply {
        let form = Dictionary(
            request.bodyText.split(separator: "&").map { pair -> (String, String) in
                let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? "" }
                return (parts.first ?? "", parts.count > 1 ? parts[1] : "")
            }, uniquingKeysWith: { a, _ in a })
        guard form["grant_type"] == "client_credentials", form["client_id"] == testCredentials.clientID,
            form["client_secret"] == testCredentials.clientSecret
        else {
            return .json(401, #"{"error":"invalid_client","error_description":"Invalid client credentials"}"#)
        }
        let n = tokenRequests.count
        return .json(200, #"{"access_token":"tok-\#(n)","expires_in":\#(lifetime),"token_type":"Bearer","refresh_expires_in":0}"#)
    }
}

/// Runs `body` against a fresh scripted server; `script` answers each request (nil: token endpoint or 404).
func withScriptedAPI<T: Sendable>(
    script: @escaping @Sendable (ScriptedAPI, RecordedRequest, Int) async -> Reply? = { _, _, _ in nil },
    _ body: @Sendable (ScriptedAPI) async throws -> T
) async throws -> T {
    let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
        .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
        .bind(host: "127.0.0.1", port: 0) { channel in
            channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                return try NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>(
                    wrappingChannelSynchronously: channel)
            }
        }
    guard let port = server.channel.localAddress?.port else { throw CocoaError(.featureUnsupported) }
    let api = ScriptedAPI(port: port)
    return try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask {
            try await withThrowingDiscardingTaskGroup { connections in
                try await server.executeThenClose { inbound in
                    for try await connection in inbound {
                        connections.addTask {
                            try? await serve(connection, api: api, script: script)
                        }
                    }
                }
            }
        }
        defer { group.cancelAll() }
        return try await body(api)
    }
}

private func serve(
    _ connection: NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>, api: ScriptedAPI,
    script: @escaping @Sendable (ScriptedAPI, RecordedRequest, Int) async -> Reply?
) async throws {
    try await connection.executeThenClose { inbound, outbound in
        var head: HTTPRequestHead?
        var body = Data()
        for try await part in inbound {
            switch part {
            case .head(let h):
                head = h
                body = Data()
            case .body(let buffer):
                body.append(contentsOf: buffer.readableBytesView)
            case .end:
                guard let h = head else { continue }
                let request = RecordedRequest(method: h.method.rawValue, uri: h.uri, headers: h.headers, body: body)
                let attempt = api.record(request)
                let reply =
                    await script(api, request, attempt)
                    ?? (request.path == APIPath.token ? api.tokenReply(request) : .json(404, #"{"error":"not_found"}"#))
                switch reply {
                case .answer(let status, let headers, let bytes):
                    var fields = HTTPHeaders(headers)
                    fields.replaceOrAdd(name: "Content-Length", value: String(bytes.count))
                    try await outbound.write(
                        .head(HTTPResponseHead(version: .http1_1, status: .init(statusCode: status), headers: fields)))
                    try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: bytes))))
                    try await outbound.write(.end(nil))
                case .chunked(let status, let chunk, let count):
                    try await outbound.write(.head(HTTPResponseHead(version: .http1_1, status: .init(statusCode: status))))
                    let buffer = ByteBuffer(bytes: chunk)
                    for _ in 0..<count { try await outbound.write(.body(.byteBuffer(buffer))) }
                    try await outbound.write(.end(nil))
                case .close:
                    return
                case .hang:
                    try await Task.sleep(for: .seconds(3600))
                }
            }
        }
    }
}

/// A clock the tests move by hand.
final class TestClock: Sendable {
    private let current = NIOLockedValueBox(Date(timeIntervalSince1970: 1_736_433_270))
    var now: Date { current.withLockedValue { $0 } }
    func advance(_ seconds: TimeInterval) { current.withLockedValue { $0 += seconds } }
}

/// Runs `body` and returns the `CheckoutError` it throws; nil when it succeeds.
func checkoutError<T>(_ body: () async throws(CheckoutError) -> T) async -> CheckoutError? {
    do {
        _ = try await body()
        return nil
    } catch {
        return error
    }
}

/// A link answer as the sandbox gives it.
func linkJSON(id: String = "c8d9e0f1-2a3b-4c5d-6e7f-8a9b0c1d2e3f", urlKey: String = "payment_URL", url: String = "https://pay.example/l/abc") -> String {
    #"{"link_id":"\#(id)","order_id":"a6f2b8e3-5e5f-47d9-b13f-87ed2db2938a","\#(urlKey)":"\#(url)","name":"Order #1","purchase":{"amount":2500},"status":"active","created_at":1736433270,"expired_at":1736436870}"#
}

let sampleLinkRequest = CreatePaymentLinkRequest(
    orderID: "a6f2b8e3-5e5f-47d9-b13f-87ed2db2938a", name: "Order #1",
    experience: Experience(language: "en"), purchase: LinkPurchase(amount: 2500), lifetime: 3600)
