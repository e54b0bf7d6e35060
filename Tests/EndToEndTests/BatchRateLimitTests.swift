import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TestSupport
import Testing

/// A sandbox that answers a share of API requests 429 with `Retry-After: 1`: paylink waits, then sends again.
@Suite("Batch and create under 429", .serialized, .ownThread)
struct BatchRateLimitTests {
    /// The sandbox's request log: when each API request arrived (seconds since it started), and what it got.
    func requestLog(_ base: String) async throws -> [[String: Any]] {
        let answer = try await httpRequest("GET", base + "/sandbox/requests")
        let object = try JSONSerialization.jsonObject(with: answer.body) as? [String: Any]
        return try #require(object?["items"] as? [[String: Any]])
    }

    /// For each create answered 429, the next create for the same order (reference, or order id) and when each arrived.
    func retriesAfter429(_ log: [[String: Any]]) -> [(key: String, limitedAt: Double, retriedAt: Double?)] {
        let creates = log.filter { $0["method"] as? String == "POST" }.compactMap { entry -> (key: String, at: Double, status: Int)? in
            guard let at = entry["at"] as? Double, let status = entry["status"] as? Int,
                  let key = (entry["reference"] as? String).map({ "order " + $0 }) ?? (entry["order_id"] as? String).map({ "link " + $0 })
            else { return nil }
            return (key, at, status)
        }
        return creates.enumerated().filter { $0.element.status == 429 }.map { index, limited in
            let next = creates[(index + 1)...].first { $0.key == limited.key }
            return (limited.key, limited.at, next?.at)
        }
    }

    @Test("rate-limit=0.1: the batch finishes, every row once, and no create is sent again before its Retry-After passed")
    func batchWaitsOutEvery429() async throws {
        let bench = try BatchBench(faults: ["rate-limit=0.1", "seed=11"])
        defer { bench.close() }
        let path = try bench.file("limited.csv", invoiceCSV(count: 40, prefix: "Limited"))
        let run = await bench.batch([path, "--yes"])
        #expect(run.status == 0, "\(run.summary)")
        let names = try await bench.linksByName()
        #expect(names.count == 40 && names.values.allSatisfy { $0 == 1 }, "links per row: \(names)")
        let retries = retriesAfter429(try await requestLog(bench.sandbox.baseURL))
        #expect(retries.count >= 3, "too few 429s on creates to say anything: \(retries.count)")
        for retry in retries {
            let retriedAt = try #require(retry.retriedAt, "\(retry.key) was never sent again after its 429")
            // A lower bound, whatever the load: the retry cannot arrive before the wait the 429 asked for.
            #expect(retriedAt - retry.limitedAt >= 1.0, "\(retry.key) sent again \(retriedAt - retry.limitedAt) s after its 429")
        }
        print("batch under rate-limit=0.1: \(retries.count) creates answered 429, each sent again at least 1 s later")
    }

    @Test("paylink create against 429s waits out Retry-After and makes its one link")
    func createWaitsOut429() async throws {
        let bench = try BatchBench(faults: ["rate-limit=0.5", "seed=3"])
        defer { bench.close() }
        let run = await Child.runAsync(
            ["create", "--reference", "Single-1", "--currency", "EUR", "--amount", "9.50", "--name", "Single", "--language", "en"],
            environment: bench.env, timeout: 120)
        #expect(run.status == 0, "\(run.summary)")
        #expect(try await bench.linksByName() == ["Single": 1])
        let retries = retriesAfter429(try await requestLog(bench.sandbox.baseURL))
        #expect(!retries.isEmpty, "no create was answered 429 with this seed; pick another")
        for retry in retries {
            let retriedAt = try #require(retry.retriedAt, "\(retry.key) was never sent again after its 429")
            #expect(retriedAt - retry.limitedAt >= 1.0, "\(retry.key) sent again \(retriedAt - retry.limitedAt) s after its 429")
        }
    }
}
