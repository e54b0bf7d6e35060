import Foundation
import NIOConcurrencyHelpers
import PayseraCheckout
import TestSupport
import Testing

/// Records the waits the client asks for instead of sleeping.
final class PauseLog: Sendable {
    let waits = NIOLockedValueBox<[Duration]>([])
    var pause: @Sendable (Duration) async throws -> Void {
        { duration in self.waits.withLockedValue { $0.append(duration) } }
    }
}

func makeClient(
    _ api: ScriptedAPI, clock: TestClock = TestClock(), pauses: PauseLog = PauseLog(),
    timeouts: CheckoutTimeouts = CheckoutTimeouts(connect: .seconds(2), request: .seconds(5)),
    maxResponseBytes: Int = CheckoutClient.defaultMaxResponseBytes, credentials: Credentials = testCredentials,
    capture: LogCapture? = nil
) -> CheckoutClient {
    if let capture {
        return CheckoutClient(
            baseURL: api.baseURL, credentials: credentials, logger: capture.logger(), now: { clock.now },
            timeouts: timeouts, maxResponseBytes: maxResponseBytes, pause: pauses.pause)
    }
    return CheckoutClient(
        baseURL: api.baseURL, credentials: credentials, now: { clock.now }, timeouts: timeouts,
        maxResponseBytes: maxResponseBytes, pause: pauses.pause)
}

let linkPath = APIPath.paymentLinks + "/c8d9e0f1-2a3b-4c5d-6e7f-8a9b0c1d2e3f"
let linkID = "c8d9e0f1-2a3b-4c5d-6e7f-8a9b0c1d2e3f"

@Suite("Access token", .ownThread)
struct TokenTests {
    @Test func tokenIsFetchedWithFormEncodedClientCredentials() async throws {
        try await withScriptedAPI { api throws in
            let client = makeClient(api)
            #expect(try await client.token() == "tok-1")
            let request = try #require(api.tokenRequests.first)
            #expect(request.method == "POST")
            #expect(request.headers.first(name: "content-type") == "application/x-www-form-urlencoded")
            #expect(request.bodyText.contains("grant_type=client_credentials"))
            #expect(request.bodyText.contains("client_id=shop-1"))
            #expect(request.bodyText.contains("client_secret=s3cret%26%3D%2B%20value"))
        }
    }

    @Test func tokenIsCachedUntilSixtySecondsBeforeItExpires() async throws {
        try await withScriptedAPI { api throws in
            let clock = TestClock()
            let client = makeClient(api, clock: clock)
            #expect(try await client.token() == "tok-1")
            clock.advance(3539)
            #expect(try await client.token() == "tok-1")
            #expect(api.tokenRequests.count == 1)
            clock.advance(2)
            #expect(try await client.token() == "tok-2")
            #expect(api.tokenRequests.count == 2)
        }
    }

    @Test func callsUseTheCachedTokenAndARefreshedOneAfterExpiry() async throws {
        try await withScriptedAPI(script: { _, request, _ in
            request.path == linkPath ? .json(200, linkJSON()) : nil
        }) { api throws in
            let clock = TestClock()
            let client = makeClient(api, clock: clock)
            _ = try await client.paymentLink(id: linkID)
            _ = try await client.paymentLink(id: linkID)
            clock.advance(3600)
            _ = try await client.paymentLink(id: linkID)
            let auth = api.requests("GET", linkPath).map(\.authorization)
            #expect(auth == ["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"])
        }
    }

    @Test func concurrentCallersShareOneTokenFetch() async throws {
        try await withScriptedAPI(script: { api, request, _ in
            guard request.path == APIPath.token else { return nil }
            try? await Task.sleep(for: .milliseconds(300))
            return api.tokenReply(request)
        }) { api throws in
            let client = makeClient(api)
            let tokens = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<8 { group.addTask { try await client.token() } }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(Set(tokens) == ["tok-1"])
            #expect(api.tokenRequests.count == 1)
        }
    }

    @Test func badClientCredentialsAreRefusedWithTheAPIsWords() async throws {
        try await withScriptedAPI { api throws in
            let client = makeClient(api, credentials: Credentials(clientID: "shop-1", clientSecret: "wrong"))
            let error = try #require(await checkoutError { () async throws(CheckoutError) in try await client.token() })
            #expect(error.kind == .refused)
            #expect(error.status == 401)
            #expect(error.code == "invalid_client")
            #expect(error.description == "The API refused the request (401 invalid_client): Invalid client credentials")
            #expect(!error.description.contains("wrong"))
        }
    }
}

@Suite("Repeating calls", .ownThread)
struct RepeatTests {
    @Test func a401GetsOneNewTokenAndOneRepeatEvenForAPost() async throws {
        try await withScriptedAPI(script: { _, request, attempt in
            guard request.path == APIPath.paymentLinks else { return nil }
            return attempt == 1 ? .json(401, #"{"error":"invalid_token"}"#) : .json(201, linkJSON())
        }) { api throws in
            let client = makeClient(api)
            let link = try await client.createPaymentLink(sampleLinkRequest)
            #expect(link.linkID == linkID)
            #expect(api.requests("POST", APIPath.paymentLinks).map(\.authorization) == ["Bearer tok-1", "Bearer tok-2"])
            #expect(api.tokenRequests.count == 2)
        }
    }

    @Test func aSecond401IsGivenBackAsRefused() async throws {
        try await withScriptedAPI(script: { _, request, _ in
            request.path == APIPath.paymentLinks ? .json(401, #"{"error":"invalid_token"}"#) : nil
        }) { api throws in
            let client = makeClient(api)
            let error = try #require(await checkoutError { () async throws(CheckoutError) in
                try await client.createPaymentLink(sampleLinkRequest)
            })
            #expect(error.isRefused)
            #expect(error.status == 401)
            #expect(api.requests("POST", APIPath.paymentLinks).count == 2)
            #expect(api.tokenRequests.count == 2)
        }
    }

    @Test func getIsRepeatedOnceAfter503() async throws {
        try await withScriptedAPI(script: { _, request, attempt in
            guard request.path == linkPath else { return nil }
            return attempt == 1 ? .json(503, #"{"error":"unavailable"}"#) : .json(200, linkJSON())
        }) { api throws in
            let link = try await makeClient(api).paymentLink(id: linkID)
            #expect(link.status == .active)
            #expect(api.requests("GET", linkPath).count == 2)
        }
    }

    @Test func getIsRepeatedOnlyOnce() async throws {
        try await withScriptedAPI(script: { _, request, _ in
            request.path == linkPath ? .json(503, #"{"error":"unavailable","error_description":"Down for maintenance"}"#) : nil
        }) { api throws in
            let client = makeClient(api)
            let error = try #require(await checkoutError { () async throws(CheckoutError) in
                try await client.paymentLink(id: linkID)
            })
            #expect(error.kind == .server)
            #expect(error.status == 503)
            #expect(error.message == "Down for maintenance")
            #expect(api.requests("GET", linkPath).count == 2)
        }
    }

    @Test func getWaitsForRetryAfterBeforeRepeatingA429() async throws {
        try await withScriptedAPI(script: { _, request, attempt in
            guard request.path == APIPath.methods else { return nil }
            return attempt == 1
                ? .json(429, #"{"error":"too_many_requests"}"#, headers: [("Retry-After", "2")])
                : .json(200, #"{"items":[{"key":"card-payment","available_currencies":{"EUR":{}}}]}"#)
        }) { api throws in
            let pauses = PauseLog()
            let methods = try await makeClient(api, pauses: pauses).paymentMethods()
            #expect(methods.map(\.key) == ["card-payment"])
            #expect(methods.first?.availableCurrencies == ["EUR"])
            #expect(pauses.waits.withLockedValue { $0 } == [.seconds(2)])
            #expect(api.requests("GET", APIPath.methods).count == 2)
        }
    }

    @Test func aRetryAfterLongerThanTenSecondsIsGivenBackInsteadOfWaitedFor() async throws {
        try await withScriptedAPI(script: { _, request, _ in
            request.path == APIPath.methods
                ? .json(429, #"{"error":"too_many_requests"}"#, headers: [("Retry-After", "30")]) : nil
        }) { api throws in
            let pauses = PauseLog()
            let client = makeClient(api, pauses: pauses)
            let error = try #require(await checkoutError { () async throws(CheckoutError) in
                try await client.paymentMethods()
            })
            #expect(error.isRefused)
            #expect(error.status == 429)
            #expect(error.retryAfter == 30)
            #expect(pauses.waits.withLockedValue { $0 }.isEmpty)
            #expect(api.requests("GET", APIPath.methods).count == 1)
        }
    }

    @Test func aRealRetryAfterPauseIsWaitedFor() async throws {
        try await withScriptedAPI(script: { _, request, attempt in
            guard request.path == linkPath else { return nil }
            return attempt == 1
                ? .json(503, "{}", headers: [("Retry-After", "1")]) : .json(200, linkJSON())
        }) { api throws in
            let client = CheckoutClient(baseURL: api.baseURL, credentials: testCredentials)
            let clock = ContinuousClock()
            let start = clock.now
            _ = try await client.paymentLink(id: linkID)
            #expect(clock.now - start >= .seconds(1))
            #expect(api.requests("GET", linkPath).count == 2)
        }
    }

    @Test func postIsNotRepeatedAfter503() async throws {
        try await withScriptedAPI(script: { _, request, _ in
            request.path == APIPath.paymentLinks ? .json(503, #"{"error":"unavailable"}"#) : nil
        }) { api throws in
            let client = makeClient(api)
            let error = try #require(await checkoutError { () async throws(CheckoutError) in
                try await client.createPaymentLink(sampleLinkRequest)
            })
            #expect(error.kind == .server)
            #expect(api.requests("POST", APIPath.paymentLinks).count == 1)
        }
    }

    @Test func postIsNotRepeatedWhenTheServerClosesTheConnectionMidRequest() async throws {
        try await withScriptedAPI(script: { _, request, _ in
            request.path == APIPath.paymentLinks ? .close : nil
        }) { api throws in
            let client = makeClient(api)
            let error = try #require(await checkoutError { () async throws(CheckoutError) in
                try await client.createPaymentLink(sampleLinkRequest)
            })
            #expect(error.kind == .outcomeUnknown)
            #expect(error.isOutcomeUnknown)
            #expect(error.description.contains("may or may not have been carried out"))
            #expect(api.requests("POST", APIPath.paymentLinks).count == 1)
        }
    }

    @Test func putIsNotRepeatedWhenTheServerClosesTheConnection() async throws {
        try await withScriptedAPI(script: { _, request, _ in
            request.path == linkPath + "/cancel" ? .close : nil
        }) { api throws in
            let client = makeClient(api)
            let error = try #require(await checkoutError { () async throws(CheckoutError) in
                try await client.cancelPaymentLink(id: linkID)
            })
            #expect(error.kind == .outcomeUnknown)
            #expect(api.requests("PUT", linkPath + "/cancel").count == 1)
        }
    }

    @Test func getIsRepeatedOnceAfterABrokenConnection() async throws {
        try await withScriptedAPI(script: { _, request, attempt in
            guard request.path == linkPath else { return nil }
            return attempt == 1 ? .close : .json(200, linkJSON())
        }) { api throws in
            _ = try await makeClient(api).paymentLink(id: linkID)
            #expect(api.requests("GET", linkPath).count == 2)
        }
    }
}

@Suite("Transport failures", .ownThread)
struct TransportTests {
    @Test func aRefusedConnectionIsNotSent() async throws {
        let port = try refusedLoopbackPort()
        let client = CheckoutClient(
            baseURL: URL(string: "http://127.0.0.1:\(port)")!, credentials: testCredentials,
            timeouts: CheckoutTimeouts(connect: .milliseconds(500), request: .seconds(5)))
        let error = try #require(await checkoutError { () async throws(CheckoutError) in
            try await client.createPaymentLink(sampleLinkRequest)
        })
        #expect(error.kind == .notSent)
        #expect(error.status == nil)
        #expect(error.description.hasSuffix("Nothing was sent to the API."))
        #expect(error.message.contains("127.0.0.1:\(port)"))
    }

    @Test func aCreateWhoseTokenNeverCameIsNotSent() async throws {
        try await withScriptedAPI(script: { _, request, _ in
            request.path == APIPath.token ? .hang : nil
        }) { api throws in
            let client = makeClient(api, timeouts: CheckoutTimeouts(connect: .seconds(1), request: .milliseconds(400)))
            let error = try #require(await checkoutError { () async throws(CheckoutError) in
                try await client.createPaymentLink(sampleLinkRequest)
            })
            #expect(error.kind == .notSent)
            #expect(api.requests("POST", APIPath.paymentLinks).isEmpty)
        }
    }

    @Test func aServerThatNeverAnswersIsOutcomeUnknownWithinTheTimeout() async throws {
        try await withScriptedAPI(script: { _, request, _ in
            request.path == APIPath.paymentLinks ? .hang : nil
        }) { api throws in
            // Generous limits: a loaded machine may take a while to connect, which must not look like "not sent".
            let client = makeClient(api, timeouts: CheckoutTimeouts(connect: .seconds(10), request: .seconds(3)))
            let clock = ContinuousClock()
            let start = clock.now
            let error = try #require(await checkoutError { () async throws(CheckoutError) in
                try await client.createPaymentLink(sampleLinkRequest)
            })
            let elapsed = clock.now - start
            #expect(error.kind == .outcomeUnknown)
            #expect(error.message.contains("3 s"))
            #expect(elapsed >= .milliseconds(2_900))
            #expect(elapsed < .seconds(20))
            #expect(api.requests("POST", APIPath.paymentLinks).count == 1)
        }
    }
}

@Suite("Answers", .ownThread)
struct AnswerTests {
    @Test func lowerCasePaymentURLIsAccepted() async throws {
        try await withScriptedAPI(script: { _, request, _ in
            request.path == APIPath.paymentLinks ? .json(201, linkJSON(urlKey: "payment_url")) : nil
        }) { api throws in
            let link = try await makeClient(api).createPaymentLink(sampleLinkRequest)
            #expect(link.paymentURL == "https://pay.example/l/abc")
            #expect(link.expiredAt == 1_736_436_870)
        }
    }

    @Test func createGivesTheBodyAsTheAPISentIt() async throws {
        let body = linkJSON().replacingOccurrences(of: "{\"link_id\"", with: "{\"extra\":{\"kept\":true},\"link_id\"")
        try await withScriptedAPI(script: { _, request, _ in
            request.path == APIPath.paymentLinks ? .json(201, body) : nil
        }) { api throws in
            let (link, raw) = try await makeClient(api).createPaymentLinkResponse(sampleLinkRequest)
            #expect(link.linkID == linkID)
            #expect(String(decoding: raw, as: UTF8.self) == body)
        }
    }

    @Test func requestBodiesUseTheAPIsFieldNamesAndAmountForms() async throws {
        try await withScriptedAPI(script: { _, request, _ in
            switch request.path {
            case APIPath.orders:
                return .json(201, #"{"order_id":"a6f2b8e3-5e5f-47d9-b13f-87ed2db2938a","purchase":{"reference":"R1","amount":2500,"currency":"EUR"}}"#)
            case APIPath.paymentLinks: return .json(201, linkJSON())
            default: return nil
            }
        }) { api throws in
            let client = makeClient(api)
            let order = try await client.createOrder(
                CreateOrderRequest(purchase: OrderPurchase(reference: "R1", amount: 2500, currency: "EUR")))
            #expect(order.orderID == "a6f2b8e3-5e5f-47d9-b13f-87ed2db2938a")
            _ = try await client.createPaymentLink(sampleLinkRequest)
            let orderBody = try #require(api.requests("POST", APIPath.orders).first?.json)
            #expect((orderBody["purchase"] as? [String: Any])?["amount"] as? String == "2500")
            let linkRequest = try #require(api.requests("POST", APIPath.paymentLinks).first)
            #expect(linkRequest.headers.first(name: "content-type") == "application/json")
            let linkBody = try #require(linkRequest.json)
            #expect((linkBody["purchase"] as? [String: Any])?["amount"] as? Int == 2500)
            #expect(linkBody["order_id"] as? String == "a6f2b8e3-5e5f-47d9-b13f-87ed2db2938a")
            #expect((linkBody["experience"] as? [String: Any])?["language"] as? String == "en")
        }
    }

    @Test func pathIDsArePercentEncoded() async throws {
        try await withScriptedAPI(script: { _, request, _ in
            request.method == "GET" ? .json(200, linkJSON()) : nil
        }) { api throws in
            _ = try await makeClient(api).paymentLink(id: "a/b c?d")
            #expect(api.all.last?.uri == APIPath.paymentLinks + "/a%2Fb%20c%3Fd")
        }
    }

    @Test func listSendsItsFiltersAsQuery() async throws {
        try await withScriptedAPI(script: { _, request, _ in
            request.path == APIPath.paymentLinks
                ? .json(200, #"{"items":[\#(linkJSON())],"_metadata":{"total":1,"limit":5,"offset":0}}"#) : nil
        }) { api throws in
            let list = try await makeClient(api).paymentLinks(orderID: "o 1", status: .active, limit: 5, offset: 0)
            #expect(list.items.count == 1)
            #expect(list.metadata?.total == 1)
            #expect(api.all.last?.query == "order_id=o%201&status=active&limit=5&offset=0")
        }
    }

    @Test func updateSendsOnlyTheChangedFields() async throws {
        try await withScriptedAPI(script: { _, request, _ in
            request.method == "PUT" ? .json(200, linkJSON()) : nil
        }) { api throws in
            _ = try await makeClient(api).updatePaymentLink(id: linkID, UpdatePaymentLinkRequest(name: "New name"))
            let request = try #require(api.requests("PUT", linkPath).first)
            #expect(request.bodyText == #"{"name":"New name"}"#)
        }
    }

    @Test func methodsNeedBothAmountAndCurrencyOrNeither() async throws {
        try await withScriptedAPI { api throws in
            let client = makeClient(api)
            let error = try #require(await checkoutError { () async throws(CheckoutError) in
                try await client.paymentMethods(amount: 2500)
            })
            #expect(error.kind == .invalidInput)
            #expect(error.fieldErrors["currency"] != nil)
            #expect(api.all.isEmpty)
        }
    }

    @Test(arguments: [
        ("not json at all", "not valid JSON"),
        (#"{"link_id":"x","order_id":"y"}"#, "payment_URL"),
        (#"{"link_id":"x","order_id":"y","payment_URL":"javascript:alert(1)"}"#, "is not a web address"),
        (#"{"link_id":"x","order_id":"y","payment_URL":"https://pay.example/\u001b[2Jx"}"#, "is not a web address"),
    ])
    func unusableCreateAnswersAreInvalidResponses(body: String, mentions: String) async throws {
        try await withScriptedAPI(script: { _, request, _ in
            request.path == APIPath.paymentLinks ? .json(201, body) : nil
        }) { api throws in
            let client = makeClient(api)
            let error = try #require(await checkoutError { () async throws(CheckoutError) in
                try await client.createPaymentLink(sampleLinkRequest)
            })
            #expect(error.kind == .invalidResponse)
            #expect(error.status == 201)
            #expect(error.description.contains(mentions))
            #expect(!(error.rawBody ?? "").contains("\u{1b}"))
            #expect(!error.description.contains("\u{1b}"))
        }
    }

    @Test func aHugeBodyWithALengthIsRefusedUnread() async throws {
        let huge = Data(repeating: UInt8(ascii: "a"), count: 5 * 1_048_576)
        try await withScriptedAPI(script: { _, request, _ in
            request.path == linkPath ? .answer(status: 200, headers: [], body: huge) : nil
        }) { api throws in
            let client = makeClient(api)
            let error = try #require(await checkoutError { () async throws(CheckoutError) in
                try await client.paymentLink(id: linkID)
            })
            #expect(error.kind == .invalidResponse)
            #expect(error.message.contains("larger than 4 MiB"))
            #expect(api.requests("GET", linkPath).count == 1)
        }
    }

    @Test func aHugeStreamedBodyIsCutOffAtTheLimit() async throws {
        let chunk = Data(repeating: UInt8(ascii: "b"), count: 16 * 1024)
        try await withScriptedAPI(script: { _, request, _ in
            request.path == linkPath ? .chunked(status: 200, chunk: chunk, count: 256) : nil
        }) { api throws in
            let client = makeClient(api, maxResponseBytes: 64 * 1024)
            let error = try #require(await checkoutError { () async throws(CheckoutError) in
                try await client.paymentLink(id: linkID)
            })
            #expect(error.kind == .invalidResponse)
            #expect(error.message.contains("larger than"))
        }
    }

    @Test func logsCarryMethodPathAndStatusButNoSecrets() async throws {
        try await withScriptedAPI(script: { _, request, _ in
            request.path == APIPath.paymentLinks ? .json(201, linkJSON()) : nil
        }) { api throws in
            let capture = LogCapture()
            _ = try await makeClient(api, capture: capture).createPaymentLink(sampleLinkRequest)
            let lines = capture.lines
            #expect(lines.contains { $0.contains("path=\(APIPath.paymentLinks)") && $0.contains("status=201") && $0.contains("method=POST") })
            #expect(lines.contains { $0.contains("path=\(APIPath.token)") })
            for line in lines {
                #expect(!line.contains(testCredentials.clientSecret))
                #expect(!line.contains("s3cret"))
                #expect(!line.contains("tok-1"))
            }
        }
    }
}

@Suite("Credentials", .ownThread)
struct CredentialsTests {
    @Test func theSecretNeverShowsInDescriptionsOrDumps() {
        let credentials = Credentials(clientID: "shop-1", clientSecret: "very-secret-value")
        var dumped = ""
        dump(credentials, to: &dumped)
        for text in [credentials.description, credentials.debugDescription, "\(credentials)", String(reflecting: credentials), dumped] {
            #expect(!text.contains("very-secret-value"))
            #expect(text.contains("shop-1"))
        }
    }
}
