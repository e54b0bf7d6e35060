import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TestSupport
import Testing

/// Crash safety of refunds: `paylink refund` killed at random points and run again refunds each order exactly as
/// asked, never twice (the write-ahead, the order's refunds and the refund's key together).
@Suite("Reliability: refunds killed part-way", .serialized, .ownThread)
struct ReliabilityRefundKillTests {
    static let kills = 50
    static let orders = 10


    private func object(_ data: Data) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("paylink refund killed at random points 50 times and rerun: every order refunded exactly as asked")
    func killedRefundsAreMadeExactlyOnce() async throws {
        let seed = ProcessInfo.processInfo.environment["PAYLINK_SOAK_SEED"].flatMap(UInt64.init)
            ?? UInt64(Date().timeIntervalSince1970)
        var random = SplitMix64(seed: seed)
        let home = try ScratchHome()
        defer { home.remove() }
        // The refund is stored, then its answer held back: kills land before, during and after the request.
        let sandbox = try SandboxProcess(environment: home.sandboxEnvironment, extraArguments: ["--fault", "refund-delay=400ms"])
        defer { sandbox.stop() }
        let env = home.environment.merging([
            "PAYLINK_BASE_URL": sandbox.baseURL, "PAYSERA_CLIENT_ID": "sandbox", "PAYSERA_CLIENT_SECRET": "sandbox-secret",
        ]) { _, new in new }
        var links: [(link: String, order: String)] = []
        for n in 0..<Self.orders {
            let made = try await runPaylink(
                ["create", "--reference", "KR\(n)", "--currency", "EUR", "--amount", "50.00", "--name", "Kill refund \(n)",
                 "--language", "en", "--json"], environment: env)
            #expect(made.status == 0, "stderr: \(made.stderr)")
            let link = try object(Data(made.stdout.utf8))
            let id = try #require(link["link_id"] as? String)
            #expect(try await httpRequest("POST", sandbox.baseURL + "/sandbox/payment-links/\(id)/pay").status == 200)
            links.append((id, try #require(link["order_id"] as? String)))
        }
        // Kill points spread over a whole refund, as long as an unharmed one takes here.
        let clock = ContinuousClock()
        let started = clock.now
        let whole = try await runPaylink(
            ["refund", links[0].link, "--amount", "0.50", "--key", "calibration", "--yes"], environment: env)
        #expect(whole.status == 0, "calibration: \(whole.stderr)")
        let window = max(200, Int((clock.now - started).seconds * 1100))
        print("refund kills: \(Self.kills), kill points 0...\(window) ms, PAYLINK_SOAK_SEED=\(seed)")

        var killed = 0
        for run in 0..<Self.kills {
            let target = links[run % Self.orders]
            let arguments = ["refund", target.link, "--amount", "1.00", "--key", "kill-\(run)", "--yes"]
            let process = try Child.startQuiet(arguments, environment: env)
            try await Task.sleep(for: .milliseconds(Int(random.next() % UInt64(window + 1))))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            #expect(await eventually(within: 60) { !process.isRunning }, "run \(run) did not end")
            // Run again until the refund is settled: made now, or found made by the killed run.
            var status: Int32 = -1
            for _ in 0..<4 where status != 0 {
                let again = try await runPaylink(arguments, environment: env)
                status = again.status
                #expect([0, 4].contains(status), "run \(run): \(again.stderr)")
            }
            #expect(status == 0, "run \(run) was never settled")
        }
        #expect(killed >= Self.kills / 2, "only \(killed) of \(Self.kills) runs were killed")

        // Each order: the calibration's 0.50 (first order only) and one 1.00 for each of its five keys, nothing twice.
        for (n, target) in links.enumerated() {
            let answer = try await httpRequest("GET", sandbox.baseURL + "/sandbox/refunds?order_id=\(target.order)")
            let refunds = try object(answer.body)["items"] as? [[String: Any]] ?? []
            let keys = refunds.compactMap { ($0["metadata"] as? [String: Any])?["paylink_refund_key"] as? String }
            let expected = (0..<Self.kills).filter { $0 % Self.orders == n }.map { "kill-\($0)" } + (n == 0 ? ["calibration"] : [])
            #expect(keys.sorted() == expected.sorted(), "order \(n): \(keys)")
            #expect(refunds.compactMap { $0["amount"] as? Int }.reduce(0, +) == 500 + (n == 0 ? 50 : 0), "order \(n)")
            let shown = try object(Data(try await runPaylink(["show", target.link, "--json"], environment: env).stdout.utf8))
            #expect(shown["refunded"] as? Int == 500 + (n == 0 ? 50 : 0), "history of order \(n)")
        }
    }
}
