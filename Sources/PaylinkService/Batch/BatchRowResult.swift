import Foundation
import PaylinkCore
import PaylinkStore
import PayseraCheckout

/// How a row of a batch ended.
public enum BatchRowStatus: String, Sendable, Codable, Hashable {
    case created, refused, invalid, unknown
    /// The run stopped before this row was sent; running the file again sends it.
    case notSent = "not_sent"
}

/// One row's outcome, as the result file, `--json` and the batch screen show it.
public struct BatchRowResult: Sendable, Hashable {
    public var row: Int
    public var status: BatchRowStatus
    public var linkID: String?
    public var orderID: String?
    public var paymentURL: String?
    public var expiresAt: Date?
    public var error: String?
    /// Whether an earlier run made this link (then nothing was sent now).
    public var reused = false
    /// The row's order exists but its id was never read (a run stopped in between); the person must name it.
    public var orphanOrder = false

    public init(row: Int, status: BatchRowStatus, error: String? = nil, orphanOrder: Bool = false) {
        self.row = row
        self.status = status
        self.error = error
        self.orphanOrder = orphanOrder
    }

    /// The row as one JSON object of `paylink batch --json`.
    public var jsonObject: [String: Any] {
        var object: [String: Any] = ["row": row, "status": status.rawValue, "reused": reused]
        if let value = linkID { object["link_id"] = value }
        if let value = orderID { object["order_id"] = value }
        if let value = paymentURL { object["payment_URL"] = value }
        if expiresAt != nil { object["expires_at"] = expiresAtText }
        if let value = error { object["error"] = value }
        return object
    }

    /// A created row from the link the API answered with.
    init(row: Int, link: PaymentLink) {
        self.init(row: row, status: .created)
        linkID = link.linkID
        orderID = link.orderID
        paymentURL = link.paymentURL
        expiresAt = link.expiredAt.map { Date(timeIntervalSince1970: TimeInterval($0)) }
    }

    /// A created row from the history's copy of its link.
    init(row: Int, record: HistoryRecord, reused: Bool) {
        self.init(row: row, status: .created)
        linkID = record.linkID
        orderID = record.orderID
        paymentURL = record.paymentURL
        expiresAt = record.expiresAt
        self.reused = reused
    }

    /// `expires_at` as ISO 8601 (empty for a link that never expires).
    public var expiresAtText: String {
        guard let expiresAt else { return "" }
        return ISO8601DateFormatter().string(from: expiresAt)
    }
}

extension BatchProgress {
    /// Counts a row whose outcome is final, at `now`.
    mutating func count(_ result: BatchRowResult, at now: Date = Date()) {
        done += 1
        switch result.status {
        case .created:
            created += 1
            if !result.reused { sent += 1 }
        case .refused: refused += 1
        case .unknown:
            unknown += 1
            if result.orphanOrder { orphanOrders += 1 }
        case .invalid: invalid += 1
        case .notSent: notSent += 1
        }
        linksPerSecond = linksPerSecond(at: now)
    }
}

/// What a batch run tells its watcher as it goes.
public enum BatchEvent: Sendable {
    /// The batch's id (new, or the one an earlier run of the same rows had).
    case started(batchID: String, progress: BatchProgress)
    /// A row's outcome is final.
    case row(BatchRowResult, BatchProgress)
    /// Rows whose answer was lost are being settled with the API.
    case reconciling(rows: Int)
}
