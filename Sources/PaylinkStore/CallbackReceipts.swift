import Foundation
import GRDB
import PayseraCheckout

/// A link status a verified callback reported.
public struct ReportedStatus: Sendable, Hashable {
    public var linkID: String
    public var status: LinkStatus
    public var updatedAt: Date?
    /// The method its completed payment used, when the callback names one.
    public var paidMethod: String?
    public init(linkID: String, status: LinkStatus, updatedAt: Date?, paidMethod: String? = nil) {
        self.linkID = linkID
        self.status = status
        self.updatedAt = updatedAt
        self.paidMethod = paidMethod
    }
}

extension HistoryStore {
    /// Applies a verified callback's link statuses once per request id, in one transaction.
    /// Nil when this request id was applied before; otherwise the link ids the history knows and changed.
    public func applyCallback(
        requestID: String, event: String, orderID: String?, statuses: [ReportedStatus], receivedAt: Date
    ) throws(StoreError) -> [String]? {
        try write { db in
            let seen = try Bool.fetchOne(
                db, sql: "SELECT EXISTS(SELECT 1 FROM callback_receipt WHERE request_id = ?)", arguments: [requestID]) ?? false
            if seen { return nil }
            try db.execute(
                sql: "INSERT INTO callback_receipt (request_id, received_at, event, order_id) VALUES (?, ?, ?, ?)",
                arguments: [requestID, HistoryRecord.seconds(receivedAt), event, orderID])
            var changed: [String] = []
            for reported in statuses {
                // A status already seen keeps its time: the time a link was paid is when it turned completed.
                try db.execute(
                    sql: """
                        UPDATE link SET updated_at = CASE WHEN status IS ? THEN updated_at ELSE ? END, status = ?,
                        paid_method = COALESCE(?, paid_method) WHERE link_id = ?
                        """,
                    arguments: [
                        reported.status.rawValue, HistoryRecord.seconds(reported.updatedAt ?? receivedAt),
                        reported.status.rawValue, reported.paidMethod, reported.linkID,
                    ])
                if db.changesCount > 0 { changed.append(reported.linkID) }
            }
            return changed
        }
    }

    /// Whether a callback with this request id was applied.
    public func hasCallback(requestID: String) throws(StoreError) -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM callback_receipt WHERE request_id = ?)", arguments: [requestID]) ?? false
        }
    }
}
