import Foundation
import NIOConcurrencyHelpers
@testable import PayseraCheckout
import TestSupport
import Testing

/// A token fetch that waits until the test lets it finish, and counts how often it ran.
private final class HeldFetch: Sendable {
    private let state = NIOLockedValueBox<(count: Int, release: [CheckedContinuation<Result<String, CheckoutError>, Never>])>(
        (0, []))

    var count: Int { state.withLockedValue { $0.count } }

    /// The fetch: the first one waits for `finish` (or for its task to be cancelled); later ones answer at once.
    func fetch() async throws(CheckoutError) -> TokenCache.Entry {
        let number = state.withLockedValue { state -> Int in
            state.count += 1
            return state.count
        }
        guard number == 1 else { return TokenCache.Entry(token: "tok-\(number)", refreshAt: .distantFuture) }
        let outcome = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                state.withLockedValue { $0.release.append(continuation) }
            }
        } onCancel: {
            finish(.failure(CheckoutError(kind: .outcomeUnknown, message: "The request was cancelled")))
        }
        return TokenCache.Entry(token: try outcome.get(), refreshAt: .distantFuture)
    }

    func finish(_ outcome: Result<String, CheckoutError>) {
        for waiter in state.withLockedValue({ state in defer { state.release = [] }; return state.release }) {
            waiter.resume(returning: outcome)
        }
    }
}

/// Waits (polling, bounded) until `condition` holds.
private func until(_ condition: () -> Bool) async throws {
    let clock = ContinuousClock()
    let deadline = clock.now + .seconds(20)
    while !condition() {
        guard clock.now < deadline else { throw CheckoutError(kind: .notSent, message: "condition never held") }
        try await Task.sleep(for: .milliseconds(5))
    }
}

@Suite("Token cache", .ownThread)
struct TokenCacheTests {
    private func caller(_ cache: TokenCache, _ fetch: HeldFetch) -> Task<String, any Error> {
        Task { try await cache.token(now: { Date() }, fetch: { () async throws(CheckoutError) in try await fetch.fetch() }) }
    }

    /// A first caller whose fetch is held, and `waiters` more callers waiting for it.
    private func heldFetch(waiters: Int) async throws
        -> (cache: TokenCache, fetch: HeldFetch, first: Task<String, any Error>, others: [Task<String, any Error>])
    {
        let cache = TokenCache()
        let fetch = HeldFetch()
        let first = caller(cache, fetch)
        try await until { fetch.count == 1 }
        let others = (0..<waiters).map { _ in caller(cache, fetch) }
        try await until { cache.waitingCount == waiters }
        return (cache, fetch, first, others)
    }

    @Test func waitersGetTheFetchersTokenAndOneFetchIsMade() async throws {
        let (_, fetch, first, others) = try await heldFetch(waiters: 2)
        fetch.finish(.success("tok-1"))
        #expect(try await first.value == "tok-1")
        for other in others { #expect(try await other.value == "tok-1") }
        #expect(fetch.count == 1)
    }

    @Test func waitersShareTheFetchersRefusal() async throws {
        let (_, fetch, first, others) = try await heldFetch(waiters: 1)
        fetch.finish(.failure(CheckoutError(kind: .refused, status: 401, message: "Invalid client credentials")))
        await #expect(throws: CheckoutError.self) { try await first.value }
        let error = await #expect(throws: CheckoutError.self) { try await others[0].value }
        #expect(error?.status == 401)
        #expect(fetch.count == 1)
    }

    @Test func aCancelledFetcherHandsTheFetchToAWaiter() async throws {
        let (_, fetch, first, others) = try await heldFetch(waiters: 1)
        first.cancel()
        await #expect(throws: CheckoutError.self) { try await first.value }
        #expect(try await others[0].value == "tok-2")
        #expect(fetch.count == 2)
    }

    @Test func aCancelledWaiterStopsWaitingWhileTheFetchGoesOn() async throws {
        let (cache, fetch, first, others) = try await heldFetch(waiters: 1)
        others[0].cancel()
        let error = await #expect(throws: CheckoutError.self) { try await others[0].value }
        #expect(error?.kind == .notSent)
        #expect(cache.waitingCount == 0)
        fetch.finish(.success("tok-1"))
        #expect(try await first.value == "tok-1")
    }
}
