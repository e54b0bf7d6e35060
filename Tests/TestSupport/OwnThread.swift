import Foundation
import Testing

/// Runs each test of a suite on a thread of its own instead of Swift concurrency's shared pool.
///
/// The pool has one thread per core (two on CI) and Swift Testing runs every test on it, synchronous test bodies
/// included. A test that blocks while it polls a terminal, waits for a child process, or computes for a minute
/// holds one of those threads; two such tests stop every other test's servers and HTTP answers, which then miss
/// their time-outs. On a thread of its own the test blocks only itself.
public struct OwnThread: TestTrait, SuiteTrait, TestScoping {
    public var isRecursive: Bool { true }

    public func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        // Applied to a suite, the trait scopes the suite once and each test case once: only the cases get a thread.
        guard testCase != nil else { return try await function() }
        let executor = ThreadExecutor(name: test.name)
        defer { executor.stop() }
        try await withTaskExecutorPreference(executor) { try await function() }
    }
}

extension Trait where Self == OwnThread {
    /// Each test runs on a thread of its own, so that when it blocks it never holds a thread of the shared pool.
    public static var ownThread: Self { OwnThread() }
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
