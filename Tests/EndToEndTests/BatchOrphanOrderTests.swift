import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TestSupport
import Testing

/// A row whose order the API made while paylink was killed before reading its id: reported, then fixed by its id.
@Suite("Batch orphaned orders", .serialized, .ownThread)
struct BatchOrphanOrderTests {
    /// The sandbox's orders with this reference (its stand-in for the merchant's dashboard).
    func orderIDs(_ bench: BatchBench, reference: String) async throws -> [String] {
        let answer = try await httpRequest("GET", bench.sandbox.baseURL + "/sandbox/orders?reference=\(reference)")
        let object = try JSONSerialization.jsonObject(with: answer.body) as? [String: Any]
        return (object?["items"] as? [[String: Any]] ?? []).compactMap { $0["order_id"] as? String }
    }

    @Test("killed after the API made the order and before paylink read its id: the rerun says unknown (exit 4) and what to do; the order id in the row then makes its one link")
    func orderMadeButItsIDNeverRead() async throws {
        // The sandbox stores each order and then holds its answer for a minute: the kill lands in between.
        let bench = try BatchBench(faults: ["order-delay=60s"])
        defer { bench.close() }
        let path = try bench.file("orphan.csv", invoiceCSV(count: 1, prefix: "Orphan"))
        let process = try bench.startBatch([path, "--yes"])
        let made = await eventually(within: 60, every: .milliseconds(100)) {
            (try? await orderIDs(bench, reference: "Orphan-1").count) == 1
        }
        #expect(made, "the sandbox never stored the order")
        kill(process.processIdentifier, SIGKILL)
        _ = await eventually(within: 30) { !process.isRunning }

        let rerun = await bench.batch([path, "--yes"])
        #expect(rerun.status == 4, "\(rerun.summary)")
        let result = try #require(try bench.results(bench.home.root.appendingPathComponent("orphan.results.csv").path).first)
        #expect(result["status"] == "unknown")
        let error = result["error"] ?? ""
        #expect(error.contains("row 2: an earlier run created order Orphan-1 but was stopped before it read the order's id"), "\(error)")
        #expect(error.contains("order-id column"), "\(error)")
        #expect(rerun.stderr.contains("1 row whose order an earlier run made but never read"), "\(rerun.stderr)")
        #expect(try await bench.ledger.allLinks().isEmpty)

        // The order's id from the dashboard in the row's order-id column, its reference emptied.
        let orderID = try #require(try await orderIDs(bench, reference: "Orphan-1").first)
        _ = try bench.file("orphan.csv", """
            reference,order-id,currency,amount,name,language,payer-email
            ,\(orderID),EUR,1.25,Orphan invoice 1,en,payer1@example.com

            """)
        let fixed = await bench.batch([path, "--yes"])
        #expect(fixed.status == 0, "\(fixed.summary)")
        let links = try await bench.ledger.allLinks()
        #expect(links.count == 1 && links.first?["order_id"] as? String == orderID, "links: \(links)")
        let again = await bench.batch([path, "--yes"])
        #expect(again.status == 0 && again.stdout.contains("(0 now, 1 earlier)"), "\(again.summary)")
        #expect(try await bench.ledger.allLinks().count == 1)
        #expect(try await orderIDs(bench, reference: "Orphan-1").count == 1)
    }

    @Test("a single create killed the same way: the rerun says unknown (exit 4) and what to do; --order-id makes the link")
    func singleCreateOrderMadeButItsIDNeverRead() async throws {
        let bench = try BatchBench(faults: ["order-delay=60s"])
        defer { bench.close() }
        let fields = ["--currency", "EUR", "--amount", "3.50", "--name", "Lone orphan", "--language", "en"]
        let process = Process()
        process.executableURL = PaylinkBinary.url
        process.arguments = ["create", "--reference", "Lone-1"] + fields
        process.environment = bench.env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let made = await eventually(within: 60, every: .milliseconds(100)) {
            (try? await orderIDs(bench, reference: "Lone-1").count) == 1
        }
        #expect(made, "the sandbox never stored the order")
        kill(process.processIdentifier, SIGKILL)
        _ = await eventually(within: 30) { !process.isRunning }

        let rerun = try await runPaylink(["create", "--reference", "Lone-1"] + fields, environment: bench.env)
        #expect(rerun.status == 4, "stderr: \(rerun.stderr)")
        #expect(rerun.stderr.contains("An earlier attempt created order Lone-1"), "\(rerun.stderr)")
        #expect(rerun.stderr.contains("--order-id"), "\(rerun.stderr)")
        #expect(try await bench.ledger.allLinks().isEmpty)

        let orderID = try #require(try await orderIDs(bench, reference: "Lone-1").first)
        let fixed = try await runPaylink(["create", "--order-id", orderID] + fields, environment: bench.env)
        #expect(fixed.status == 0, "stderr: \(fixed.stderr)")
        let links = try await bench.ledger.allLinks()
        #expect(links.count == 1 && links.first?["order_id"] as? String == orderID, "links: \(links)")
        #expect(try await orderIDs(bench, reference: "Lone-1").count == 1)
    }

    @Test("a reference the API already has, with no earlier attempt of paylink's for it: refused (exit 3)")
    func aReferenceTakenElsewhereStaysRefused() async throws {
        let bench = try BatchBench()
        defer { bench.close() }
        let token = try await bench.ledger.token()
        let order = try await httpRequest(
            "POST", bench.sandbox.baseURL + FakeCheckout.ordersPath,
            headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"],
            body: Data(#"{"purchase":{"reference":"Taken-1","amount":125,"currency":"EUR"}}"#.utf8))
        #expect(order.status == 201)
        let path = try bench.file("taken.csv", invoiceCSV(count: 1, prefix: "Taken"))
        let run = await bench.batch([path, "--yes"])
        #expect(run.status == 3, "\(run.summary)")
        let result = try #require(try bench.results(bench.home.root.appendingPathComponent("taken.results.csv").path).first)
        #expect(result["status"] == "refused")
        #expect((result["error"] ?? "").contains("already exists"), "\(result)")
    }

    @Test("rows the API never got (nothing listens): not_sent, exit 1, and a rerun sends them")
    func rowsNeverSentAreNotSentNotRefused() async throws {
        let bench = try BatchBench()
        defer { bench.close() }
        let path = try bench.file("down.csv", invoiceCSV(count: 2, prefix: "Down"))
        var env = bench.env
        // A port nothing listens on: every connection is refused before a byte leaves.
        env["PAYLINK_BASE_URL"] = "http://127.0.0.1:9"
        let down = await Child.runAsync(["batch", path, "--yes"], environment: env, timeout: 120)
        #expect(down.status == 1, "\(down.summary)")
        let results = try bench.results(bench.home.root.appendingPathComponent("down.results.csv").path)
        #expect(results.map { $0["status"] } == ["not_sent", "not_sent"], "\(results)")
        let up = await bench.batch([path, "--yes"])
        #expect(up.status == 0, "\(up.summary)")
        #expect(try await bench.ledger.allLinks().count == 2)
    }
}
