import Foundation
import NIOConcurrencyHelpers
import PayseraCheckout
import TestSupport
import Testing

/// A token store in memory that counts what the client asks of it.
final class MemoryTokenStore: TokenStore {
    let kept: NIOLockedValueBox<StoredToken?>
    init(_ token: StoredToken?) { kept = NIOLockedValueBox(token) }
    func load() -> StoredToken? { kept.withLockedValue { $0 } }
    func save(_ token: StoredToken) { kept.withLockedValue { $0 = token } }
    func discard(_ token: String) { kept.withLockedValue { if $0?.token == token { $0 = nil } } }
}

@Suite("A token kept between runs", .ownThread)
struct TokenStoreTests {
    func client(_ api: ScriptedAPI, _ clock: TestClock, _ store: MemoryTokenStore) -> CheckoutClient {
        CheckoutClient(
            baseURL: api.baseURL, credentials: testCredentials, now: { clock.now },
            timeouts: CheckoutTimeouts(connect: .seconds(2), request: .seconds(5)), pause: PauseLog().pause, tokenStore: store)
    }

    /// Answers link creates; the token endpoint answers as usual (tok-1, tok-2, …).
    static let links: @Sendable (ScriptedAPI, RecordedRequest, Int) async -> Reply? = { _, request, _ in
        request.path == APIPath.paymentLinks ? .json(201, linkJSON()) : nil
    }

    @Test func aKeptTokenIsUsedWithoutAskingForOne() async throws {
        try await withScriptedAPI(script: Self.links) { api throws in
            let clock = TestClock()
            let store = MemoryTokenStore(StoredToken(token: "kept", refreshAt: clock.now.addingTimeInterval(600)))
            _ = try await client(api, clock, store).createPaymentLink(sampleLinkRequest)
            #expect(api.requests("POST", APIPath.paymentLinks).map(\.authorization) == ["Bearer kept"])
            #expect(api.tokenRequests.isEmpty)
        }
    }

    @Test func aKeptTokenPastItsRefreshTimeIsReplacedAndTheNewOneKept() async throws {
        try await withScriptedAPI(script: Self.links) { api throws in
            let clock = TestClock()
            let store = MemoryTokenStore(StoredToken(token: "kept", refreshAt: clock.now.addingTimeInterval(-1)))
            _ = try await client(api, clock, store).createPaymentLink(sampleLinkRequest)
            #expect(api.requests("POST", APIPath.paymentLinks).map(\.authorization) == ["Bearer tok-1"])
            #expect(store.load()?.token == "tok-1")
        }
    }

    @Test func aKeptTokenRefusedWithA401IsDroppedEvenWhenNoNewOneComes() async throws {
        try await withScriptedAPI(script: { _, request, _ in
            switch request.path {
            case APIPath.paymentLinks: .json(401, #"{"error":"invalid_token"}"#)
            case APIPath.token: .json(503, #"{"error":"unavailable"}"#)
            default: nil
            }
        }) { api throws in
            let clock = TestClock()
            let store = MemoryTokenStore(StoredToken(token: "kept", refreshAt: clock.now.addingTimeInterval(600)))
            let error = await checkoutError { () async throws(CheckoutError) in
                _ = try await client(api, clock, store).createPaymentLink(sampleLinkRequest)
            }
            #expect(error != nil)
            #expect(store.load() == nil)
        }
    }
}
