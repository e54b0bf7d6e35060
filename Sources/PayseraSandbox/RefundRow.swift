import Foundation
import GRDB
import PayseraCheckout

/// A refund as the sandbox keeps it: what went back, from which order, and how far it got.
struct RefundRow: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "sandbox_refund"

    /// Insertion order, so refunds made in the same second still list oldest first.
    var sequence: Int64?
    var refundID: String
    var orderID: String
    /// The order's reference, as the request named it.
    var reference: String
    var amount: Int
    var currency: String
    var status: String
    var payerName: String?
    var payerEmail: String?
    var methodKey: String?
    var reason: String?
    var metadata: [String: String]?
    var successURL: String?
    var failureURL: String?
    var callbackURL: String?
    var createdAt: Int
    var updatedAt: Int

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case sequence
        case refundID = "refund_id"
        case orderID = "order_id"
        case reference, amount, currency, status, reason, metadata
        case payerName = "payer_name"
        case payerEmail = "payer_email"
        case methodKey = "method_key"
        case successURL = "success_url"
        case failureURL = "failure_url"
        case callbackURL = "callback_url"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { sequence = inserted.rowID }

    /// Whether its amount counts as given back (a failed refund gives nothing back).
    var takesMoney: Bool { RefundStatus(rawValue: status).takesMoney }

    /// The refund as the API answers it and the order lists it; `created_at` in PHP's ATOM form.
    var wire: Refund {
        Refund(
            refundID: refundID, status: RefundStatus(rawValue: status), amount: amount, currency: currency,
            createdAt: Self.atom(createdAt), reference: reference, metadata: metadata, reason: reason)
    }

    /// The refund as JSON: the SDK's `RefundOrderResponse` fields and `reason`, plus its order and metadata where
    /// the reader wants them (an event names its order; the order's snapshot lists the metadata).
    func json(orderID withOrder: Bool, metadata withMetadata: Bool) -> JSONValue {
        var fields: [String: JSONValue] = [
            "refund_id": .string(refundID),
            "status": .string(status),
            "amount": .number(String(amount)),
            "currency": .string(currency),
            "created_at": .string(Self.atom(createdAt)),
            "reference": .string(reference),
            "reason": reason.map(JSONValue.string) ?? .null,
        ]
        if withOrder { fields["order_id"] = .string(orderID) }
        if withMetadata { fields["metadata"] = metadata.map { .object($0.mapValues(JSONValue.string)) } ?? .null }
        return .object(fields)
    }

    /// Unix seconds as `2026-12-04T10:15:00+00:00`, the form PHP's `DateTimeInterface::ATOM` reads.
    static func atom(_ seconds: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = TimeZone(identifier: "UTC")
        // `xxx` writes +00:00 where `XXX` would write Z, which ATOM does not read.
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ssxxx"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// Stored statuses, as Paysera's `RefundStatus` names them.
    static let processing = "processing", completed = "completed", failed = "failed"
}

/// The refunds table.
enum SandboxRefundTable {
    static func create(_ db: Database) throws {
        try db.create(table: RefundRow.databaseTableName) { t in
            t.autoIncrementedPrimaryKey("sequence")
            t.column("refund_id", .text).notNull().unique()
            t.column("order_id", .text).notNull().indexed().references(OrderRow.databaseTableName)
            t.column("reference", .text).notNull()
            t.column("amount", .integer).notNull()
            t.column("currency", .text).notNull()
            t.column("status", .text).notNull()
            t.column("payer_name", .text)
            t.column("payer_email", .text)
            t.column("method_key", .text)
            t.column("reason", .text)
            t.column("metadata", .text)
            t.column("success_url", .text)
            t.column("failure_url", .text)
            t.column("callback_url", .text)
            t.column("created_at", .integer).notNull()
            t.column("updated_at", .integer).notNull()
        }
    }
}

extension SandboxStore {
    /// Stores a refund once its order is known, matches it and has that much left to give back, all in one write
    /// transaction, so concurrent refunds can never add up to more than was paid.
    func insert(_ refund: RefundRow) throws -> (refund: RefundRow, order: OrderRow) {
        try writer.write { db in
            guard let order = try OrderRow.fetchOne(db, key: refund.orderID) else {
                throw APIError.notFound("Order \(refund.orderID) was not found.")
            }
            var problems: [String: [String]] = [:]
            if refund.reference != order.reference {
                problems["refund_details.reference"] = ["The reference must be the order's reference."]
            }
            if refund.currency != order.currency {
                problems["refund_details.currency"] = ["The currency must be the order's currency, \(order.currency)."]
            }
            guard problems.isEmpty else { throw APIError.invalid(problems) }
            let paid = try Self.amountPaid(db, orderID: order.orderID)
            guard paid > 0 else {
                let message = "There is nothing to refund: nothing was paid on this order."
                throw APIError.invalid(["refund_details.order_id": [message]], message)
            }
            let remaining = paid - (try Self.amountRefunded(db, orderID: order.orderID))
            guard refund.amount <= remaining else {
                let message = "The refund amount \(refund.amount) is more than the \(remaining) that remains refundable."
                throw APIError.invalid(["refund_details.refund_amount": [message]], message)
            }
            var refund = refund
            try refund.insert(db)
            return (refund, order)
        }
    }

    /// Moves a refund to `status`; the refund and its order as they are afterwards.
    func settle(refundID: String, status: String, now: Int) throws -> (refund: RefundRow, order: OrderRow) {
        try writer.write { db in
            guard var refund = try RefundRow.filter(RefundRow.CodingKeys.refundID == refundID).fetchOne(db),
                let order = try OrderRow.fetchOne(db, key: refund.orderID)
            else { throw APIError.notFound("Refund \(refundID) was not found.") }
            refund.status = status
            refund.updatedAt = now
            try refund.update(db)
            return (refund, order)
        }
    }

    /// Refunds still `processing`, oldest first (left so by a stop before they settled).
    func unsettledRefunds() throws -> [RefundRow] {
        try writer.read { db in
            try RefundRow.filter(RefundRow.CodingKeys.status == RefundRow.processing).order(RefundRow.CodingKeys.sequence).fetchAll(db)
        }
    }

    /// An order's refunds, oldest first.
    func refunds(ofOrder orderID: String) throws -> [RefundRow] {
        try writer.read { db in
            try RefundRow.filter(RefundRow.CodingKeys.orderID == orderID).order(RefundRow.CodingKeys.sequence).fetchAll(db)
        }
    }

    /// Refunds oldest first; `orderID` narrows to one order.
    func refunds(orderID: String?, limit: Int = 500) throws -> [RefundRow] {
        try writer.read { db in
            var query = RefundRow.all()
            if let orderID { query = query.filter(RefundRow.CodingKeys.orderID == orderID) }
            return try query.order(RefundRow.CodingKeys.sequence).limit(limit).fetchAll(db)
        }
    }

    /// The order as the API answers it: what was paid, what went back, and its refunds.
    func orderWire(_ order: OrderRow) throws -> Order {
        let (paid, refunds) = try writer.read { db in
            (try Self.amountPaid(db, orderID: order.orderID),
             try RefundRow.filter(RefundRow.CodingKeys.orderID == order.orderID).order(RefundRow.CodingKeys.sequence).fetchAll(db))
        }
        return order.wire(amountPaid: paid, refunds: refunds)
    }

    /// What the paid links of an order add up to, inside a transaction.
    static func amountPaid(_ db: Database, orderID: String) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT COALESCE(SUM(amount), 0) FROM sandbox_link WHERE order_id = ? AND state = ?",
            arguments: [orderID, LinkRow.completed]) ?? 0
    }

    /// What the refunds of an order that did not fail add up to, inside a transaction.
    static func amountRefunded(_ db: Database, orderID: String) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT COALESCE(SUM(amount), 0) FROM sandbox_refund WHERE order_id = ? AND status != ?",
            arguments: [orderID, RefundRow.failed]) ?? 0
    }
}

extension OrderRow {
    /// Sandbox convention: an order whose paid amount all went back reads `refunded`; partly refunded stays `paid`.
    func statusShown(amountPaid: Int, amountRefunded: Int) -> String {
        status == "paid" && amountPaid > 0 && amountRefunded >= amountPaid ? "refunded" : status
    }

    /// The order as the API answers it, with what was paid, what went back and its refunds oldest first.
    func wire(amountPaid: Int, refunds: [RefundRow]) -> Order {
        var order = wire(amountPaid: amountPaid)
        let refunded = refunds.filter(\.takesMoney).map(\.amount).reduce(0, +)
        order.amountRefunded = MinorAmount(refunded)
        order.refunds = refunds.map(\.wire)
        order.status = statusShown(amountPaid: amountPaid, amountRefunded: refunded)
        return order
    }
}
