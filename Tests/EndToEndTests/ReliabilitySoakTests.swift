import Foundation
import TestSupport
import Testing

/// Switches for the long runs: they only run under `make soak` (`PAYLINK_SOAK=1`).
enum Soak {
    static let environment = ProcessInfo.processInfo.environment
    static var isOn: Bool { environment["PAYLINK_SOAK"] == "1" }
    /// SIGKILL runs per sandbox fault (default 100).
    static var runs: Int { environment["PAYLINK_SOAK_RUNS"].flatMap(Int.init) ?? 100 }
    /// Seed of the kill points; printed so a failing run can be repeated.
    static var seed: UInt64 { environment["PAYLINK_SOAK_SEED"].flatMap(UInt64.init) ?? UInt64(Date().timeIntervalSince1970) }
}

/// The long part of the reliability suite, run by `scripts/soak.sh`.
@Suite("Reliability soak", .serialized, .enabled(if: Soak.isOn, "set PAYLINK_SOAK=1 (make soak)"), .ownThread)
struct ReliabilitySoakTests {

    /// SIGKILL at random points of `paylink create` against a faulty sandbox, then `paylink reconcile`: the
    /// history and the sandbox must hold exactly the same links, each once.
    private func crashSafety(fault: String, label: String) async throws {
        let seed = Soak.seed
        var random = SplitMix64(seed: seed)
        let home = try ScratchHome()
        defer { home.remove() }
        var sandboxEnv = home.environment
        sandboxEnv["PAYLINK_DATA_DIR"] = home.root.appendingPathComponent("sandbox-data").path
        let sandbox = try SandboxProcess(environment: sandboxEnv, extraArguments: ["--fault", fault])
        defer { sandbox.stop() }
        var env = home.environment
        env["PAYLINK_BASE_URL"] = sandbox.baseURL
        env["PAYSERA_CLIENT_ID"] = "sandbox"
        env["PAYSERA_CLIENT_SECRET"] = "sandbox-secret"
        let ledger = SandboxLedger(baseURL: sandbox.baseURL, clientID: "sandbox", secret: "sandbox-secret")

        // Kill points spread over a whole create, as long as three unharmed ones took here.
        let clock = ContinuousClock()
        var longest = Duration.zero
        for n in 0..<3 {
            let started = clock.now
            let whole = await Child.runAsync(
                ["create", "--reference", "CAL\(n)", "--currency", "EUR", "--amount", "1.00", "--name", "Calibration \(n)",
                 "--language", "en"], environment: env)
            #expect([0, 4].contains(whole.status), "calibration create: \(whole.summary)")
            longest = max(longest, clock.now - started)
        }
        let killWindow = 0...Int(longest.seconds * 1100)
        print("\(label): \(Soak.runs) runs, fault \(fault), kill points \(killWindow) ms, PAYLINK_SOAK_SEED=\(seed)")

        var killed = 0, finished = 0
        for run in 0..<Soak.runs {
            let process = try Child.startQuiet(
                ["create", "--reference", "K\(run)", "--currency", "EUR", "--amount", "\(run + 1).00", "--name", "Kill \(run)",
                 "--language", "en"], environment: env)
            let span = UInt64(killWindow.upperBound - killWindow.lowerBound + 1)
            let point = killWindow.lowerBound + Int(random.next() % span)
            try await Task.sleep(for: .milliseconds(point))
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            let exited = await eventually(within: 60) { !process.isRunning }
            #expect(exited, "run \(run) did not end")
            if process.terminationReason == .uncaughtSignal { killed += 1 }
            if process.terminationReason == .exit {
                finished += 1
                #expect([0, 4].contains(process.terminationStatus), "run \(run) ended with \(process.terminationStatus)")
            } else {
                #expect(process.terminationStatus == SIGKILL, "run \(run) died of signal \(process.terminationStatus)")
            }
        }
        print("\(label): \(killed) killed, \(finished) ran to the end")

        // Requests the sandbox had already taken in finish first: wait until its links stop changing.
        var last = -1
        var stableSince = Date()
        let settled = await eventually(within: 60, every: .milliseconds(250)) {
            let count = (try? await ledger.allLinks().count) ?? -1
            if count != last { last = count; stableSince = Date() }
            return Date().timeIntervalSince(stableSince) > 3
        }
        #expect(settled, "the sandbox kept changing")

        let reconciled = await Child.runAsync(["reconcile"], environment: env, timeout: 300)
        #expect(reconciled.status == 0, "reconcile: \(reconciled.summary)")
        let again = await Child.runAsync(["reconcile"], environment: env, timeout: 300)
        #expect(again.stdout.contains("Nothing to reconcile"), "a second reconcile: \(again.stdout) \(again.stderr)")

        let rows = try await ReliabilityHome.rows(environment: env)
        let links = try await ledger.allLinks()
        let unresolved = rows.filter { ["sending", "unknown"].contains($0["state"] as? String ?? "") }
        #expect(unresolved.isEmpty, "rows still unresolved after reconcile: \(unresolved.count)")
        let rowIDs = rows.filter { $0["state"] as? String == "created" }.compactMap { $0["link_id"] as? String }
        #expect(Set(rowIDs).count == rowIDs.count, "a link id appears twice in the history")
        let linkIDs = links.compactMap { $0["link_id"] as? String }
        let orphans = Set(linkIDs).subtracting(rowIDs)
        let phantoms = Set(rowIDs).subtracting(linkIDs)
        #expect(orphans.isEmpty, "links on the sandbox that the history does not know: \(orphans.sorted())")
        #expect(phantoms.isEmpty, "history rows whose link the sandbox does not have: \(phantoms.sorted())")
        let perOrder = Dictionary(grouping: links, by: { $0["order_id"] as? String ?? "" }).filter { $0.value.count > 1 }
        #expect(perOrder.isEmpty, "orders with more than one link (a repeated create): \(perOrder.keys.sorted())")
        let states = Dictionary(grouping: rows, by: { $0["state"] as? String ?? "?" }).mapValues(\.count)
        print("\(label): history \(rows.count) rows \(states), sandbox \(links.count) links")
    }

    @Test("crash safety: SIGKILL at random points against drop-after-create, then reconcile")
    func soakCrashSafetyDropAfterCreate() async throws {
        try await crashSafety(fault: "drop-after-create", label: "drop-after-create")
    }

    @Test("crash safety: SIGKILL at random points against a delayed create, then reconcile")
    func soakCrashSafetyDelay() async throws {
        try await crashSafety(fault: "delay=1500ms", label: "delay=1500ms")
    }

    @Test("concurrency at full size: 4 processes × 250 creates while one lists")
    func soakConcurrencyFullSize() async throws {
        let clock = ContinuousClock()
        let started = clock.now
        let report = try await ConcurrentCreates.run(workers: 4, perWorker: 250)
        ConcurrentCreates.expectComplete(report, total: 1000)
        let seconds = (clock.now - started).seconds
        print("concurrency: 1000 creates by 4 processes, \(report.listings) listings beside them, \(Int(seconds)) s")
    }

    @Test("paylink create against a server that never answers: exit 4 after the 30 s request time-out, POST sent once")
    func soakSilentServerFromTheCommandLine() async throws {
        let clock = ContinuousClock()
        let started = clock.now
        let outcome = try await ReliabilityNetworkFaultTests.create(
            tokenReply: FakeCheckout.token, linkReply: { _ in .hang }, refused: false)
        defer { outcome.home.remove() }
        let elapsed = clock.now - started
        #expect(!outcome.run.signaled && !outcome.run.timedOut, "\(outcome.run.summary)")
        #expect(outcome.run.status == 4, "\(outcome.run.summary)")
        #expect(elapsed >= .seconds(29) && elapsed < .seconds(45), "gave up after \(elapsed)")
        #expect(outcome.linkPosts == 1)
        ReliabilityNetworkFaultTests.expectClearMessage(outcome.run, mentions: ["No answer"], "silent server")
        let rows = try await outcome.home.rows()
        #expect(rows.first?["state"] as? String == "unknown", "\(rows)")
        print("silent server: paylink create gave up after \(String(format: "%.1f", elapsed.seconds)) s")
    }
}
