import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TestSupport
import Testing

/// `paylink batch` against a real `paylink sandbox` process: checked first, every row once, resumable.
@Suite("Batch", .serialized, .ownThread)
struct BatchTests {
    @Test("300 rows with three bad ones: exit 2 naming exactly those rows, nothing sent; fixed: 300 links that answer, a rerun makes none")
    func threeHundredRowsThreeBadThenFixed() async throws {
        let bench = try BatchBench()
        defer { bench.close() }
        let bad = [
            17: "INV-17,EUR,17.25,Invoice 17,en,not-an-address",
            120: "INV-120,EUR,0,Invoice 120,en,payer120@example.com",
            250: "INV-3,EUR,250.25,Invoice 250,en,payer250@example.com",
        ]
        let path = try bench.file("invoices.csv", invoiceCSV(count: 300, bad: bad))
        let refused = await bench.batch([path, "--yes"])
        #expect(refused.status == 2, "\(refused.summary)")
        let problemLines = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("row ") }
        #expect(problemLines.count == 3, "\(refused.stderr)")
        #expect(problemLines.contains { $0.hasPrefix("row 18, payer_information.email:") })
        #expect(problemLines.contains { $0.hasPrefix("row 121, purchase.amount:") })
        #expect(problemLines.contains { $0.hasPrefix("row 251, purchase.reference:") && $0.contains("row 4") })
        #expect(try await bench.ledger.allLinks().isEmpty, "the sandbox received links")

        try Data(invoiceCSV(count: 300).utf8).write(to: URL(fileURLWithPath: path))
        let made = await bench.batch([path, "--yes", "--parallel", "4"])
        #expect(made.status == 0, "\(made.summary)")
        let results = try bench.results(bench.home.root.appendingPathComponent("invoices.results.csv").path)
        #expect(results.count == 300)
        #expect(results.allSatisfy { $0["status"] == "created" && !($0["link_id"] ?? "").isEmpty })
        #expect(results.allSatisfy { ($0["expires_at"] ?? "").hasSuffix("Z") }, "expires_at in ISO 8601")
        for row in results {
            let page = try await httpRequest("GET", row["payment_URL"] ?? "")
            #expect(page.status == 200, "\(row["payment_URL"] ?? "") answered \(page.status)")
        }
        let names = try await bench.linksByName()
        #expect(names.count == 300 && names.values.allSatisfy { $0 == 1 })

        let again = await bench.batch([path, "--yes", "--json"])
        #expect(again.status == 0, "\(again.summary)")
        #expect(try await bench.ledger.allLinks().count == 300, "a rerun made links")
        let summary = try #require(again.stdout.split(separator: "\n").last)
        let object = try #require(JSONSerialization.jsonObject(with: Data(summary.utf8)) as? [String: Any])
        let counts = try #require(object["summary"] as? [String: Any])
        #expect(counts["made_now"] as? Int == 0 && counts["created"] as? Int == 300)
        let batchID = try #require(counts["batch_id"] as? String)
        let listed = await Child.runAsync(["list", "--batch", batchID, "--json", "--limit", "1000"], environment: bench.env)
        let rows = try #require(JSONSerialization.jsonObject(with: listed.stdoutBytes) as? [[String: Any]])
        #expect(rows.count == 300 && rows.allSatisfy { $0["batch_id"] as? String == batchID })
        let exported = await Child.runAsync(["export", "--batch", batchID], environment: bench.env)
        #expect(exported.stdout.split(separator: "\n").count == 301)
    }

    @Test("the 300-row file killed part-way and rerun ends with 300 links, not more")
    func killedThreeHundredRowsEndWithThreeHundredLinks() async throws {
        try await killAndResume(rows: 300, kills: 1, seed: 20_261_202)
    }

    @Test("a 40-row batch killed three times and rerun ends with one link per row")
    func killedBatchResumesWithOneLinkPerRow() async throws {
        try await killAndResume(rows: 40, kills: 3, seed: 20_261_201)
    }

    @Test("a sandbox failing 20% of requests: the batch settles lost answers and nothing doubles")
    func faultySandboxNeverDoubles() async throws {
        let bench = try BatchBench(faults: ["error-rate=0.2", "seed=7"])
        defer { bench.close() }
        let path = try bench.file("faulty.csv", invoiceCSV(count: 30))
        var last: ChildRun?
        for _ in 0..<6 {
            let run = await bench.batch([path, "--yes"])
            last = run
            #expect([0, 3, 4].contains(run.status), "\(run.summary)")
            if run.status == 0 { break }
        }
        #expect(last?.status == 0, "\(last?.summary ?? "")")
        let names = try await bench.linksByName()
        #expect(names.count == 30 && names.values.allSatisfy { $0 == 1 }, "links per row: \(names)")
    }

    @Test("spreadsheet CSV: BOM, ';', CRLF, quoted delimiters, quotes and line breaks, metadata and option-name columns")
    func readsWhatSpreadsheetsWrite() async throws {
        let bench = try BatchBench()
        defer { bench.close() }
        let text = "\u{FEFF}purchase.reference;purchase.currency;amount-minor;name;experience.language;metadata.invoice;metadata\r\n"
            + "A-1;EUR;1050;\"Tables; chairs\";lt;=HYPERLINK(\"x\");\r\n"
            + "A-2;EUR;99;\"Two \"\"quoted\"\"\";en;;\"colour=red\r\nsize=L\"\r\n\r\n\r\n"
        let path = try bench.file("excel.csv", "\(text)")
        let dry = await bench.batch([path, "--dry-run"])
        #expect(dry.status == 0, "\(dry.summary)")
        #expect(dry.stdout.contains("2 rows: 2 valid, 0 invalid; €11.49 in all"), "\(dry.stdout)")
        let run = await bench.batch([path, "--yes", "--output", bench.home.root.appendingPathComponent("out.csv").path])
        #expect(run.status == 0, "\(run.summary)")
        let bytes = try Data(contentsOf: bench.home.root.appendingPathComponent("out.csv"))
        let out = String(decoding: bytes, as: UTF8.self)
        #expect(bytes.starts(with: Data("\u{FEFF}purchase.reference;".utf8)), "the result keeps the delimiter and the BOM")
        #expect(out.contains(";'=HYPERLINK(\"\"x\"\")\";") || out.contains(";\"'=HYPERLINK(\"\"x\"\")\";"), "\(out)")
        let names = try await bench.linksByName()
        #expect(names["Tables; chairs"] == 1 && names["Two \"quoted\""] == 1, "\(names.keys)")
    }

    @Test("hostile files get a clear message naming the row and field; no control byte reaches the terminal")
    func hostileFiles() async throws {
        let bench = try BatchBench()
        defer { bench.close() }
        let header = "reference,currency,amount,name,language\n"
        let escapes = try bench.file("escapes.csv", header + "E-1,EUR,1.00,\"\u{1B}[2J\u{1B}]0;pwned\u{07}Bad\u{9B}31m\",en\n")
        let escaped = await bench.batch([escapes, "--dry-run"])
        #expect(escaped.status == 2)
        #expect(escaped.stderr.contains("row 2, name:"), "\(escaped.stderr)")
        #expect(terminalControls(in: escaped.stderrBytes).isEmpty && terminalControls(in: escaped.stdoutBytes).isEmpty)

        let long = try bench.file("long.csv", header + "L-1,EUR,1.00,\(String(repeating: "x", count: 10_000)),en\n")
        let longRun = await bench.batch([long, "--dry-run"])
        #expect(longRun.status == 2 && longRun.stderr.contains("row 2, name: Name must be at most 255 characters"), "\(longRun.stderr)")

        var binary = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var random = SplitMix64(seed: 3)
        binary.append(random.bytes(4096))
        let binaryRun = await bench.batch([try bench.file("image.csv", bytes: binary), "--yes"])
        #expect(binaryRun.status == 2 && binaryRun.stderr.contains("not UTF-8"), "\(binaryRun.stderr)")

        let latin1 = Data((header + "R-1,EUR,1.00,Saul\u{117}s,lt\nR-2,EUR,2.00,").utf8) + Data([0x50, 0xE4, 0x72, 0x0A])
        let latinRun = await bench.batch([try bench.file("latin1.csv", bytes: latin1), "--dry-run"])
        #expect(latinRun.status == 2 && latinRun.stderr.contains("row 3: the file is not UTF-8"), "\(latinRun.stderr)")

        let headerOnly = await bench.batch([try bench.file("header.csv", header), "--yes"])
        #expect(headerOnly.status == 2 && headerOnly.stderr.contains("header and no rows"), "\(headerOnly.stderr)")

        let noHeader = await bench.batch([try bench.file("noheader.csv", "N-1,EUR,1.00,One,en\n"), "--yes"])
        #expect(noHeader.status == 2 && noHeader.stderr.contains("first row must name the columns"), "\(noHeader.stderr)")

        let unknown = await bench.batch([try bench.file("unknown.csv", "reference,currency,amount,name,language,colour\n"), "--yes"])
        #expect(unknown.status == 2 && unknown.stderr.contains("“colour”"), "\(unknown.stderr)")
        #expect(try await bench.ledger.allLinks().isEmpty)
    }
}
