import Synchronization

/// A request to stop a batch run: rows not yet sent stay unsent (a later run sends them); rows in flight finish.
public final class BatchStop: Sendable {
    private let requested = Atomic<Bool>(false)

    public init() {}

    public func request() { requested.store(true, ordering: .relaxed) }

    public var isRequested: Bool { requested.load(ordering: .relaxed) }
}
