import Foundation
import TestSupport
import Testing

/// A `paylink sandbox` child and a scratch home pointed at it, for `paylink batch` runs.
struct BatchBench {
    let home: ScratchHome
    let sandbox: SandboxProcess
    let env: [String: String]
    let ledger: SandboxLedger

    init(faults: [String] = []) throws {
        home = try ScratchHome()
        var sandboxEnv = home.environment
        sandboxEnv["PAYLINK_DATA_DIR"] = home.root.appendingPathComponent("sandbox-data").path
        sandbox = try SandboxProcess(environment: sandboxEnv, extraArguments: faults.flatMap { ["--fault", $0] })
        env = home.environment.merging([
            "PAYLINK_BASE_URL": sandbox.baseURL, "PAYSERA_CLIENT_ID": "sandbox", "PAYSERA_CLIENT_SECRET": "sandbox-secret",
        ]) { _, new in new }
        ledger = SandboxLedger(baseURL: sandbox.baseURL, clientID: "sandbox", secret: "sandbox-secret")
    }

    func close() {
        sandbox.stop()
        home.remove()
    }

    /// Writes `text` to a file in the scratch home and returns its path.
    func file(_ name: String, _ text: String) throws -> String {
        let url = home.root.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Writes raw bytes to a file in the scratch home and returns its path.
    func file(_ name: String, bytes: Data) throws -> String {
        let url = home.root.appendingPathComponent(name)
        try bytes.write(to: url)
        return url.path
    }

    /// Starts `paylink batch` in the background with its output thrown away (to be killed).
    func startBatch(_ arguments: [String]) throws -> Process {
        try Child.startQuiet(["batch"] + arguments, environment: env)
    }

    func batch(_ arguments: [String], timeout: TimeInterval = 300) async -> ChildRun {
        await Child.runAsync(["batch"] + arguments, environment: env, timeout: timeout)
    }

    /// The sandbox's links grouped by name (each row of these files has a name of its own).
    func linksByName() async throws -> [String: Int] {
        Dictionary(grouping: try await ledger.allLinks(), by: { $0["name"] as? String ?? "" }).mapValues(\.count)
    }

    /// Waits until the sandbox's link count holds still for a second (requests a killed paylink left in flight).
    func waitForSandboxToSettle() async {
        var last = -1
        var since = Date()
        _ = await eventually(within: 60, every: .milliseconds(200)) {
            let count = (try? await ledger.allLinks().count) ?? -1
            if count != last { last = count; since = Date() }
            return Date().timeIntervalSince(since) > 1
        }
    }

    /// Parses a result file (comma-separated, header first) into rows of column → cell.
    func results(_ path: String) throws -> [[String: String]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var records: [[String]] = [[]]
        var cell = ""
        var quoted = false
        var iterator = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = iterator.next()
                    if next == "\"" { cell.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                } else {
                    cell.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                records[records.count - 1].append(cell)
                cell = ""
            } else if c == "\n" {
                records[records.count - 1].append(cell)
                cell = ""
                records.append([])
            } else if c != "\r" {
                cell.unicodeScalars.append(c)
            }
        }
        let rows = records.filter { !$0.isEmpty }
        guard let header = rows.first else { return [] }
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0).map { ($0, $1) }) }
    }
}

/// An invoice file: `count` rows named "Invoice N" (or "PREFIX invoice N") with references PREFIX-N, amounts
/// N.25 EUR and payer e-mails.
func invoiceCSV(count: Int, prefix: String = "INV", bad: [Int: String] = [:]) -> String {
    var lines = ["reference,currency,amount,name,language,payer-email"]
    for n in 1...count {
        let name = prefix == "INV" ? "Invoice \(n)" : "\(prefix) invoice \(n)"
        lines.append(bad[n] ?? "\(prefix)-\(n),EUR,\(n).25,\(name),en,payer\(n)@example.com")
    }
    return lines.joined(separator: "\n") + "\n"
}

/// Runs a batch of `rows` rows, SIGKILLs it at `kills` seeded random points, reruns it until it ends, and checks
/// that the sandbox holds exactly one link per row, the history equals the sandbox and every result row is created.
func killAndResume(rows: Int, kills: Int, seed: UInt64) async throws {
    let bench = try BatchBench()
    defer { bench.close() }
    var random = SplitMix64(seed: seed)
    let path = try bench.file("kill.csv", invoiceCSV(count: rows, prefix: "K"))
    // Kill points spread over as long as a whole unharmed run of the same size takes here.
    let clock = ContinuousClock()
    let started = clock.now
    let calibration = try bench.file("calibration.csv", invoiceCSV(count: rows, prefix: "C"))
    let whole = await bench.batch([calibration, "--yes"])
    #expect(whole.status == 0, "calibration run: \(whole.summary)")
    let wholeMs = max(Int((clock.now - started).seconds * 1000), 200)
    let expected = Set((1...rows).map { "K invoice \($0)" })
    var killed = 0
    for _ in 0..<kills {
        // Each rerun has only the rows left to make, so its kill point falls within the time those take (and at
        // least the program's start): a later kill lands in a run, not after it.
        let made = try await bench.linksByName().filter { expected.contains($0.key) }.count
        let window = max(wholeMs * (rows - made) / rows, 200)
        let process = try bench.startBatch([path, "--yes"])
        try await Task.sleep(for: .milliseconds(Int(random.next() % UInt64(window))))
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            killed += 1
        }
        _ = await eventually(within: 60) { !process.isRunning }
        await bench.waitForSandboxToSettle()
    }
    var finished: ChildRun?
    for _ in 0..<5 {
        let run = await bench.batch([path, "--yes"])
        finished = run
        if run.status != 4 { break }
        await bench.waitForSandboxToSettle()
    }
    let resultPath = bench.home.root.appendingPathComponent("kill.results.csv").path
    let results = try bench.results(resultPath)
    #expect(results.count == rows)
    // A kill after the API made a row's order and before paylink read its id leaves an order no request can find
    // (the API finds orders only by id); the rerun meets the API's 409 for it and says what to do, never links twice.
    let orphans = results.filter { $0["status"] == "unknown" && ($0["error"] ?? "").contains("was stopped before it read the order's id") }
    let created = results.filter { $0["status"] == "created" }
    #expect(created.count + orphans.count == rows, "result rows neither created nor an orphaned order: \(results.filter { $0["status"] != "created" })")
    // Each kill can catch every worker between its order and its link: `paylink batch` runs 4 at once by default.
    #expect(orphans.count <= killed * 4, "more orphaned orders than kills can leave: \(orphans.count) after \(killed) kills")
    #expect(finished?.status == (orphans.isEmpty ? 0 : 4), "the last run: \(finished?.summary ?? "")")
    func checkOneLinkPerRow(made expectedCount: Int, _ stage: String) async throws {
        let made = try await bench.linksByName().filter { expected.contains($0.key) }
        #expect(made.count == expectedCount, "\(stage): rows with a link: \(made.count), expected \(expectedCount) (\(killed) kills)")
        #expect(made.values.allSatisfy { $0 == 1 }, "\(stage): rows with more than one link: \(made.filter { $0.value > 1 })")
        let history = try await ReliabilityHome.rows(environment: bench.env, limit: 10_000)
        let historyLinks = Set(history.filter { $0["state"] as? String == "created" }.compactMap { $0["link_id"] as? String })
        let sandboxLinks = Set(try await bench.ledger.allLinks().compactMap { $0["link_id"] as? String })
        #expect(historyLinks == sandboxLinks, "\(stage): history and sandbox differ")
    }
    try await checkOneLinkPerRow(made: created.count, "after the kills")

    // What the message asks a person to do: the order's id from the dashboard (here the sandbox's stand-in for it)
    // in the row's order-id column, its reference emptied; the rerun puts the link on that order.
    if !orphans.isEmpty {
        var orderIDs: [String: String] = [:]
        for row in orphans {
            let reference = try #require(row["reference"])
            let answer = try await httpRequest("GET", bench.sandbox.baseURL + "/sandbox/orders?reference=\(reference)")
            let object = try JSONSerialization.jsonObject(with: answer.body) as? [String: Any]
            let items = try #require(object?["items"] as? [[String: Any]])
            #expect(items.count == 1, "orders with reference \(reference): \(items.count)")
            orderIDs[reference] = try #require(items.first?["order_id"] as? String)
        }
        var lines = ["reference,order-id,currency,amount,name,language,payer-email"]
        for n in 1...rows {
            let tail = "EUR,\(n).25,K invoice \(n),en,payer\(n)@example.com"
            lines.append(orderIDs["K-\(n)"].map { ",\($0),\(tail)" } ?? "K-\(n),,\(tail)")
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        let fixed = await bench.batch([path, "--yes"])
        #expect(fixed.status == 0, "the run with the orders' ids: \(fixed.summary)")
        let final = try bench.results(resultPath)
        #expect(final.count == rows && final.allSatisfy { $0["status"] == "created" }, "not created: \(final.filter { $0["status"] != "created" })")
        try await checkOneLinkPerRow(made: rows, "after the orders' ids were given")
    }
    print("batch kills: \(rows) rows, \(killed) kills, \(created.count) created, \(orphans.count) orders orphaned by a kill (each then given its id and linked)")
}
