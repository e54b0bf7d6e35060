import Foundation
import TestSupport
import Testing

/// Several `paylink create` processes writing into one history while `paylink list` reads it in a loop.
enum ConcurrentCreates {
    /// What a run of `workers × perWorker` creates and the listing beside them produced.
    struct Report {
        var failures: [String] = []
        var listings = 0
        var rows: [[String: Any]] = []
        var sandboxLinks: [[String: Any]] = []
    }

    static func run(workers: Int, perWorker: Int) async throws -> Report {
        let home = try ScratchHome()
        defer { home.remove() }
        var sandboxEnv = home.environment
        sandboxEnv["PAYLINK_DATA_DIR"] = home.root.appendingPathComponent("sandbox-data").path
        let sandbox = try SandboxProcess(environment: sandboxEnv)
        defer { sandbox.stop() }
        var env = home.environment
        env["PAYLINK_BASE_URL"] = sandbox.baseURL
        env["PAYSERA_CLIENT_ID"] = "sandbox"
        env["PAYSERA_CLIENT_SECRET"] = "sandbox-secret"
        let environment = env

        let failures = Locked<[String]>([])
        let creating = Locked(true)
        let listings = Locked(0)
        func problem(_ label: String, _ run: ChildRun) -> String? {
            if run.status != 0 || run.signaled || run.timedOut { return "\(label): \(run.summary)" }
            if run.stderr.lowercased().contains("locked") || !run.stderr.isEmpty { return "\(label): stderr \(run.stderr)" }
            return nil
        }
        async let lister: Void = {
            while creating.snapshot {
                let listed = await Child.runAsync(["list", "--json", "--limit", "20"], environment: environment)
                listings.withLock { $0 += 1 }
                if let failure = problem("list", listed) { failures.withLock { $0.append(failure) } }
                if listed.status == 0, (try? JSONSerialization.jsonObject(with: listed.stdoutBytes)) == nil {
                    failures.withLock { $0.append("list printed something that is not JSON: \(listed.stdout.prefix(200))") }
                }
            }
        }()
        await withTaskGroup(of: Void.self) { group in
            for worker in 0..<workers {
                group.addTask {
                    for n in 0..<perWorker {
                        let created = await Child.runAsync(
                            ["create", "--reference", "W\(worker)-\(n)", "--currency", "EUR", "--amount", "\(worker + 1).\(n % 100)",
                             "--name", "Worker \(worker) link \(n)", "--language", "en", "--json"],
                            environment: environment, timeout: 120)
                        if let failure = problem("create W\(worker)-\(n)", created) { failures.withLock { $0.append(failure) } }
                    }
                }
            }
        }
        creating.withLock { $0 = false }
        await lister
        var report = Report(failures: failures.snapshot, listings: listings.snapshot)
        let listed = await Child.runAsync(["list", "--json", "--limit", "\(workers * perWorker + 100)"], environment: environment)
        report.rows = (try? JSONSerialization.jsonObject(with: listed.stdoutBytes) as? [[String: Any]]) ?? []
        report.sandboxLinks = try await SandboxLedger(baseURL: sandbox.baseURL, clientID: "sandbox", secret: "sandbox-secret").allLinks()
        return report
    }

    /// The checks both sizes share: every create made exactly one row and one link, nothing failed.
    static func expectComplete(_ report: Report, total: Int) {
        #expect(report.failures.isEmpty, "\(report.failures.count) failures, first: \(report.failures.prefix(3))")
        #expect(report.listings >= 2, "the listing ran beside the creates (\(report.listings) times)")
        #expect(report.rows.count == total)
        #expect(report.rows.allSatisfy { $0["state"] as? String == "created" })
        let rowIDs = report.rows.compactMap { $0["link_id"] as? String }
        #expect(Set(rowIDs).count == total, "distinct link ids in the history")
        let sandboxIDs = Set(report.sandboxLinks.compactMap { $0["link_id"] as? String })
        #expect(sandboxIDs == Set(rowIDs), "the history and the sandbox hold the same links")
    }
}

@Suite("Reliability: concurrent writers", .ownThread)
struct ReliabilityConcurrencyTests {
    @Test("4 processes × 25 creates while one lists: 100 rows, no errors, no 'database is locked'")
    func fourWritersOneReader() async throws {
        let report = try await ConcurrentCreates.run(workers: 4, perWorker: 25)
        ConcurrentCreates.expectComplete(report, total: 100)
    }
}
