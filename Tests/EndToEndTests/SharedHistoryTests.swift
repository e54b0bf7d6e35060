import Foundation
import TestSupport
import Testing

/// One history file written by several paylink processes at once, as two terminals of one till would.
@Suite("One history, two processes", .ownThread)
struct SharedHistoryTests {
    @Test("a batch and single creates writing one history at once: every link kept, no lock error, each found by its words")
    func twoProcessesWriteOneHistoryAtOnce() async throws {
        let bench = try BatchBench()
        defer { bench.close() }
        let file = try bench.file("alder.csv", invoiceCSV(count: 120, prefix: "Alder"))
        let env = bench.env
        // One batch per history at a time; single creates go on beside it.
        async let batchRun = Child.runAsync(["batch", file, "--yes", "--parallel", "4"], environment: env, timeout: 300)
        var creates: [ProcessResult] = []
        for n in 1...30 {
            creates.append(try await runPaylink(
                ["create", "--reference", "Birch-\(n)", "--currency", "EUR", "--amount", "\(n).00", "--name", "Birch \(n)",
                 "--language", "en", "--json"], environment: env))
        }
        let batch = await batchRun
        #expect(batch.status == 0, "\(batch.summary)")
        for create in creates {
            #expect(create.status == 0, "stderr: \(create.stderr)")
        }
        let listed = try await runPaylink(["list", "--json", "--limit", "1000"], environment: env)
        #expect(listed.status == 0, "stderr: \(listed.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 150)
        #expect(Set(rows.compactMap { $0["reference"] as? String }).count == 150)
        for (word, count) in [("alder", 120), ("birch", 30)] {
            let found = try await runPaylink(["list", "--json", "--limit", "1000", "--search", word], environment: env)
            let matches = try #require(try JSONSerialization.jsonObject(with: Data(found.stdout.utf8)) as? [[String: Any]])
            #expect(matches.count == count, "\(word)")
        }
        #expect(try await bench.ledger.allLinks().count == 150)
    }
}
