import Foundation
import PayseraCheckout
import TestSupport
import Testing

/// One way the API can fail a `paylink create`, and what the program must make of it.
struct NetworkFault: Sendable, CustomTestStringConvertible {
    var name: String
    /// Point paylink at a port nobody listens on instead of the scripted server.
    var refusedConnection = false
    var tokenReply: FaultReply = FakeCheckout.token
    var linkReply: @Sendable (_ orderID: String) -> FaultReply = { _ in .close }
    /// The documented exit status: 1 failure, 3 refused, 4 outcome unknown.
    var exit: Int32
    /// The state of the one history row afterwards.
    var state: String
    /// How many link creates may reach the server (never more than one: a POST is never repeated).
    var linkPosts: Int
    /// stderr must mention one of these.
    var mentions: [String]

    var testDescription: String { name }

    static let tenMiB = 10 << 20

    static let all: [NetworkFault] = [
        NetworkFault(
            name: "connection refused", refusedConnection: true, exit: 1, state: "not_created", linkPosts: 0,
            mentions: ["Could not connect"]),
        NetworkFault(
            name: "answer dribbled byte by byte",
            linkReply: { .dribble(status: 201, body: Data(FakeCheckout.link(id: "slow-1", orderID: $0).utf8), pause: .milliseconds(3)) },
            exit: 0, state: "created", linkPosts: 1, mentions: []),
        NetworkFault(
            name: "connection closed mid-body",
            linkReply: { .closeMidBody(status: 201, body: Data(FakeCheckout.link(id: "cut-1", orderID: $0).utf8), sentBytes: 40) },
            exit: 4, state: "unknown", linkPosts: 1, mentions: ["reconcile"]),
        NetworkFault(
            name: "connection closed without an answer", linkReply: { _ in .close }, exit: 4, state: "unknown",
            linkPosts: 1, mentions: ["reconcile"]),
        NetworkFault(
            name: "500", linkReply: { _ in .json(500, #"{"error":"internal_error","error_description":"Boom"}"#) },
            exit: 4, state: "unknown", linkPosts: 1, mentions: ["reconcile"]),
        NetworkFault(
            name: "502 with an HTML body",
            linkReply: { _ in .answer(status: 502, headers: [("Content-Type", "text/html")], body: Data("<html>bad gateway</html>".utf8)) },
            exit: 4, state: "unknown", linkPosts: 1, mentions: ["reconcile"]),
        NetworkFault(
            name: "503 with Retry-After",
            linkReply: { _ in .json(503, #"{"error":"unavailable"}"#, headers: [("Retry-After", "1")]) },
            exit: 4, state: "unknown", linkPosts: 1, mentions: ["reconcile"]),
        NetworkFault(
            name: "429 with Retry-After",
            linkReply: { _ in .json(429, #"{"error":"rate_limited","error_description":"Slow down"}"#, headers: [("Retry-After", "2")]) },
            // Nothing was processed, so the same request goes again after each wait (three times), then it is refused.
            exit: 3, state: "refused", linkPosts: 4, mentions: ["429", "Slow down"]),
        NetworkFault(
            name: "201 with invalid JSON", linkReply: { _ in .json(201, #"{"link_id":"half", "payment_URL": "#) },
            exit: 4, state: "unknown", linkPosts: 1, mentions: ["reconcile"]),
        NetworkFault(
            name: "201 with a 10 MB body and its length",
            linkReply: { _ in .answer(status: 201, headers: [("Content-Type", "application/json")], body: Data(repeating: 0x20, count: tenMiB)) },
            exit: 4, state: "unknown", linkPosts: 1, mentions: ["larger than"]),
        NetworkFault(
            name: "201 with a 10 MB chunked body",
            linkReply: { _ in .chunked(status: 201, chunk: Data(repeating: 0x20, count: 64 << 10), count: 160) },
            exit: 4, state: "unknown", linkPosts: 1, mentions: ["larger than"]),
        NetworkFault(
            name: "payment_URL that is not a URL",
            linkReply: { .json(201, FakeCheckout.link(id: "nourl-1", orderID: $0, url: "not a url at all")) },
            exit: 4, state: "unknown", linkPosts: 1, mentions: ["not a web address"]),
        NetworkFault(
            name: "payment_URL with a javascript scheme",
            linkReply: { .json(201, FakeCheckout.link(id: "js-1", orderID: $0, url: "javascript:alert(1)")) },
            exit: 4, state: "unknown", linkPosts: 1, mentions: ["not a web address"]),
        NetworkFault(
            name: "token refused with 401", tokenReply: .json(401, #"{"error":"invalid_client","error_description":"Invalid client credentials"}"#),
            exit: 3, state: "refused", linkPosts: 0, mentions: ["Invalid client credentials"]),
    ]
}

/// `paylink create` against a server that fails in every way a network can: a clear message on stderr, the
/// documented exit status, no crash, the history row in the right state, and never a second link request.
@Suite("Reliability: network faults against paylink create", .ownThread)
struct ReliabilityNetworkFaultTests {
    static let createArguments = ["--currency", "EUR", "--amount", "25.00", "--name", "Fault test", "--language", "en"]

    @Test("create survives the fault with the documented outcome", arguments: NetworkFault.all)
    func createSurvives(_ fault: NetworkFault) async throws {
        let outcome = try await Self.create(tokenReply: fault.tokenReply, linkReply: fault.linkReply, refused: fault.refusedConnection)
        defer { outcome.home.remove() }
        let run = outcome.run
        #expect(!run.signaled && !run.timedOut, "\(fault.name): \(run.summary)")
        #expect(run.status == fault.exit, "\(fault.name): \(run.summary)")
        if fault.exit == 0 {
            #expect(run.stdout.contains("https://pay.example.test/l/"), "\(fault.name): \(run.stdout)")
        } else {
            Self.expectClearMessage(run, mentions: fault.mentions, fault.name)
        }
        #expect(outcome.linkPosts == fault.linkPosts, "\(fault.name): link creates that reached the server")
        let rows = try await outcome.home.rows()
        #expect(rows.count == 1, "\(fault.name): \(rows)")
        #expect(rows.first?["state"] as? String == fault.state, "\(fault.name): \(rows)")
    }

    /// When the token request fails with a server error the link request never leaves, so nothing can exist.
    @Test("a token endpoint failing with 503 means the link was not sent")
    func tokenServerErrorIsNotSent() async throws {
        let outcome = try await Self.create(
            tokenReply: .json(503, #"{"error":"unavailable"}"#), linkReply: { _ in .close }, refused: false)
        defer { outcome.home.remove() }
        let run = outcome.run
        #expect(!run.signaled && !run.timedOut, "\(run.summary)")
        #expect(outcome.linkPosts == 0)
        Self.expectClearMessage(run, mentions: [], "token 503")
        let rows = try await outcome.home.rows()
        #expect(run.status == 1, "\(run.summary)")
        #expect(rows.first?["state"] as? String == "not_created", "\(rows)")
    }

    /// A 429 answer to the token request is waited out like any 429 (three more times), then it is a refusal.
    @Test("a token endpoint answering 429 is asked again after each wait, then a refusal")
    func tokenRateLimitedIsRefused() async throws {
        let outcome = try await Self.create(
            tokenReply: .json(429, #"{"error":"slow_down"}"#, headers: [("Retry-After", "1")]), linkReply: { _ in .close },
            refused: false)
        defer { outcome.home.remove() }
        #expect(!outcome.run.signaled && !outcome.run.timedOut)
        #expect(outcome.run.status == 3, "\(outcome.run.summary)")
        #expect(outcome.linkPosts == 0)
        #expect(outcome.tokenPosts == 4)
        Self.expectClearMessage(outcome.run, mentions: ["429"], "token 429")
    }

    /// The SDK gives up on a server that accepts and never answers within its request time-out, reports the
    /// outcome as unknown, and never sends the POST twice (the CLI's own 30 s wait is in the soak run).
    @Test("a server that never answers is outcome unknown within the request time-out, POST sent once")
    func silentServerTimesOut() async throws {
        let api = try MisbehavingAPI { request in
            request.path == FakeCheckout.tokenPath ? FakeCheckout.token : .hang
        }
        defer { api.stop() }
        let client = CheckoutClient(
            baseURL: try #require(URL(string: api.baseURL)), credentials: Credentials(clientID: "sandbox", clientSecret: "x"),
            timeouts: CheckoutTimeouts(connect: .seconds(2), request: .seconds(2)), pause: { _ in })
        let request = CreatePaymentLinkRequest(
            orderID: UUID().uuidString.lowercased(), name: "Hang", experience: Experience(language: "en"),
            purchase: LinkPurchase(amount: 100))
        let clock = ContinuousClock()
        let started = clock.now
        do {
            _ = try await client.createPaymentLink(request)
            Issue.record("a silent server produced a link")
        } catch {
            #expect(error.kind == .outcomeUnknown, "\(error)")
            #expect(error.description.contains("No answer"), "\(error.description)")
        }
        #expect(clock.now - started < .seconds(10))
        #expect(api.count("POST", FakeCheckout.linksPath) == 1)

        // A GET may be repeated once, and only once.
        do {
            _ = try await client.paymentLink(id: "L1")
            Issue.record("a silent server produced a link")
        } catch {
            #expect(error.kind == .outcomeUnknown, "\(error)")
        }
        #expect(api.count("GET", FakeCheckout.linksPath + "/L1") == 2)
    }

    // MARK: Running one create

    struct Outcome {
        var run: ChildRun
        var home: ReliabilityHome
        var linkPosts: Int
        var tokenPosts: Int
    }

    /// One `paylink create --order-id …` against a scripted server.
    static func create(
        tokenReply: FaultReply, linkReply: @escaping @Sendable (String) -> FaultReply, refused: Bool
    ) async throws -> Outcome {
        let orderID = UUID().uuidString.lowercased()
        let api = try MisbehavingAPI { request in
            switch (request.method, request.path) {
            case ("POST", FakeCheckout.tokenPath): tokenReply
            case ("POST", FakeCheckout.linksPath): linkReply(orderID)
            default: .json(404, #"{"error":"not_found","error_description":"No such thing"}"#)
            }
        }
        defer { api.stop() }
        let base = refused ? "http://127.0.0.1:\(try refusedLoopbackPort())" : api.baseURL
        let home = try ReliabilityHome(baseURL: base)
        let run = await Child.runAsync(["create", "--order-id", orderID] + createArguments, environment: home.environment)
        return Outcome(
            run: run, home: home, linkPosts: api.count("POST", FakeCheckout.linksPath),
            tokenPosts: api.count("POST", FakeCheckout.tokenPath))
    }

    /// A failure explains itself on stderr in a sentence or two: no stack trace, no Swift type names, no control bytes.
    static func expectClearMessage(_ run: ChildRun, mentions: [String], _ label: String) {
        let text = run.stderr
        #expect(!text.isEmpty, "\(label): nothing on stderr")
        #expect(run.stdout.isEmpty, "\(label): stdout on failure: \(run.stdout)")
        #expect(text.hasPrefix("paylink: "), "\(label): \(text)")
        #expect(text.split(separator: "\n").count <= 3, "\(label): \(text)")
        #expect(text.count < 1200, "\(label): \(text.count) characters")
        for noise in ["Fatal error", "Stack dump", "HTTPClientError", "NIOConnectionError", "DecodingError", "Swift."] {
            #expect(!text.contains(noise), "\(label): \(text)")
        }
        #expect(terminalControls(in: run.stderrBytes).isEmpty, "\(label): \(terminalControls(in: run.stderrBytes))")
        if !mentions.isEmpty {
            #expect(mentions.contains { text.contains($0) }, "\(label): expected one of \(mentions) in: \(text)")
        }
    }
}
