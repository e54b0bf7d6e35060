/// Holds every worker of a batch while the API's `Retry-After` runs after a 429, so all of them slow down.
actor RateGate {
    private var openAt = ContinuousClock.now

    /// Returns once no pause is running.
    func wait() async {
        while openAt > ContinuousClock.now {
            try? await Task.sleep(until: openAt, clock: .continuous)
            if Task.isCancelled { return }
        }
    }

    /// Closes the gate for `seconds` from now (a longer pause already running is kept).
    func pause(seconds: Int) {
        let until = ContinuousClock.now + .seconds(seconds)
        if until > openAt { openAt = until }
    }
}
