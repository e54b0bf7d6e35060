import Foundation
import GRDB

extension HistoryStore {
    /// Every row of the profile made for this payment key, oldest first.
    public func records(paymentKey: String, profile: String) throws(StoreError) -> [HistoryRecord] {
        try read { db in
            try HistoryRecord.fetchAll(
                db, sql: "SELECT * FROM link WHERE profile = ? AND payment_key = ? ORDER BY id",
                arguments: [profile, paymentKey])
        }
    }

    /// The newest batch that made a row for any of these payment keys: a rerun of a file keeps its batch id.
    public func latestBatchID<Keys: Sequence>(paymentKeys: Keys, profile: String) throws(StoreError) -> String?
    where Keys.Element == String {
        var found: (id: Int64, batch: String)?
        var chunk: [String] = []
        func look(_ keys: [String]) throws(StoreError) {
            guard !keys.isEmpty else { return }
            let marks = Array(repeating: "?", count: keys.count).joined(separator: ",")
            let row = try read { db in
                try Row.fetchOne(
                    db,
                    sql: """
                        SELECT id, batch_id FROM link WHERE profile = ? AND batch_id IS NOT NULL
                        AND payment_key IN (\(marks)) ORDER BY id DESC LIMIT 1
                        """,
                    arguments: StatementArguments([profile] + keys))
            }
            if let row, let id = row["id"] as Int64?, let batch = row["batch_id"] as String?, id > (found?.id ?? .min) {
                found = (id, batch)
            }
        }
        for key in paymentKeys {
            chunk.append(key)
            // SQLite's limit on bound values is far above this; smaller chunks keep each query quick.
            if chunk.count == 500 {
                try look(chunk)
                chunk.removeAll(keepingCapacity: true)
            }
        }
        try look(chunk)
        return found?.batch
    }

    /// The rows of one batch in file order (for the result file of a finished batch and `export --batch`).
    public func records(batchID: String) throws(StoreError) -> [HistoryRecord] {
        try read { db in
            try HistoryRecord.fetchAll(
                db, sql: "SELECT * FROM link WHERE batch_id = ? ORDER BY batch_row, id", arguments: [batchID])
        }
    }

    /// Every batch in the history, the newest first, with its row counts (for the history screen's batch filter).
    public func batches(limit: Int = 500) throws(StoreError) -> [HistoryBatch] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT batch_id, MIN(created_at) AS started, COUNT(DISTINCT COALESCE(payment_key, batch_row)) AS rows,
                    COUNT(DISTINCT CASE WHEN state = 'created' THEN COALESCE(payment_key, batch_row) END) AS created
                    FROM link WHERE batch_id IS NOT NULL GROUP BY batch_id ORDER BY MAX(id) DESC LIMIT ?
                    """,
                arguments: [max(0, limit)]
            ).map { row in
                HistoryBatch(
                    id: row["batch_id"], startedAt: Date(timeIntervalSince1970: TimeInterval(row["started"] as Int? ?? 0)),
                    rows: row["rows"], created: row["created"])
            }
        }
    }
}
