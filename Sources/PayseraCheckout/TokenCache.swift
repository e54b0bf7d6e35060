import Foundation

/// Holds the current access token and lets concurrent callers share one fetch of a new one.
actor TokenCache {
    /// A token and the moment from which it must no longer be used.
    struct Entry: Sendable {
        var token: String
        var refreshAt: Date
    }

    private var current: Entry?
    private var inFlight: Task<Entry, any Error>?

    /// The cached token while `now` is before its refresh time; otherwise one shared fetch.
    func token(
        now: @Sendable () -> Date, fetch: @escaping @Sendable () async throws(CheckoutError) -> Entry
    ) async throws(CheckoutError) -> String {
        if let current, now() < current.refreshAt { return current.token }
        let task: Task<Entry, any Error>
        if let inFlight {
            task = inFlight
        } else {
            // Unstructured so that one caller's cancellation does not fail the others waiting on it.
            task = Task { try await fetch() }
            inFlight = task
        }
        do {
            let entry = try await task.value
            if inFlight == task {
                inFlight = nil
                current = entry
            }
            return entry.token
        } catch {
            if inFlight == task { inFlight = nil }
            throw error as? CheckoutError
                ?? CheckoutError(kind: .notSent, message: "The access token could not be fetched")
        }
    }

    /// Forgets `token` after the API refused it, unless a newer one has replaced it already.
    func discard(_ token: String) {
        if current?.token == token { current = nil }
    }
}
