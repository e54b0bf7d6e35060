import Foundation
import GRDB

extension HistoryStore {
    /// The rows with these local ids as they are now (a screen re-reads what it shows), in no particular order.
    public func records(ids: [Int64]) throws(StoreError) -> [HistoryRecord] {
        guard !ids.isEmpty else { return [] }
        return try read { db in
            try HistoryRecord.fetchAll(
                db, sql: "SELECT * FROM link WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ",")))",
                arguments: StatementArguments(ids))
        }
    }
}
