import Foundation
import GRDB
import PayseraCheckout

/// A new order's create is written ahead too: the attempt row exists, without an order id, before the order
/// request leaves, so a run stopped before it read the order's id leaves a trace of the order it may have made.
extension HistoryStore {
    /// The order was made: the attempt gets its id and the link request that is about to leave.
    public func attachOrder(_ attempt: AttemptID, request: CreatePaymentLinkRequest) throws(StoreError) {
        let json: String
        do { json = try HistoryRecord.json(request) } catch {
            throw .database("The link request could not be written down: \(error)")
        }
        try write { db in
            try db.execute(
                sql: "UPDATE link SET order_id = ?, request = ? WHERE id = ?",
                arguments: [request.orderID, json, attempt.rawValue])
        }
    }

    /// The order request surely made nothing (refused, or never sent): the attempt leaves no row behind.
    public func forgetOrderAttempt(_ attempt: AttemptID) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "DELETE FROM link WHERE id = ? AND order_id IS NULL AND state IN ('sending', 'unknown')",
                arguments: [attempt.rawValue])
        }
    }

    /// Earlier attempts whose order request for this reference may have made an order whose id was never read.
    public func ordersMaybeMade(reference: String, profile: String) throws(StoreError) -> [HistoryRecord] {
        try read { db in
            try HistoryRecord.fetchAll(
                db,
                sql: """
                    SELECT * FROM link WHERE profile = ? AND reference = ? AND order_id IS NULL
                    AND request IS NOT NULL AND state != 'created' ORDER BY id
                    """,
                arguments: [profile, reference])
        }
    }
}
