import Foundation
import TestSupport
import Testing

/// The history screen's batch filter on a real terminal, over batches a real `paylink batch` made on a sandbox.
@Suite(.serialized, .ownThread)
struct BatchHistoryTmuxTests {
    /// The id `paylink batch` reports in its last line ("Batch 20261201-2302-2624: 3 created …").
    func batchID(_ run: ChildRun) throws -> String {
        let range = try #require(run.stdout.range(of: #"Batch [^:\s]+:"#, options: .regularExpression), "no batch id in: \(run.summary)")
        return String(run.stdout[range].dropFirst("Batch ".count).dropLast())
    }

    @Test("b on the history lists the batches; picking one shows only its rows; b shows every link again")
    func theHistoryFiltersToOneBatch() async throws {
        let world = try TUIWorld()
        defer { world.stop() }
        let older = world.home.root.appendingPathComponent("older.csv")
        try Data(invoiceCSV(count: 3, prefix: "Older").utf8).write(to: older)
        let newer = world.home.root.appendingPathComponent("newer.csv")
        try Data(invoiceCSV(count: 2, prefix: "Newer").utf8).write(to: newer)
        let first = await Child.runAsync(["batch", older.path, "--yes"], environment: world.env, timeout: 120)
        #expect(first.status == 0, "\(first.summary)")
        let second = await Child.runAsync(["batch", newer.path, "--yes"], environment: world.env, timeout: 120)
        #expect(second.status == 0, "\(second.summary)")
        let olderID = try batchID(first)
        let newerID = try batchID(second)
        #expect(olderID != newerID)

        let tui = try world.start()
        try tui.press("F2")
        tui.waitFor("every row in the history", timeout: 20) { $0.contains("Older invoice 1") && $0.contains("Newer invoice 2") }
        try tui.press("b")
        let list = tui.waitFor("the list of batches", timeout: 20) { $0.contains(olderID) && $0.contains(newerID) }
        #expect(list.contains("3 rows, 3 made") && list.contains("2 rows, 2 made"), "list:\n\(list)")
        // Newest first: the older batch is the second line.
        try tui.press("Down")
        try tui.press("Enter")
        let filtered = tui.waitFor("only the older batch", timeout: 20) {
            $0.contains("history · batch \(olderID)") && $0.contains("Older invoice 3") && !$0.contains("Newer invoice")
        }
        for n in 1...3 { #expect(filtered.contains("Older invoice \(n)"), "screen:\n\(filtered)") }
        #expect(!filtered.contains("Newer invoice"), "screen:\n\(filtered)")
        try tui.press("b")
        tui.waitFor("every link again", timeout: 20) { $0.contains("Newer invoice 1") && !$0.contains("history · batch") }
        // The search's batch:ID filters the same way.
        try tui.press("/")
        try tui.type("batch:\(newerID)")
        tui.waitFor("only the newer batch", timeout: 20) {
            $0.contains("history · batch \(newerID)") && $0.contains("Newer invoice 2") && !$0.contains("Older invoice")
        }
        try tui.press("C-c")
        tui.waitFor(text: "EXIT=0")
        print("batch history on tmux: filtered to \(olderID), then to \(newerID) by search")
    }
}
