import Foundation
import Testing

/// Runs each test of a suite on a thread of its own instead of Swift concurrency's shared pool, a few at a time.
///
/// Swift Testing runs every test body, synchronous ones included, on the shared pool, which has one thread per
/// core. A body that computes for seconds (rendering every QR size, paging 100,000 rows) or blocks (polling a
/// terminal, waiting for a child process) holds one of those threads, and the in-process servers, clients and
/// timers of the tests beside it, which need the pool, wait behind it long past their time-outs. On a thread of
/// its own a test holds only itself. Running them all at once would starve everything of CPU instead, so at most
/// twice as many tests as there are cores run at a time (`PAYLINK_TEST_WIDTH` overrides it).
public struct OwnThread: TestTrait, SuiteTrait, TestScoping {
    public var isRecursive: Bool { true }

    /// Set inside a test already on its own thread, so that a nested suite carrying the trait adds nothing.
    @TaskLocal static var applied = false

    public func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        // Applied to a suite, the trait scopes the suite once and each test case once: only the cases get a thread.
        guard testCase != nil, !Self.applied else { return try await function() }
        await TestSlots.shared.acquire()
        let executor = ThreadExecutor(name: test.name)
        defer { executor.stop() }
        do {
            try await Self.$applied.withValue(true) {
                try await withTaskExecutorPreference(executor) { try await function() }
            }
        } catch {
            await TestSlots.shared.release()
            throw error
        }
        await TestSlots.shared.release()
    }
}

extension Trait where Self == OwnThread {
    /// Each test runs on a thread of its own, so that when it blocks it never holds a thread of the shared pool.
    public static var ownThread: Self { OwnThread() }
}

/// How many tests may run at once, and the tests waiting for their turn.
actor TestSlots {
    static let shared = TestSlots(
        width: ProcessInfo.processInfo.environment["PAYLINK_TEST_WIDTH"].flatMap(Int.init)
            ?? 2 * ProcessInfo.processInfo.activeProcessorCount)

    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(width: Int) { free = max(1, width) }

    func acquire() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
    }
}

/// A task executor that runs its jobs one after another on one dedicated thread.
final class ThreadExecutor: TaskExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var stopped = false

    init(name: String) {
        let thread = Thread { [self] in runJobs() }
        thread.name = name
        thread.stackSize = 8 << 20
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Ends the thread once no job is left; child tasks of the test have all finished by then.
    func stop() {
        condition.lock()
        stopped = true
        condition.signal()
        condition.unlock()
    }

    private func runJobs() {
        while true {
            condition.lock()
            while jobs.isEmpty && !stopped { condition.wait() }
            guard !jobs.isEmpty else {
                condition.unlock()
                return
            }
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
