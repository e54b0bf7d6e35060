import Foundation
import NIOConcurrencyHelpers

/// Holds the current access token and lets concurrent callers share one fetch of a new one.
///
/// The fetch runs in the first caller's own task, never in a task of its own: an unstructured task would wait
/// for a thread of Swift's shared pool, and while that pool is busy a token (and every request behind it) would
/// wait with it, long past the request's time-out. The others wait for the first caller's answer.
final class TokenCache: Sendable {
    /// A token and the moment from which it must no longer be used.
    typealias Entry = StoredToken

    /// What a waiting caller is told when the fetch it waited for ends.
    private enum Handover: Sendable {
        case token(Entry)
        case failed(CheckoutError)
        /// The fetching caller was cancelled: its failure is not the waiter's, so the waiter fetches itself.
        case fetchYourself
    }

    private struct State {
        var current: Entry?
        var fetching = false
        var waiters: [UInt64: CheckedContinuation<Handover, Never>] = [:]
        var nextWaiter: UInt64 = 0
    }

    private let state: NIOLockedValueBox<State>

    /// A cache that starts with `initial` (a token kept from an earlier run), used while it is fresh.
    init(initial: Entry? = nil) {
        state = NIOLockedValueBox(State(current: initial))
    }

    /// The cached token while `now` is before its refresh time; otherwise one shared fetch.
    func token(
        now: @Sendable () -> Date, fetch: @Sendable () async throws(CheckoutError) -> Entry
    ) async throws(CheckoutError) -> String {
        while true {
            enum Step { case cached(String), fetch, wait(UInt64) }
            let step: Step = state.withLockedValue { state in
                if let current = state.current, now() < current.refreshAt { return .cached(current.token) }
                if !state.fetching {
                    state.fetching = true
                    return .fetch
                }
                state.nextWaiter += 1
                return .wait(state.nextWaiter)
            }
            switch step {
            case .cached(let token):
                return token
            case .fetch:
                return try await fetchAndHandOver(fetch)
            case .wait(let id):
                switch await wait(id) {
                case .token(let entry): return entry.token
                case .failed(let error): throw error
                case .fetchYourself: continue
                }
            }
        }
    }

    /// How many callers wait for the fetch under way.
    var waitingCount: Int { state.withLockedValue { $0.waiters.count } }

    /// Forgets `token` after the API refused it, unless a newer one has replaced it already.
    func discard(_ token: String) {
        state.withLockedValue { state in
            if state.current?.token == token { state.current = nil }
        }
    }

    private func fetchAndHandOver(
        _ fetch: @Sendable () async throws(CheckoutError) -> Entry
    ) async throws(CheckoutError) -> String {
        let outcome: Result<Entry, CheckoutError>
        do { outcome = .success(try await fetch()) } catch { outcome = .failure(error) }
        let cancelled = Task.isCancelled
        let waiters = state.withLockedValue { state -> [CheckedContinuation<Handover, Never>] in
            state.fetching = false
            if case .success(let entry) = outcome { state.current = entry }
            defer { state.waiters = [:] }
            return Array(state.waiters.values)
        }
        let handover: Handover =
            switch outcome {
            case .success(let entry): .token(entry)
            case .failure(let error): cancelled ? .fetchYourself : .failed(error)
            }
        for waiter in waiters { waiter.resume(returning: handover) }
        return try outcome.get().token
    }

    /// Waits for the fetch under way; a cancelled waiter stops waiting at once.
    private func wait(_ id: UInt64) async -> Handover {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Handover, Never>) in
                if Task.isCancelled { return continuation.resume(returning: Self.cancelled) }
                let registered = state.withLockedValue { state -> Bool in
                    // The fetch may have ended between deciding to wait and getting here: then fetch anew.
                    guard state.fetching else { return false }
                    state.waiters[id] = continuation
                    return true
                }
                if !registered { continuation.resume(returning: .fetchYourself) }
            }
        } onCancel: {
            let waiter = state.withLockedValue { $0.waiters.removeValue(forKey: id) }
            waiter?.resume(returning: Self.cancelled)
        }
    }

    private static let cancelled: Handover = {
        var error = CheckoutError(kind: .notSent, message: "The request was cancelled before it was sent")
        error.reason = .cancelled(sent: false)
        return .failed(error)
    }()
}
