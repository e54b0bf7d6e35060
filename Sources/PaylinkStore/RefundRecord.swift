import Foundation
import GRDB
import PayseraCheckout

/// One refund or refund attempt in the history: written before its request leaves, like a create.
public struct RefundRecord: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "refund"

    /// Local row id; nil before the row is stored.
    public var id: Int64?
    public var profile: String
    /// The project of the order (see `HistoryProject`).
    public var project: String
    /// The link the refund was asked from (a refund found on the order is filed under its first paid link).
    public var linkID: String?
    public var orderID: String
    /// The order's reference.
    public var reference: String?
    /// The API's id of the refund; nil until it answered.
    public var refundID: String?
    /// The tag sent in `refund.metadata` (`Refund.requestKeyName`), by which a lost answer is found on the order.
    public var requestKey: String?
    /// Minor units.
    public var amount: Int
    public var currency: String
    public var reason: String?
    /// The refund's progress as last seen; nil until the API answered.
    public var status: RefundStatus?
    public var state: AttemptState
    /// What the order had given back before this request left (for an API that lists no refunds).
    public var refundedBefore: Int?
    /// Unix seconds.
    public var createdAt: Int
    public var updatedAt: Int?
    /// Who asked for it (the operator).
    public var createdBy: String?
    public var source: LinkSource
    /// The request as sent, JSON with the API's field names.
    public var requestJSON: String?
    /// Why it was refused or its outcome is unknown.
    public var errorMessage: String?

    public init(
        profile: String, project: String = "", linkID: String?, orderID: String, reference: String?, amount: Int,
        currency: String, reason: String? = nil, state: AttemptState, createdAt: Int, createdBy: String? = nil,
        source: LinkSource = .local
    ) {
        self.profile = profile
        self.project = project
        self.linkID = linkID
        self.orderID = orderID
        self.reference = reference
        self.amount = amount
        self.currency = currency
        self.reason = reason
        self.state = state
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.source = source
    }

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, profile, project, reference, amount, currency, reason, status, state, source
        case linkID = "link_id"
        case orderID = "order_id"
        case refundID = "refund_id"
        case requestKey = "request_key"
        case refundedBefore = "refunded_before"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case createdBy = "created_by"
        case requestJSON = "request"
        case errorMessage = "error"
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// Whether the money counts as gone back to the payer (made, and not failed).
    public var givesMoneyBack: Bool { state == .created && (status?.takesMoney ?? true) }

    /// The handle of this row for the write-ahead calls.
    public var attemptID: AttemptID? { id.map(AttemptID.init(rawValue:)) }
}

/// How a paid link stands after refunds, as a clerk reads it.
public enum RefundStanding: Sendable, Hashable {
    /// Nothing given back.
    case none
    /// Part of the amount given back.
    case partly(refunded: Int, of: Int)
    /// Everything given back.
    case fully

    /// The standing of a link that was paid `paid` and gave back `refunded` (minor units).
    public init(refunded: Int, paid: Int?) {
        guard refunded > 0 else {
            self = .none
            return
        }
        if let paid, refunded < paid { self = .partly(refunded: refunded, of: paid) } else { self = .fully }
    }
}

extension HistoryRecord {
    /// How this link stands after refunds; `.none` for a link that was not paid.
    public var refundStanding: RefundStanding {
        guard status == .completed else { return .none }
        return RefundStanding(refunded: refunded, paid: amount)
    }

    /// What is left to give back of a paid link, in minor units.
    public var refundable: Int { status == .completed ? max(0, (amount ?? 0) - refunded) : 0 }
}

extension HistoryStore {
    // MARK: Write-ahead refund

    /// Stores a refund attempt (state `sending`) before its request leaves; returns it with its id.
    public func beginRefund(_ draft: RefundRecord) throws(StoreError) -> RefundRecord {
        var record = draft
        record.state = .sending
        record.createdAt = HistoryRecord.seconds(now())
        return try writeToDisk { db in
            if record.project.isEmpty {
                record.project = try projectKey(db) ?? HistoryProject.key(profile: record.profile)
            }
            try record.insert(db)
            return record
        }
    }

    /// The API answered: the attempt is made, with the refund's id and status.
    @discardableResult
    public func settleRefund(_ attempt: AttemptID, answer: Refund) throws(StoreError) -> RefundRecord {
        try write { db in
            guard var record = try RefundRecord.fetchOne(db, key: attempt.rawValue) else {
                throw StoreError.noSuchAttempt(attempt.rawValue)
            }
            // The same refund may already be here (a callback or a sync saw it first): the attempt row is kept.
            try db.execute(
                sql: "DELETE FROM refund WHERE refund_id = ? AND id != ?", arguments: [answer.refundID, attempt.rawValue])
            record.refundID = answer.refundID
            record.status = answer.status
            record.state = .created
            record.amount = answer.amount
            record.errorMessage = nil
            record.updatedAt = HistoryRecord.seconds(now())
            try record.update(db)
            return record
        }
    }

    /// Settles a refund attempt that is not made (refused, not created) or whose outcome is unknown.
    /// Only an unsettled attempt changes, so a late answer wins; returns whether it changed.
    @discardableResult
    public func markRefund(_ attempt: AttemptID, _ state: AttemptState, message: String? = nil) throws(StoreError) -> Bool {
        try write { db in
            try db.execute(
                sql: """
                    UPDATE refund SET state = ?, error = COALESCE(?, error), updated_at = ?
                    WHERE id = ? AND state IN ('sending', 'unknown')
                    """,
                arguments: [state.rawValue, message, HistoryRecord.seconds(now()), attempt.rawValue])
            return db.changesCount > 0
        }
    }

    // MARK: Reading refunds

    /// One refund row.
    public func refund(_ attempt: AttemptID) throws(StoreError) -> RefundRecord? {
        try read { db in try RefundRecord.fetchOne(db, key: attempt.rawValue) }
    }

    /// The first paid link of an order, if the history has one (a refund by order id goes to it).
    public func paidLink(orderID: String) throws(StoreError) -> HistoryRecord? {
        try read { db in
            let key = try projectKey(db)
            return try HistoryRecord.fetchOne(
                db,
                sql: "SELECT * FROM link WHERE order_id = ? AND status = 'completed' AND (? IS NULL OR project = ?) ORDER BY id",
                arguments: [orderID, key, key])
        }
    }

    /// One paid link per order, paid since `since` (all when nil), newest first: whose orders may have refunds.
    public func paidLinks(since: Date?) throws(StoreError) -> [HistoryRecord] {
        try read { db in
            let key = try projectKey(db)
            return try HistoryRecord.fetchAll(
                db,
                sql: """
                    SELECT * FROM link WHERE id IN (
                        SELECT MIN(id) FROM link WHERE status = 'completed' AND order_id IS NOT NULL
                        AND updated_at >= ? AND (? IS NULL OR project = ?) GROUP BY order_id)
                    ORDER BY id DESC
                    """,
                arguments: [since.map(HistoryRecord.seconds) ?? Int.min, key, key])
        }
    }

    /// The refund attempt named by `key`, if any.
    public func refund(requestKey key: String) throws(StoreError) -> RefundRecord? {
        try read { db in try RefundRecord.filter(RefundRecord.CodingKeys.requestKey == key).fetchOne(db) }
    }

    /// An attempt that made nothing gives its key up, so a new attempt can carry it.
    public func releaseRequestKey(_ key: String) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "UPDATE refund SET request_key = NULL WHERE request_key = ? AND state IN ('refused', 'not_created')",
                arguments: [key])
        }
    }

    /// The refunds of an order, oldest first.
    public func refunds(orderID: String) throws(StoreError) -> [RefundRecord] {
        try read { db in
            try RefundRecord.filter(RefundRecord.CodingKeys.orderID == orderID).order(RefundRecord.CodingKeys.id).fetchAll(db)
        }
    }

    /// Refund attempts of this profile that are still unsettled (sending or outcome unknown), oldest first.
    public func unresolvedRefunds(profile: String, orderID: String? = nil) throws(StoreError) -> [RefundRecord] {
        try read { db in
            var query = RefundRecord
                .filter(RefundRecord.CodingKeys.profile == profile)
                .filter([AttemptState.sending.rawValue, AttemptState.unknown.rawValue].contains(RefundRecord.CodingKeys.state))
            if let orderID { query = query.filter(RefundRecord.CodingKeys.orderID == orderID) }
            return try query.order(RefundRecord.CodingKeys.id).fetchAll(db)
        }
    }

    // MARK: Refunds seen on the API

    /// What taking an order's refunds did.
    public struct RefundMerge: Sendable, Hashable {
        /// Refunds the history did not know (made elsewhere).
        public var added = 0
        /// Known refunds whose status changed, and attempts recognised by their tag.
        public var changed = 0
        /// Links whose refunded amount is now different.
        public var links: [String] = []
        public init() {}
    }

    /// Takes the refunds an order lists (its snapshot, a callback): known ones take their status, an attempt is
    /// recognised by its tag, and the rest are added as made elsewhere, filed under `linkID` (the order's paid link).
    @discardableResult
    public func mergeRefunds(
        orderID: String, listed: [Refund], linkID: String?, reference: String?, profile: String
    ) throws(StoreError) -> RefundMerge {
        let stamp = HistoryRecord.seconds(now())
        return try write { db in
            var merge = RefundMerge()
            let before = try Self.refundedByLink(db, orderID: orderID)
            for refund in listed {
                if var known = try RefundRecord.filter(RefundRecord.CodingKeys.refundID == refund.refundID).fetchOne(db) {
                    guard known.status != refund.status || known.state != .created else { continue }
                    known.status = refund.status
                    known.state = .created
                    known.updatedAt = stamp
                    try known.update(db)
                    merge.changed += 1
                    continue
                }
                if let key = refund.metadata?[Refund.requestKeyName],
                    var attempt = try RefundRecord.filter(RefundRecord.CodingKeys.requestKey == key).fetchOne(db)
                {
                    attempt.refundID = refund.refundID
                    attempt.status = refund.status
                    attempt.state = .created
                    attempt.amount = refund.amount
                    attempt.errorMessage = nil
                    attempt.updatedAt = stamp
                    try attempt.update(db)
                    merge.changed += 1
                    continue
                }
                var found = RefundRecord(
                    profile: profile, project: try projectKey(db) ?? HistoryProject.key(profile: profile), linkID: linkID,
                    orderID: orderID, reference: refund.reference ?? reference, amount: refund.amount,
                    currency: refund.currency, reason: refund.reason, state: .created,
                    createdAt: refund.createdDate.map(HistoryRecord.seconds) ?? stamp, source: .synced)
                found.refundID = refund.refundID
                found.status = refund.status
                found.updatedAt = stamp
                try found.insert(db)
                merge.added += 1
            }
            let after = try Self.refundedByLink(db, orderID: orderID)
            merge.links = after.filter { before[$0.key] != $0.value }.map(\.key).sorted()
            return merge
        }
    }

    private static func refundedByLink(_ db: Database, orderID: String) throws -> [String: Int] {
        let rows = try Row.fetchAll(
            db, sql: "SELECT link_id, refunded FROM link WHERE order_id = ? AND link_id IS NOT NULL", arguments: [orderID])
        return Dictionary(rows.map { ($0["link_id"] as String, $0["refunded"] as Int) }, uniquingKeysWith: { a, _ in a })
    }
}

extension RefundStatus: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { rawValue.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> RefundStatus? {
        String.fromDatabaseValue(dbValue).map(RefundStatus.init(rawValue:))
    }
}

extension LinkSource: DatabaseValueConvertible {}
