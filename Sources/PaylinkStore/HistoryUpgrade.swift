import Foundation
import GRDB
import PaylinkCore

/// Bringing a history made by an earlier version up to this one, one step at a time: each step is one migration in
/// a transaction of its own, so a stop (Ctrl-C, a crash, a reporter that throws) keeps the steps already done and
/// the next open goes on from the step it stopped in.
public enum HistoryUpgrade {
    /// One step about to run.
    public struct Step: Sendable, Equatable {
        /// This step's place, from 1.
        public let number: Int
        /// How many steps this upgrade takes.
        public let count: Int
        /// What the step does, in a few words.
        public let what: HistoryUpgradeStep
        /// How many links the file holds.
        public let links: Int
        /// How much of a long step is done, from 0 to 1; nil when the step is about to start.
        public let done: Double?

        public init(number: Int, count: Int, what: HistoryUpgradeStep, links: Int, done: Double? = nil) {
            (self.number, self.count, self.what, self.links, self.done) = (number, count, what, links, done)
        }

        public func done(_ fraction: Double) -> Step {
            Step(number: number, count: count, what: what, links: links, done: fraction)
        }
    }

    /// Hears each step before it runs; throwing stops the upgrade there, with the steps before it kept.
    public typealias Reporter = (Step) throws -> Void

    /// What each migration does, in words a person waiting for it understands.
    static let steps: [String: HistoryUpgradeStep] = [
        "create link search index": .searchIndex,
        "order rows by id": .listOrder,
        "add batch columns": .batchColumns,
        "link creator and source": .creatorsAndSearchIndex,
        "callback receipts": .callbackReceipts,
        "link project": .linkProjects,
        "search within project": .searchWithinProject,
        "search words under project tags": .searchIndexByProject,
        "refunds": .refunds,
        "till screens": .customerDisplays,
        HistorySchema.takingsIndexes[0].migration: .takingsIndexOfPayments,
        HistorySchema.takingsIndexes[1].migration: .takingsIndexOfLinksMade,
        HistorySchema.takingsIndexes[2].migration: .takingsIndexOfExpiries,
    ]

    /// The table that holds where the filling of the search index goes on (absent once it is full).
    static let searchFillTable = "search_index_fill"
    /// Rows indexed per transaction while the search index is filled.
    static let searchFillBatch = 50_000

    /// Runs the migrations `pool` still needs, then fills what they left to fill; when the file already holds links,
    /// step by step with `report`.
    static func run(_ pool: DatabasePool, report: Reporter?) throws {
        let migrator = HistorySchema.migrator
        let all = migrator.migrations
        let (applied, links, filling): (Set<String>, Int?, Bool) = try pool.read { db in
            guard try db.tableExists("link") else { return ([], nil, false) }
            return (
                try migrator.appliedIdentifiers(db), try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM link") ?? 0,
                try db.tableExists(searchFillTable))
        }
        let pending = all.filter { !applied.contains($0) }
        let lastApplied = all.lastIndex { applied.contains($0) } ?? -1
        let firstPending = pending.first.flatMap { all.firstIndex(of: $0) } ?? all.count
        let fills = filling || pending.contains("search words under project tags")
        // A fresh file, or one whose pending steps are not all after its applied ones: in one go.
        guard let links, let report, !pending.isEmpty || fills, firstPending > lastApplied else {
            try migrator.migrate(pool)
            try fillSearchIndex(pool, step: nil, report: nil)
            return
        }
        let count = pending.count + (fills ? 1 : 0)
        // The index builds sort every row: a larger page cache keeps more of that sort in memory.
        try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA cache_size = -262144") }
        defer { try? pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA cache_size = -2000") } }
        for (offset, identifier) in pending.enumerated() {
            try report(Step(number: offset + 1, count: count, what: steps[identifier] ?? .unnamed, links: links))
            try migrator.migrate(pool, upTo: identifier)
        }
        if fills {
            let step = Step(number: count, count: count, what: .fillingSearchIndex, links: links)
            try report(step)
            try fillSearchIndex(pool, step: step, report: report)
        }
    }

    /// Indexes the rows the search index does not hold yet, `searchFillBatch` rows per transaction in id order, each
    /// transaction moving the mark on; drops the mark when every row is in.
    static func fillSearchIndex(_ pool: DatabasePool, step: Step?, report: Reporter?) throws {
        guard try pool.read({ try $0.tableExists(searchFillTable) }) else { return }
        let (total, before) = try pool.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM link") ?? 0,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM link WHERE id < (SELECT next_id FROM \(searchFillTable))") ?? 0
            )
        }
        var indexed = before
        while true {
            let added: Int? = try pool.write { db in
                let next = try Int64.fetchOne(db, sql: "SELECT next_id FROM \(searchFillTable)") ?? 0
                let last = try Int64.fetchOne(
                    db, sql: "SELECT MAX(id) FROM (SELECT id FROM link WHERE id >= ? ORDER BY id LIMIT ?)",
                    arguments: [next, searchFillBatch])
                guard let last else {
                    try db.execute(sql: "DROP TABLE \(searchFillTable)")
                    return nil
                }
                try db.execute(
                    sql: "INSERT INTO link_search(rowid, words) SELECT id, words FROM link_search_content WHERE id BETWEEN ? AND ?",
                    arguments: [next, last])
                let added = try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM link WHERE id BETWEEN ? AND ?", arguments: [next, last]) ?? 0
                try db.execute(sql: "UPDATE \(searchFillTable) SET next_id = ?", arguments: [last + 1])
                return added
            }
            guard let added else { return }
            indexed += added
            if let step, let report { try report(step.done(Double(indexed) / Double(max(total, 1)))) }
        }
    }
}
