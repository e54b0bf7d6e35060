import Foundation
import GRDB
import TestSupport
import Testing
@testable import PaylinkStore

/// A history made by the version before refunds, opened by this one: told step by step, stoppable, resumable.
@Suite(.ownThread) struct HistoryUpgradeTests {
    private static let lastStepBeforeRefunds = "search words under project tags"

    /// A file as the version before refunds left it (or, `beforeTags`, the one before search words had project
    /// tags), holding `links` links.
    private func earlierFile(links: Int, beforeTags: Bool = false, in folder: TemporaryDirectory) throws -> URL {
        let file = folder.appending("history.sqlite")
        var configuration = Configuration()
        configuration.prepareDatabase { db in HistorySearchScope.register(on: db) }
        let pool = try DatabasePool(path: file.path, configuration: configuration)
        try HistorySchema.migrator.migrate(pool, upTo: "link project")
        try pool.write { db in
            for n in 0..<links {
                try db.execute(
                    sql: """
                        INSERT INTO link (id, profile, project, name, amount, currency, created_at, state, status, link_id)
                        VALUES (?, 'shop', 'profile shop', ?, 1250, 'EUR', ?, 'created', 'paid', ?)
                        """,
                    arguments: [n + 1, "Kėdė \(n)", 1_764_000_000 + n, "L\(n)"])
            }
        }
        if !beforeTags {
            try HistorySchema.migrator.migrate(pool, upTo: Self.lastStepBeforeRefunds)
            try HistoryUpgrade.fillSearchIndex(pool, step: nil, report: nil)
        }
        return file
    }

    /// Whether the search index holds exactly the rows of the file (FTS5's own check of an external-content index).
    private func searchIndexIsWhole(_ file: URL) throws -> Bool {
        var configuration = Configuration()
        configuration.prepareDatabase { db in HistorySearchScope.register(on: db) }
        return try DatabaseQueue(path: file.path, configuration: configuration).write { db in
            do { try db.execute(sql: "INSERT INTO link_search(link_search, rank) VALUES ('integrity-check', 1)") } catch { return false }
            return try !db.tableExists(HistoryUpgrade.searchFillTable)
        }
    }

    private func takingsIndexes(_ file: URL) throws -> [String] {
        try DatabaseQueue(path: file.path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'link_takings_%' ORDER BY name")
        }
    }

    @Test func anEarlierFileIsBroughtUpStepByStepAndKeepsItsLinks() throws {
        let folder = try TemporaryDirectory()
        let file = try earlierFile(links: 300, in: folder)
        var steps: [HistoryUpgrade.Step] = []
        let store = try HistoryStore(file: file, upgrade: { steps.append($0) })
        #expect(steps.map(\.number) == [1, 2, 3, 4, 5])
        #expect(steps.allSatisfy { $0.count == 5 && $0.links == 300 })
        #expect(steps.map(\.what.rawValue) == [
            "the refunds", "the customer displays", "the takings index of payments",
            "the takings index of links made", "the takings index of expiries",
        ])
        #expect(try takingsIndexes(file) == ["link_takings_expiry", "link_takings_made", "link_takings_paid"])
        #expect(try store.page(search: "kėdė 299").map(\.linkID) == ["L299"])
        #expect(try store.count() == 300)
        #expect(try searchIndexIsWhole(file))

        // Opened again, there is nothing left to tell.
        var again: [HistoryUpgrade.Step] = []
        _ = try HistoryStore(file: file, upgrade: { again.append($0) })
        #expect(again.isEmpty)
    }

    @Test func aStoppedUpgradeGoesOnFromTheStepItStoppedIn() throws {
        struct Stopped: Error {}
        let folder = try TemporaryDirectory()
        let file = try earlierFile(links: 50, in: folder)
        #expect(throws: StoreError.self) {
            _ = try HistoryStore(file: file, upgrade: { step in if step.number == 4 { throw Stopped() } })
        }
        // The steps before the stop are kept: the first takings index is built, the others are not.
        #expect(try takingsIndexes(file) == ["link_takings_paid"])

        var resumed: [HistoryUpgrade.Step] = []
        _ = try HistoryStore(file: file, upgrade: { resumed.append($0) })
        #expect(resumed.map(\.what.rawValue) == ["the takings index of links made", "the takings index of expiries"])
        #expect(resumed.map(\.number) == [1, 2] && resumed.allSatisfy { $0.count == 2 })
        #expect(try takingsIndexes(file).count == 3)
    }

    @Test func theSearchIndexIsFilledABatchAtATimeAndAStopKeepsTheBatchesDone() throws {
        struct Stopped: Error {}
        let folder = try TemporaryDirectory()
        let rows = HistoryUpgrade.searchFillBatch * 2 + 500
        let file = try earlierFile(links: rows, beforeTags: true, in: folder)
        var told: [HistoryUpgrade.Step] = []
        #expect(throws: StoreError.self) {
            _ = try HistoryStore(file: file, upgrade: { step in
                told.append(step)
                if step.done != nil { throw Stopped() }
            })
        }
        #expect(told.map(\.what.rawValue).suffix(2) == ["filling the search index", "filling the search index"])
        #expect(told.last?.done.map { abs($0 - Double(HistoryUpgrade.searchFillBatch) / Double(rows)) < 0.001 } == true)
        #expect(try !searchIndexIsWhole(file))

        var resumed: [HistoryUpgrade.Step] = []
        let store = try HistoryStore(file: file, upgrade: { resumed.append($0) })
        // Only the filling is left, and it starts from the second batch.
        #expect(resumed.first?.what.rawValue == "filling the search index" && resumed.first?.count == 1)
        #expect(resumed.compactMap(\.done).first.map { $0 > 0.8 } == true)
        #expect(resumed.compactMap(\.done).last == 1)
        #expect(try searchIndexIsWhole(file))
        #expect(try store.page(search: "kėdė 0").contains { $0.linkID == "L0" })
        #expect(try store.page(search: "kede \(rows - 1)").map(\.linkID) == ["L\(rows - 1)"])
    }

    @Test func everyMigrationHasANamedStep() {
        let unnamed = HistorySchema.migrator.migrations.dropFirst().filter { HistoryUpgrade.steps[$0] == nil }
        #expect(unnamed.isEmpty, "migrations told as \"a change to the file\": \(unnamed)")
    }

    @Test func aNewFileOrAFileOfThisVersionTellsNothing() throws {
        let folder = try TemporaryDirectory()
        let file = folder.appending("history.sqlite")
        var steps: [HistoryUpgrade.Step] = []
        _ = try HistoryStore(file: file, upgrade: { steps.append($0) })
        _ = try HistoryStore(file: file, upgrade: { steps.append($0) })
        #expect(steps.isEmpty)
        #expect(try takingsIndexes(file).count == 3)
    }
}
