import Foundation

/// Polls `condition` until it holds or the deadline passes; true when it held.
public func eventually(within seconds: TimeInterval, every pause: Duration = .milliseconds(50), _ condition: () async throws -> Bool)
    async rethrows -> Bool
{
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: pause)
    }
    return try await condition()
}
